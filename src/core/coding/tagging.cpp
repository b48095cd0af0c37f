#include "core/coding/tagging.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ets {
namespace {

bool hasTheme(const TagRecord& record, const std::string& id) {
    return std::any_of(record.themes.begin(), record.themes.end(),
                       [&](const ThemeRef& theme) { return theme.id == id; });
}

// The coder's own passage over exactly the span's text: another coder's passage there is theirs (double coding keeps
// one passage per coder on the same text).
template <typename Records>
auto ownRecordOver(Records& records, const TranscriptDocument& transcript, const TextSpan& span,
                   const std::string& coder) {
    const std::vector<std::string> anchors = transcript.anchorsOver(span);
    return std::find_if(records.begin(), records.end(), [&](const TagRecord& record) {
        return record.coder == coder && std::find(anchors.begin(), anchors.end(), record.anchor) != anchors.end();
    });
}

// Refused before anything changes, whichever way the memo comes (TagSelection, the dialog, the sidebar).
void requireMemoSize(const std::string& memo) {
    const auto characters = std::count_if(memo.begin(), memo.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;  // every byte but UTF-8's continuation bytes
    });
    if (static_cast<std::size_t>(characters) > kMaxMemoCharacters)
        throw Error("memo.too_long");
}

}  // namespace

void requireTaggable(const TranscriptDocument& transcript) {
    if (transcript.interviewId().empty())
        throw Error("transcript.no_card");
    if (transcript.file().empty())
        throw Error("transcript.not_saved");
}

Tagged tagSpan(Project& project, const std::string& key, TranscriptDocument& transcript, const TextSpan& span,
               const TagRequest& request) {
    if (std::all_of(request.themes.begin(), request.themes.end(),
                    [](const std::string& name) { return trimmedName(name).empty(); }))
        throw Error("tag.no_theme");
    if (trimmedName(request.coder).empty())
        throw Error("coder.missing");
    requireMemoSize(request.memo);

    Project draft = project;
    const std::vector<std::string> themeIds = resolveThemes(draft, request.themes, true);
    std::vector<TagRecord> records = transcript.records();
    const auto same = ownRecordOver(records, transcript, span, request.coder);

    Tagged tagged;
    tagged.newPassage = same == records.end();
    TagRecord record;
    if (tagged.newPassage) {
        record.anchor = newAnchorName();
        record.coder = request.coder;
        record.created = request.date;
    } else {
        record = *same;
    }
    for (const std::string& id : themeIds)
        if (!hasTheme(record, id))
            record.themes.push_back(ThemeRef{id, draft.findTheme(id)->name});
    if (!request.memo.empty())
        record.memo = request.memo;
    const std::string comment = annotationText(record, request.themesLabel);

    if (tagged.newPassage) {
        transcript.addAnchor(span, record.anchor, record.coder, comment);
        records.push_back(record);
    } else {
        transcript.setComment(record.anchor, comment);
        *same = record;
    }
    transcript.setRecords(records);

    for (std::size_t i = project.themes.size(); i < draft.themes.size(); ++i)
        tagged.createdThemes.push_back(draft.themes[i].name);
    project = std::move(draft);
    Passage passage;
    passage.transcript = key;
    passage.anchor = record.anchor;
    passage.themeIds.reserve(record.themes.size());
    for (const ThemeRef& theme : record.themes)
        if (project.findTheme(theme.id))
            passage.themeIds.push_back(theme.id);
    passage.coder = record.coder;
    passage.memo = record.memo;
    const std::unique_ptr<TextSpan> taggedSpan = transcript.anchorSpan(record.anchor);
    passage.text = taggedSpan->text();
    setContext(passage, passageContext(taggedSpan->before(), passage.text));
    putPassage(project, std::move(passage));
    forgetStamp(project, key);
    tagged.anchor = record.anchor;
    return tagged;
}

SpanTags tagsOver(const Project& project, const TranscriptDocument& transcript, const TextSpan& span,
                  const std::string& coder) {
    SpanTags tags;
    const std::vector<TagRecord> records = transcript.records();
    const auto record = ownRecordOver(records, transcript, span, coder);
    if (record == records.end())
        return tags;
    for (const ThemeRef& theme : record->themes)
        if (const Theme* known = project.findTheme(theme.id))
            tags.themes.push_back(known->name);
    tags.memo = record->memo;
    return tags;
}

std::vector<std::string> themeChoices(const Project& project, const std::vector<std::string>& recent) {
    std::vector<std::string> names;
    for (const std::string& name : recent)
        if (const Theme* theme = findThemeNamed(project, name))
            if (std::find(names.begin(), names.end(), theme->name) == names.end())
                names.push_back(theme->name);
    for (const Theme& theme : project.themes)
        if (std::find(names.begin(), names.end(), theme.name) == names.end())
            names.push_back(theme.name);
    return names;
}

void rememberThemes(std::vector<std::string>& recent, const std::vector<std::string>& used) {
    for (auto it = used.rbegin(); it != used.rend(); ++it) {
        recent.erase(
            std::remove_if(recent.begin(), recent.end(), [&](const std::string& name) { return sameName(name, *it); }),
            recent.end());
        recent.insert(recent.begin(), *it);
    }
}

bool matchesFilter(std::string_view name, std::string_view filter) {
    const std::string wanted = nameKey(filter);
    return wanted.empty() || foldCase(name).find(wanted) != std::string::npos;
}

