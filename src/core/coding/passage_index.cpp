#include "core/coding/passage_index.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace ets {
namespace {

// "pa-" and 48 bits of a hash of the transcript and the anchor: the same passage gets the same
// id however often (and on whichever machine) the index is rebuilt.
std::string derivedPassageId(const std::string& transcript, const std::string& anchor) {
    std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a, 64 bits
    auto mix = [&hash](const std::string& text) {
        for (unsigned char c : text) {
            hash ^= c;
            hash *= 0x100000001b3ull;
        }
    };
    mix(transcript);
    mix(std::string(1, '\0'));
    mix(anchor);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = "pa-";
    for (int shift = 44; shift >= 0; shift -= 4)
        id += kHex[(hash >> shift) & 0xF];
    return id;
}

// The theme a record's reference means in this project, created when the project has none.
std::string resolveRef(Project& project, const ThemeRef& ref, IndexUpdate& update) {
    if (!ref.id.empty())
        if (const Theme* theme = project.findTheme(ref.id))
            return theme->id;
    if (isBlank(ref.name))
        return {};
    if (const Theme* theme = findThemeNamed(project, ref.name))
        return theme->id;
    addTheme(project, ref.name);
    Theme& created = project.themes.back();
    // Keeping the document's id spares rewriting its records, and lets the other transcripts
    // copied from the same project find the theme by id too.
    if (!ref.id.empty())
        created.id = ref.id;
    update.createdThemes.push_back(created.name);
    return created.id;
}

// The passage a record describes, over the text its anchor spans; its themes resolved in the
// project (created when missing). The id is left to the caller.
Passage passageOf(Project& project, const std::string& transcript, const TagRecord& record, const AnchoredText& anchor,
                  IndexUpdate& update) {
    Passage passage;
    passage.transcript = transcript;
    passage.anchor = anchor.anchor;
    passage.text = anchor.text;
    setContext(passage, passageContext(anchor.before, anchor.text));
    passage.memo = record.memo;
    passage.coder = record.coder;
    for (const ThemeRef& ref : record.themes) {
        const std::string id = resolveRef(project, ref, update);
        if (!id.empty() && std::find(passage.themeIds.begin(), passage.themeIds.end(), id) == passage.themeIds.end())
            passage.themeIds.push_back(id);
    }
    return passage;
}

bool samePassage(const Passage& a, const Passage& b) {
    return a.anchor == b.anchor && a.themeIds == b.themeIds && a.text == b.text && a.memo == b.memo &&
           a.coder == b.coder && a.speaker == b.speaker && a.leadIn == b.leadIn && a.prompt == b.prompt;
}

// The file clock's epoch is a whole number of seconds from 1970 in every standard library (the
// same for libc++, 1601 for MSVC, 2174 for libstdc++). C++17 has no clock_cast, so the offset is
// measured once and rounded to the second, which absorbs the time between the two readings.
// Stamps then mean the same on Windows and Linux, for a project folder on a shared drive.
std::int64_t unixMicroseconds(fs::file_time_type time) {
    using namespace std::chrono;
    static const seconds offset = [] {
        const auto fileNow = duration_cast<microseconds>(fs::file_time_type::clock::now().time_since_epoch());
        const auto systemNow = duration_cast<microseconds>(system_clock::now().time_since_epoch());
        return round<seconds>(fileNow - systemNow);
    }();
    return duration_cast<microseconds>(time.time_since_epoch() - offset).count();
}

// The project's passage for a record: same anchor, or the renamed copy that took its place.
const Passage* passageFor(const Project& project, const std::string& anchor, const std::string& transcript) {
    if (anchor.empty())
        return nullptr;
    for (bool exact : {true, false}) {
        if (!exact && anchorBase(anchor) != anchor)
            break;  // only a record with a base name can have been renamed by Writer
        const Passage* found = nullptr;
        for (const Passage& passage : project.passages) {
            if (!transcript.empty() && passage.transcript != transcript)
                continue;
            if (exact ? passage.anchor != anchor : anchorBase(passage.anchor) != anchor)
                continue;
            if (found != nullptr && found->themeIds != passage.themeIds)
                return nullptr;  // copies of a transcript that disagree: none is the answer
            found = &passage;
        }
        if (found != nullptr)
            return found;
    }
    return nullptr;
}

bool sameRefs(const std::vector<ThemeRef>& a, const std::vector<ThemeRef>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const ThemeRef& x, const ThemeRef& y) { return x.id == y.id && x.name == y.name; });
}

void addRef(std::vector<ThemeRef>& refs, const Theme& theme) {
    if (std::none_of(refs.begin(), refs.end(), [&](const ThemeRef& ref) { return ref.id == theme.id; }))
        refs.push_back({theme.id, theme.name});
}

}  // namespace

