#include "core/refi/merge_coding.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_index.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/text_alignment.hpp"
#include "core/refi/text_positions.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_set>
#include <map>
#include <optional>
#include <set>

namespace ets {

namespace {

// Code points of a UTF-16 span of `positions`' text; nothing for a span inside a surrogate pair or reversed.
std::optional<std::pair<std::size_t, std::size_t>> codePointSpan(const refi::TextPositions& positions,
                                                                 const AnchorSpan& span) {
    std::size_t start = 0, end = 0;
    if (!positions.codePointOfUtf16(span.start, start) || !positions.codePointOfUtf16(span.end, end) || end < start)
        return std::nullopt;
    return std::make_pair(start, end);
}

// The span of each anchor, by its exact name, then by its base name for a record whose anchor Writer renamed.
std::map<std::string, std::pair<std::size_t, std::size_t>> spansOfRecords(const PlainText& plain,
                                                                          const std::vector<TagRecord>& records) {
    const refi::TextPositions positions(plain.text);
    std::map<std::string, std::pair<std::size_t, std::size_t>> byAnchor;
    for (const AnchorSpan& span : plain.spans)
        if (const auto points = codePointSpan(positions, span))
            byAnchor.emplace(span.anchor, *points);
    std::map<std::string, std::pair<std::size_t, std::size_t>> found;
    std::set<std::string> claimed;
    for (const TagRecord& record : records)
        if (const auto exact = byAnchor.find(record.anchor); exact != byAnchor.end()) {
            found.emplace(record.anchor, exact->second);
            claimed.insert(record.anchor);
        }
    for (const TagRecord& record : records) {
        if (found.count(record.anchor))
            continue;
        for (const auto& [anchor, points] : byAnchor)
            if (!claimed.count(anchor) && anchorBase(anchor) == anchorBase(record.anchor)) {
                found.emplace(record.anchor, points);
                claimed.insert(anchor);
                break;
            }
    }
    return found;
}

std::string themeKey(const Project& project, const ThemeRef& ref) {
    if (const Theme* theme = project.findTheme(ref.id))
        return "id:" + theme->id;
    if (const Theme* theme = findThemeNamed(project, ref.name))
        return "id:" + theme->id;
    return "name:" + nameKey(ref.name);
}

std::string themeName(const Project& project, const ThemeRef& ref) {
    if (const Theme* theme = project.findTheme(ref.id))
        return theme->name;
    if (const Theme* theme = findThemeNamed(project, ref.name))
        return theme->name;
    return trimmedName(ref.name);
}

// A passage of one coder on one span of our text, with the themes it has (keys, see themeKey).
struct Target {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string coder;
    std::set<std::string> themes;
    std::optional<std::size_t> step;  // its step in the plan, once it has one
    std::string anchor;               // empty: a passage the merge adds
};

}  // namespace

IncomingTranscript incomingTranscript(const std::string& name, const std::string& interviewId, const PlainText& plain,
                                      const std::vector<TagRecord>& records) {
    IncomingTranscript incoming{name, interviewId, plain.text, {}};
    const auto spans = spansOfRecords(plain, records);
    for (const TagRecord& record : records) {
        const auto span = spans.find(record.anchor);
        if (span == spans.end() || span->second.first == span->second.second)
            continue;
        incoming.passages.push_back(IncomingPassage{span->second.first, span->second.second, record.themes,
                                                    record.memo, record.coder, record.created});
    }
    return incoming;
}

MergePlan planMerge(const Project& project, const PlainText& ours, const std::vector<TagRecord>& ourRecords,
                    const std::string& ourInterviewId, const std::string& ourName, const IncomingTranscript& theirs,
                    const std::string& fallbackCoder) {
    if (!theirs.interviewId.empty() && !ourInterviewId.empty() && theirs.interviewId != ourInterviewId)
        throw Error("merge.other_interview", {theirs.name, ourName});
    MergePlan plan;
    plan.from = theirs.name;

    // Our passages: each coder's, by span.
    std::vector<Target> targets;
    const auto ourSpans = spansOfRecords(ours, ourRecords);
    for (const TagRecord& record : ourRecords) {
        const auto span = ourSpans.find(record.anchor);
        if (span == ourSpans.end())
            continue;
        Target target{span->second.first, span->second.second, record.coder, {}, std::nullopt, record.anchor};
        for (const ThemeRef& theme : record.themes)
            target.themes.insert(themeKey(project, theme));
        targets.push_back(std::move(target));
    }

    const TextAlignment alignment(theirs.text, ours.text);
    const refi::TextPositions theirPositions(theirs.text);
    const refi::TextPositions ourPositions(ours.text);
    const auto coderMerge = [&](const std::string& coder) -> CoderMerge& {
        const auto found = std::find_if(plan.coders.begin(), plan.coders.end(),
                                        [&](const CoderMerge& merge) { return merge.coder == coder; });
        if (found != plan.coders.end())
            return *found;
        plan.coders.push_back(CoderMerge{coder, 0, 0, 0, {}});
        return plan.coders.back();
    };

    for (const IncomingPassage& passage : theirs.passages) {
        const std::string coder = trimmedName(passage.coder).empty() ? fallbackCoder : passage.coder;
        CoderMerge& merge = coderMerge(coder);
        const std::size_t end = std::min(passage.end, theirPositions.codePoints());
        const std::size_t start = std::min(passage.start, end);
        const std::string text = theirPositions.slice(start, end);
        if (trimmedName(text).empty())
            continue;  // no text: nothing a person could find again

        // Found again through the alignment, else as the same text found once in ours.
        std::optional<std::pair<std::size_t, std::size_t>> span;
        if (const auto found = alignment.find(start, end); found && 2 * found->matched >= end - start)
            span = std::make_pair(found->start, found->end);
        else if (const std::size_t at = ours.text.find(text);
                 at != std::string::npos && ours.text.find(text, at + 1) == std::string::npos) {
            const std::size_t first = codePointsOf(std::string_view(ours.text).substr(0, at)).size();
            span = std::make_pair(first, first + (end - start));
        }
        if (!span || trimmedName(ourPositions.slice(span->first, span->second)).empty()) {
            merge.notFound.push_back(text);
            continue;
        }

        std::vector<std::string> names;
        std::set<std::string> keys;
        for (const ThemeRef& theme : passage.themes) {
            const std::string key = themeKey(project, theme);
            if (!trimmedName(theme.name).empty() || project.findTheme(theme.id))
                if (keys.insert(key).second)
                    names.push_back(themeName(project, theme));
        }
        if (names.empty())
            continue;  // a record without a theme is no passage

        auto target = std::find_if(targets.begin(), targets.end(), [&](const Target& t) {
            return t.coder == coder && t.start == span->first && t.end == span->second;
        });
        std::vector<std::string> missing;
        // The themes this passage brings that the coder's passage on this text lacks.
        for (const ThemeRef& theme : passage.themes) {
            const std::string key = themeKey(project, theme);
            const std::string name = themeName(project, theme);
            if (name.empty() || (target != targets.end() && target->themes.count(key)) ||
                std::find(missing.begin(), missing.end(), name) != missing.end())
                continue;
            missing.push_back(name);
            if (target != targets.end())
                target->themes.insert(key);
        }
        if (target == targets.end()) {
            MergeStep step;
            step.start = span->first;
            step.end = span->second;
            step.coder = coder;
            step.themes = missing;
            step.memo = passage.memo;
            step.created = passage.created;
            step.text = ourPositions.slice(span->first, span->second);
            plan.steps.push_back(std::move(step));
            targets.push_back(Target{span->first, span->second, coder, keys, plan.steps.size() - 1, ""});
            ++merge.added;
            continue;
        }
        if (missing.empty()) {
            ++merge.present;
            continue;
        }
        if (!target->step) {
            MergeStep step;
            step.start = target->start;
            step.end = target->end;
            step.anchor = target->anchor;
            step.coder = coder;
            step.text = ourPositions.slice(target->start, target->end);
            plan.steps.push_back(std::move(step));
            target->step = plan.steps.size() - 1;
        }
        MergeStep& step = plan.steps[*target->step];
        step.themes.insert(step.themes.end(), missing.begin(), missing.end());
        if (step.anchor.empty())
            ++merge.added;  // more themes for a passage this merge adds
        else
            ++merge.completed;
    }
    return plan;
}

std::vector<std::string> carryOutMerge(Project& project, const std::string& key, TranscriptDocument& transcript,
                                       const MergePlan& plan, std::string_view themesLabel,
                                       const std::vector<refi::PlannedTheme>& newThemes) {
    if (!plan.changes())
        return {};
    Project draft = project;
    // The themes to create that the file's codebook describes, with the parents they need, parents first.
    std::set<std::string> needed;
    for (const MergeStep& step : plan.steps)
        for (const std::string& name : step.themes)
            if (!findThemeNamed(draft, name))
                needed.insert(nameKey(name));
    for (auto theme = newThemes.rbegin(); theme != newThemes.rend(); ++theme)
        if (needed.count(nameKey(theme->name)) && !theme->parent.empty())
            needed.insert(nameKey(theme->parent));
    for (const refi::PlannedTheme& theme : newThemes)
        if (needed.count(nameKey(theme.name)) && !findThemeNamed(draft, theme.name))
            addTheme(draft, theme.name, findThemeNamed(draft, theme.parent) ? theme.parent : std::string(),
                     theme.description, theme.colour);
    std::vector<std::pair<std::size_t, std::size_t>> positions;
    std::vector<std::vector<std::string>> themeIds;
    for (const MergeStep& step : plan.steps) {
        positions.emplace_back(step.start, step.end);
        themeIds.push_back(resolveThemes(draft, step.themes, true));
    }
    // Every span is taken before any is tagged: a comment adds a mark to the text that would shift positions.
    const std::vector<std::unique_ptr<TextSpan>> spans = transcript.spansInText(positions);

    std::vector<TagRecord> records = transcript.records();
    std::map<std::string, const MergeStep*> added;
    for (std::size_t k = 0; k < plan.steps.size(); ++k) {
        const MergeStep& step = plan.steps[k];
        const auto addThemes = [&](TagRecord& record) {
            for (const std::string& id : themeIds[k])
                if (std::none_of(record.themes.begin(), record.themes.end(),
                                 [&](const ThemeRef& theme) { return theme.id == id; }))
                    record.themes.push_back(ThemeRef{id, draft.findTheme(id)->name});
        };
        if (step.anchor.empty()) {
            TagRecord record;
            record.anchor = newAnchorName();
            record.coder = step.coder;
            record.created = step.created;
            record.memo = step.memo;
            addThemes(record);
            transcript.addAnchor(*spans[k], record.anchor, record.coder, annotationText(record, themesLabel));
            records.push_back(record);
            added[record.anchor] = &step;
            continue;
        }
        const auto record = std::find_if(records.begin(), records.end(),
                                         [&](const TagRecord& r) { return r.anchor == step.anchor; });
        if (record == records.end())
            continue;
        addThemes(*record);
        transcript.setComment(record->anchor, annotationText(*record, themesLabel));
    }
    transcript.setRecords(records);

    // Each new tag must hold exactly the text planned.
    int moved = static_cast<int>(added.size());
    for (const AnchoredText& anchor : transcript.anchors())
        if (const auto step = added.find(anchor.anchor); step != added.end() && step->second->text == anchor.text)
            --moved;
    if (moved != 0)
        throw Error("merge.passages_moved", {transcript.file().filename().u8string(), std::to_string(moved)});

    std::vector<std::string> created;
    for (std::size_t i = project.themes.size(); i < draft.themes.size(); ++i)
        created.push_back(draft.themes[i].name);
    project = std::move(draft);
    indexDocument(project, key, transcript);
    return created;
}

namespace {

// The hashes of the text's runs of five words (letters and digits; what lies between them counts too).
std::unordered_set<std::size_t> shinglesOf(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> words;  // byte ranges
    const auto inWord = [&](std::size_t i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        return c >= 0x80 || std::isalnum(c) != 0;
    };
    for (std::size_t i = 0; i < text.size();) {
        if (!inWord(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && inWord(j))
            ++j;
        words.emplace_back(i, j);
        i = j;
    }
    std::unordered_set<std::size_t> shingles;
    constexpr std::size_t kRun = 5;
    const std::hash<std::string_view> hash;
    if (words.size() < kRun) {
        shingles.insert(hash(text));
        return shingles;
    }
    for (std::size_t k = 0; k + kRun <= words.size(); ++k)
        shingles.insert(hash(std::string_view(text).substr(words[k].first, words[k + kRun - 1].second - words[k].first)));
    return shingles;
}

}  // namespace

std::vector<std::optional<std::size_t>> sameTranscripts(const std::vector<std::string>& texts,
                                                        const std::vector<std::string>& candidates) {
    std::vector<std::unordered_set<std::size_t>> theirs;
    for (const std::string& candidate : candidates)
        theirs.push_back(shinglesOf(candidate));
    std::vector<std::optional<std::size_t>> found;
    for (const std::string& text : texts) {
        const std::unordered_set<std::size_t> wanted = shinglesOf(text);
        std::optional<std::size_t> best;
        std::size_t bestCommon = 0;
        for (std::size_t i = 0; i < theirs.size(); ++i) {
            std::size_t common = 0;
            for (const std::size_t shingle : wanted)
                common += theirs[i].count(shingle);
            if (2 * common >= wanted.size() && common > bestCommon) {
                best = i;
                bestCommon = common;
            }
        }
        found.push_back(best);
    }
    return found;
}

void addUp(std::vector<CoderMerge>& a, const std::vector<CoderMerge>& b) {
    for (const CoderMerge& merge : b) {
        auto found =
            std::find_if(a.begin(), a.end(), [&](const CoderMerge& other) { return other.coder == merge.coder; });
        if (found == a.end()) {
            a.push_back(merge);
            continue;
        }
        found->added += merge.added;
        found->completed += merge.completed;
        found->present += merge.present;
        found->notFound.insert(found->notFound.end(), merge.notFound.begin(), merge.notFound.end());
    }
}

std::string mergeMessage(const std::string& from, const std::vector<std::string>& transcripts,
                         const std::vector<CoderMerge>& coders, const std::vector<std::string>& themesCreated,
                         const std::vector<std::string>& extra, const Catalogue& texts) {
    const auto joined = [](const std::vector<std::string>& items) {
        std::string text;
        for (const std::string& item : items)
            text += (text.empty() ? "" : ", ") + item;
        return text;
    };
    const std::string bullet = "\n\xE2\x80\xA2 ";
    std::string text = texts.text("merge.done", {from, joined(transcripts)});
    bool changed = false;
    for (const CoderMerge& merge : coders) {
        text += bullet + texts.text("merge.coder_line", {merge.coder, std::to_string(merge.added),
                                                          std::to_string(merge.completed), std::to_string(merge.present),
                                                          std::to_string(merge.notFound.size())});
        changed = changed || merge.added > 0 || merge.completed > 0;
    }
    if (!changed)
        text += "\n" + texts.text("merge.nothing_new");
    if (!themesCreated.empty())
        text += "\n" + texts.text("merge.themes_created", {std::to_string(themesCreated.size()), joined(themesCreated)});
    for (const std::string& line : extra)
        text += "\n" + line;
    bool heading = false;
    for (const CoderMerge& merge : coders)
        for (const std::string& passage : merge.notFound) {
            if (!heading)
                text += "\n" + texts.text("merge.not_found_heading");
            heading = true;
            text += bullet + merge.coder + " \xE2\x80\x93 " + texts.text("merge.quoted", {passage});
        }
    return text;
}

std::string mergeJson(const std::string& from, const std::vector<std::string>& transcripts,
                      const std::vector<CoderMerge>& coders, const std::vector<std::string>& themesCreated) {
    nlohmann::ordered_json coderList = nlohmann::ordered_json::array();
    for (const CoderMerge& merge : coders)
        coderList.push_back({{"coder", merge.coder},
                             {"added", merge.added},
                             {"completed", merge.completed},
                             {"present", merge.present},
                             {"notFound", merge.notFound}});
    nlohmann::ordered_json result{{"from", from},
                                  {"transcripts", transcripts},
                                  {"coders", coderList},
                                  {"themesCreated", themesCreated}};
    return result.dump();
}

}  // namespace ets