int untagAnchors(Project& project, const std::string& key, TranscriptDocument& transcript,
                 const std::vector<std::string>& anchors, const std::vector<std::string>& themes,
                 std::string_view themesLabel) {
    std::set<std::string> onlyThese;  // theme ids; empty = every theme
    for (const std::string& name : themes)
        onlyThese.insert(requireTheme(project, name).id);

    std::vector<TagRecord> records = transcript.records();
    std::vector<std::string> emptied;
    std::vector<const TagRecord*> renamed;
    int changed = 0;
    for (TagRecord& record : records) {
        if (std::find(anchors.begin(), anchors.end(), record.anchor) == anchors.end())
            continue;
        const std::size_t before = record.themes.size();
        record.themes.erase(
            std::remove_if(record.themes.begin(), record.themes.end(),
                           [&](const ThemeRef& theme) { return onlyThese.empty() || onlyThese.count(theme.id); }),
            record.themes.end());
        if (record.themes.size() == before)
            continue;
        ++changed;
        if (record.themes.empty())
            emptied.push_back(record.anchor);
        else
            renamed.push_back(&record);
    }
    if (changed == 0)
        throw Error("untag.nothing");
    for (const TagRecord* record : renamed)
        transcript.setComment(record->anchor, annotationText(*record, themesLabel));
    for (const std::string& anchor : emptied)
        transcript.removeAnchor(anchor);
    records.erase(
        std::remove_if(records.begin(), records.end(), [](const TagRecord& record) { return record.themes.empty(); }),
        records.end());
    transcript.setRecords(records);
    indexDocument(project, key, transcript);
    return changed;
}

void untagPassage(Project& project, const std::string& key, TranscriptDocument& transcript, const std::string& anchor) {
    std::vector<TagRecord> records = transcript.records();
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&](const TagRecord& record) { return record.anchor == anchor; }),
                  records.end());
    transcript.removeAnchor(anchor);
    transcript.setRecords(records);
    indexTranscript(project, key, records, transcript.anchors());
}

std::optional<TagRecord> ownPassageAt(const std::vector<TagRecord>& records, const std::vector<std::string>& anchors,
                                      const std::string& coder) {
    for (const std::string& anchor : anchors)
        for (const TagRecord& record : records)
            if (record.anchor == anchor && record.coder == coder)
                return record;
    return std::nullopt;
}

bool setPassageMemo(Project& project, const std::string& key, TranscriptDocument& transcript, const std::string& anchor,
                    const std::string& memo, const std::string& coder, std::string_view themesLabel) {
    requireMemoSize(memo);
    std::vector<TagRecord> records = transcript.records();
    const auto record = std::find_if(records.begin(), records.end(), [&](const TagRecord& candidate) {
        return candidate.anchor == anchor && candidate.coder == coder;
    });
    if (record == records.end())
        throw Error("memo.no_passage");
    if (record->memo == memo)
        return false;
    record->memo = memo;
    transcript.setComment(anchor, annotationText(*record, themesLabel));
    transcript.setRecords(records);
    for (Passage& passage : project.passages)
        if (passage.transcript == key && passage.anchor == anchor)
            passage.memo = memo;
    forgetStamp(project, key);
    return true;
}

void rewriteTags(TranscriptDocument& transcript, const std::function<void(std::vector<TagRecord>&)>& change,
                 std::string_view themesLabel) {
    std::vector<TagRecord> records = transcript.records();
    // Each passage's comment as it reads now: only those the change rewords are touched (finding a comment costs the
    // office a look through the document's, and a rename carried by one passage of a thousand must cost one).
    std::map<std::string, std::string> before;
    for (const TagRecord& record : records)
        before.emplace(record.anchor, annotationText(record, themesLabel));
    change(records);
    std::set<std::string> gone;
    for (const auto& [anchor, comment] : before)
        gone.insert(anchor);
    for (const TagRecord& record : records) {
        gone.erase(record.anchor);
        std::string comment = annotationText(record, themesLabel);
        const auto was = before.find(record.anchor);
        if (was == before.end() || was->second != comment)
            transcript.setComment(record.anchor, comment);
    }
    for (const std::string& anchor : gone)
        transcript.removeAnchor(anchor);
    transcript.setRecords(records);
}

void refreshTranscriptTags(const Project& project, const std::string& key, TranscriptDocument& transcript,
                           std::string_view themesLabel) {
    rewriteTags(
        transcript, [&](std::vector<TagRecord>& records) { refreshRecords(project, records, key); }, themesLabel);
}

IndexUpdate indexDocument(Project& project, const std::string& key, TranscriptDocument& transcript) {
    std::vector<TagRecord> records = transcript.records();
    std::vector<AnchoredText> anchors;
    bool cleaned = false;
    for (const AnchoredText& anchor : transcript.anchors()) {
        if (!anchor.text.empty()) {
            anchors.push_back(anchor);
            continue;
        }
        // The passage's whole text was deleted: its tag goes too, leaving nothing behind.
        transcript.removeAnchor(anchor.anchor);
        const std::size_t before = records.size();
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const TagRecord& record) { return record.anchor == anchor.anchor; }),
                      records.end());
        cleaned = cleaned || records.size() != before;
    }
    if (cleaned)
        transcript.setRecords(records);
    forgetStamp(project, key);
    return indexTranscript(project, key, records, anchors);
}

}  // namespace ets