IndexUpdate indexTranscript(Project& project, const std::string& transcript, const std::vector<TagRecord>& givenRecords,
                            const std::vector<AnchoredText>& anchors) {
    IndexUpdate update;
    // A transcript that waits for a codebook change is read as it will be once rewritten: a theme merged or deleted
    // meanwhile must not come back from its records.
    std::vector<TagRecord> records = givenRecords;
    if (const PendingRewrite* pending = pendingRewriteOf(project, transcript))
        applyReplacements(records, pending->replacedThemes, project);

    // Which anchor each record marks: its own first, then an unclaimed renamed copy.
    std::map<std::string, const AnchoredText*> spanning;
    for (const AnchoredText& anchor : anchors)
        if (!isBlank(anchor.text))
            spanning.emplace(anchor.anchor, &anchor);
    std::set<std::string> claimed;
    std::vector<const AnchoredText*> marks(records.size(), nullptr);
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto found = spanning.find(records[i].anchor);
        if (found != spanning.end() && claimed.insert(found->first).second)
            marks[i] = found->second;
    }
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (marks[i] != nullptr || !isAnchorName(records[i].anchor))
            continue;
        const std::string base = anchorBase(records[i].anchor);
        for (const AnchoredText& anchor : anchors) {
            if (!isBlank(anchor.text) && anchorBase(anchor.anchor) == base && claimed.count(anchor.anchor) == 0) {
                claimed.insert(anchor.anchor);
                marks[i] = &anchor;
                break;
            }
        }
    }

    // The index as it was, for ids to keep and for counting what changed.
    std::map<std::string, const Passage*> previousByAnchor;
    std::map<std::string, const Passage*> previousById;
    std::set<std::string> takenIds;
    for (const Passage& passage : project.passages) {
        if (passage.transcript == transcript) {
            previousByAnchor.emplace(passage.anchor, &passage);
            previousById.emplace(passage.id, &passage);
        } else {
            takenIds.insert(passage.id);
        }
    }

    std::vector<Passage> fresh;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (marks[i] == nullptr)
            continue;
        const TagRecord& record = records[i];
        Passage passage = passageOf(project, transcript, record, *marks[i], update);
        if (passage.themeIds.empty())
            continue;  // nothing left to say about it: not a tag

        auto previous = previousByAnchor.find(passage.anchor);
        if (previous == previousByAnchor.end())
            previous = previousByAnchor.find(record.anchor);
        if (previous != previousByAnchor.end() && takenIds.count(previous->second->id) == 0)
            passage.id = previous->second->id;
        else
            passage.id = derivedPassageId(transcript, record.anchor);
        while (takenIds.count(passage.id) != 0)
            passage.id = newId("pa-");
        takenIds.insert(passage.id);
        fresh.push_back(std::move(passage));
    }

    std::set<std::string> freshIds;
    for (const Passage& passage : fresh) {
        freshIds.insert(passage.id);
        auto previous = previousById.find(passage.id);
        if (previous == previousById.end())
            ++update.added;
        else if (!samePassage(*previous->second, passage))
            ++update.updated;
    }
    for (const auto& [id, passage] : previousById)
        if (freshIds.count(id) == 0)
            ++update.removed;

    std::vector<Passage> passages;
    passages.reserve(project.passages.size() + fresh.size());
    bool placed = false;
    for (Passage& passage : project.passages) {
        if (passage.transcript != transcript) {
            passages.push_back(std::move(passage));
        } else if (!placed) {
            std::move(fresh.begin(), fresh.end(), std::back_inserter(passages));
            placed = true;
        }
    }
    if (!placed)
        std::move(fresh.begin(), fresh.end(), std::back_inserter(passages));
    project.passages = std::move(passages);
    return update;
}

void setContext(Passage& passage, const PassageContext& context) {
    passage.speaker = context.speaker;
    passage.leadIn = context.leadIn;
    passage.prompt = context.prompt;
}

IndexUpdate indexPassage(Project& project, const std::string& transcript, const TagRecord& record,
                         const std::string& text, const TextBefore& before) {
    IndexUpdate update;
    Passage passage = passageOf(project, transcript, record, AnchoredText{record.anchor, text, before}, update);
    const IndexUpdate put = putPassage(project, std::move(passage));
    update.added = put.added;
    update.removed = put.removed;
    update.updated = put.updated;
    return update;
}

