// vnd.ets:SearchAndTag — words or a regular expression searched in every transcript of the project (open ones as
// Writer shows them, closed .odt ones read from their file without LibreOffice), and, when themes are given, every hit
// tagged with them as the words found, their sentence or their paragraph (core coding/text_search).
// Arguments: Query, Regex, WholeWord, MatchCase, Unit (Match, Sentence, Paragraph), Transcripts (";"-separated project
// paths or file names; default all), Themes (";"-separated, as TagSelection; none: only search), Force (tag more than
// kMostHitsUnasked hits). Result: JSON of the hits, or of what was tagged per transcript.

#include "commands/search_and_tag.hpp"
#include "commands/commands.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/search_report.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/search_fold.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_undo_step.hpp"
#include "writer/project_transcripts.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include <algorithm>

namespace ets::uno::commands {

namespace {

// The hits of one transcript's text.
TranscriptHits hitsIn(const Project& project, const std::string& key, const TextSearch& search,
                      const std::string& plainText) {
    return {key, organisationOfTranscript(project, key), codePoints(plainText), search.find(plainText)};
}

// Tags the hits of one transcript (searched again on the document as it is now) in one undo step; a closed transcript
// is opened hidden, tagged and saved. A failure takes the document back to what it was.
TaggedHits tagTranscript(CommandCall& call, const std::string& key, const TextSearch& search,
                         const std::vector<std::string>& themes, const TickedHits* ticked) {
    OpenedProject& opened = *call.project;
    TaggedHits tagged{key, {}, 0};
    const TagRequest request{themes, "", call.coder, today(), toUtf8(uiText(call.context, "tag.themes_label"))};
    changeTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
        transcript.requireWritable();
        requireTaggable(transcript);
        rewriteIfPending(call.context, opened, transcript);  // a codebook change it waited for, first
        std::vector<std::pair<std::size_t, std::size_t>> ranges;
        const auto chosen = ticked ? ticked->find(key) : TickedHits::const_iterator();
        for (const SearchHit& hit : search.find(transcript.plainText().text))
            if (!ticked || (chosen != ticked->end() && chosen->second.count({hit.start, hit.end})))
                ranges.emplace_back(hit.start, hit.end);
        if (ranges.empty())
            return false;
        const std::vector<std::unique_ptr<TextSpan>> spans = transcript.spansInText(ranges);
        const OUString title = uiText(call.context, "undo.search_tag");
        const Project before = opened.project;
        try {
            TranscriptUndoStep step(transcript.document(), title);
            for (const std::unique_ptr<TextSpan>& span : spans) {
                const Tagged one = tagSpan(opened.project, key, transcript, *span, request);
                tagged.anchors.push_back(one.anchor);
                tagged.newPassages += one.newPassage ? 1 : 0;
            }
        } catch (...) {
            // The transcript gets back what it had (a hidden one is closed unsaved), the project too.
            opened.project = before;
            css::uno::Reference<css::document::XUndoManagerSupplier> undo(transcript.document(), css::uno::UNO_QUERY);
            if (undo.is() && !undo->getUndoManager()->isLocked() && undo->getUndoManager()->isUndoPossible() &&
                undo->getUndoManager()->getCurrentUndoActionTitle() == title)
                undo->getUndoManager()->undo();
            throw;
        }
        return true;
    });
    return tagged;
}

}  // namespace

SearchOptions searchOptionsOf(const Arguments& arguments) {
    SearchOptions options;
    options.query = arguments.textOr("Query", "");
    options.regex = arguments.flagOr("Regex", false);
    options.wholeWord = arguments.flagOr("WholeWord", false);
    options.matchCase = arguments.flagOr("MatchCase", false);
    options.unit = searchUnit(arguments.textOr("Unit", ""));
    return options;
}

SearchFound searchTranscripts(CommandCall& call, const TextSearch& search, const std::string& transcripts) {
    OpenedProject& opened = *call.project;
    const std::vector<std::string> keys = searchedTranscripts(opened.project, transcripts);
    SearchFound found;
    Progress progress(call.frame, uiText(call.context, "menu.SearchAndTag"), static_cast<sal_Int32>(keys.size()));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        progress.set(static_cast<sal_Int32>(i), static_cast<sal_Int32>(keys.size()));
        try {
            readTranscript(call.context, opened, keys[i], [&](TranscriptDocument& transcript) {
                found.hits.push_back(hitsIn(opened.project, keys[i], search, transcript.plainText().text));
            });
        } catch (const Error& error) {
            if (error.key().rfind("search.", 0) == 0)
                throw;  // the query's fault, not the transcript's
            found.unreadable.push_back(keys[i]);
        }
    }
    // Said to the macro in the JSON (the office's report is not appended to data).
    for (const std::string& key : opened.officeReadTranscripts)
        if (std::find(keys.begin(), keys.end(), key) != keys.end())
            found.readByOffice.push_back(key);
    return found;
}

std::vector<TaggedHits> tagFound(CommandCall& call, const TextSearch& search, const SearchFound& found,
                                 const std::vector<std::string>& themes, const TickedHits* ticked) {
    // Only transcripts with hits to tag are opened.
    std::vector<std::string> keys;
    for (const TranscriptHits& transcript : found.hits)
        if (!transcript.hits.empty() && (!ticked || ticked->count(transcript.transcript)))
            keys.push_back(transcript.transcript);
    // A transcript another person has open cannot be written now: refused before any transcript is tagged.
    for (const std::string& key : keys)
        if (const auto held = call.project->heldTranscripts.find(key); held != call.project->heldTranscripts.end())
            throw Error("transcript.held", {key, held->second});
    std::vector<TaggedHits> tagged;
    try {
        for (const std::string& key : keys)
            tagged.push_back(tagTranscript(call, key, search, themes, ticked));
    } catch (...) {
        // The transcripts tagged before this one are changed already: their passages and the themes they brought are
        // saved in the project with them before the refusal is said.
        if (!tagged.empty())
            saveProject(*call.project);
        throw;
    }
    // The passages are in the documents now (closed ones saved): the index that mirrors them, and the themes created,
    // are saved with the project at once, as MergeCoding does.
    if (!tagged.empty())
        saveProject(*call.project);
    rememberThemes(recentThemes(), themes);
    return tagged;
}

CommandOutcome searchAndTag(CommandCall& call) {
    if (call.interactive)
        return searchAndTagWithDialog(call);
    const SearchOptions options = searchOptionsOf(call.arguments);
    const std::vector<std::string> themes = splitList(call.arguments.textOr("Themes", ""));
    const bool tagging = call.arguments.has("Themes");
    if (tagging && themes.empty())
        throw Error("tag.no_theme");
    const TextSearch search(options);  // a bad query is refused before any transcript is read
    const SearchFound found = searchTranscripts(call, search, call.arguments.textOr("Transcripts", ""));
    if (!tagging)
        return CommandOutcome::dataResult(
            toOUString(searchJson(options, found.hits, found.unreadable, found.readByOffice)));
    checkHitsToTag(options.query, hitCount(found.hits), call.arguments.flagOr("Force", false));
    const std::vector<TaggedHits> tagged = tagFound(call, search, found, themes);
    return CommandOutcome::dataResult(toOUString(taggedJson(options, themes, tagged)));
}

}  // namespace ets::uno::commands