IndexUpdate putPassage(Project& project, Passage passage) {
    IndexUpdate update;
    auto previous = std::find_if(project.passages.begin(), project.passages.end(), [&](const Passage& known) {
        return known.transcript == passage.transcript && known.anchor == passage.anchor;
    });
    if (previous != project.passages.end()) {
        passage.id = previous->id;
        if (passage.themeIds.empty()) {
            project.passages.erase(previous);
            ++update.removed;
        } else if (!samePassage(*previous, passage)) {
            *previous = std::move(passage);
            ++update.updated;
        }
        return update;
    }
    if (passage.themeIds.empty() || isBlank(passage.text))
        return update;
    passage.id = derivedPassageId(passage.transcript, passage.anchor);
    while (project.findPassage(passage.id) != nullptr)
        passage.id = newId("pa-");
    project.passages.push_back(std::move(passage));
    ++update.added;
    return update;
}

bool needsIndexing(const Project& project, const TranscriptStamp& current) {
    auto found = std::find_if(project.transcripts.begin(), project.transcripts.end(),
                              [&](const TranscriptStamp& stamp) { return stamp.transcript == current.transcript; });
    return found == project.transcripts.end() || found->modified != current.modified || found->size != current.size;
}

void recordStamp(Project& project, const TranscriptStamp& stamp) {
    auto place = std::lower_bound(
        project.transcripts.begin(), project.transcripts.end(), stamp,
        [](const TranscriptStamp& a, const TranscriptStamp& b) { return a.transcript < b.transcript; });
    if (place != project.transcripts.end() && place->transcript == stamp.transcript)
        *place = stamp;
    else
        project.transcripts.insert(place, stamp);
}

void forgetStamp(Project& project, std::string_view transcript) {
    project.transcripts.erase(
        std::remove_if(project.transcripts.begin(), project.transcripts.end(),
                       [&](const TranscriptStamp& stamp) { return stamp.transcript == transcript; }),
        project.transcripts.end());
}

TranscriptStamp stampOf(const fs::path& projectFolder, const std::string& transcript) {
    const fs::path file = projectFolder / fs::u8path(transcript);
    std::error_code error;
    const bool regular = fs::is_regular_file(file, error);
    TranscriptStamp stamp;
    stamp.transcript = transcript;
    if (regular) {
        stamp.size = fs::file_size(file, error);
        if (!error) {
            const fs::file_time_type time = fs::last_write_time(file, error);
            if (!error) {
                stamp.modified = unixMicroseconds(time);
                return stamp;
            }
        }
    }
    throw Error("transcript.missing", {file.u8string()});
}

bool refreshRecords(const Project& project, std::vector<TagRecord>& records, const std::string& transcript) {
    bool changed = false;
    std::vector<TagRecord> kept;
    kept.reserve(records.size());
    for (TagRecord& record : records) {
        std::vector<ThemeRef> themes;
        bool lost = false;
        for (const ThemeRef& ref : record.themes) {
            if (const Theme* theme = ref.id.empty() ? nullptr : project.findTheme(ref.id))
                addRef(themes, *theme);
            else
                lost = true;
        }
        if (lost) {
            themes.clear();
            if (const Passage* passage = passageFor(project, record.anchor, transcript)) {
                for (const std::string& id : passage->themeIds)
                    if (const Theme* theme = project.findTheme(id))
                        addRef(themes, *theme);
            } else {
                for (const ThemeRef& ref : record.themes) {
                    const Theme* theme = ref.id.empty() ? nullptr : project.findTheme(ref.id);
                    if (theme == nullptr && !isBlank(ref.name))
                        theme = findThemeNamed(project, ref.name);
                    if (theme != nullptr)
                        addRef(themes, *theme);
                }
            }
        }
        if (!sameRefs(themes, record.themes))
            changed = true;
        if (themes.empty())
            continue;
        record.themes = std::move(themes);
        kept.push_back(std::move(record));
    }
    records = std::move(kept);
    return changed;
}

std::set<std::string> knownTranscripts(const Project& project) {
    std::set<std::string> keys;
    for (const Interview& interview : project.interviews)
        if (!interview.transcript.empty())
            keys.insert(interview.transcript);
    for (const Passage& passage : project.passages)
        keys.insert(passage.transcript);
    return keys;
}

Project withoutUnreadable(const Project& project, const std::vector<std::string>& unreadable) {
    Project counted = project;
    const std::set<std::string> skip(unreadable.begin(), unreadable.end());
    counted.passages.erase(std::remove_if(counted.passages.begin(), counted.passages.end(),
                                          [&](const Passage& passage) { return skip.count(passage.transcript) > 0; }),
                           counted.passages.end());
    for (Interview& interview : counted.interviews)
        if (skip.count(interview.transcript))
            interview.transcript.clear();
    return counted;
}

}  // namespace ets
