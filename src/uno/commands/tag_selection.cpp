// vnd.ets:TagSelection — the selected passage of the transcript gets one or more themes and a memo.
// Arguments: Themes (";"-separated names; unknown names become new themes), Memo.
// Result: the name of the passage's anchor (bookmark) in the document.

#include "commands/commands.hpp"
#include "commands/tagging.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "writer/project_transcripts.hpp"
#include "core/project/opened_project.hpp"
#include "core/text/dates.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <algorithm>

namespace ets::uno::commands {

std::string tagRange(CommandCall& call, OpenedProject& opened, WriterTranscript& transcript,
                     const TextSpan& range, const std::vector<std::string>& themeNames,
                     const std::string& memo)
{
    if (themeNames.empty())
        throw Error("tag.no_theme");
    const std::string coder = call.coder;
    if (coder.empty())
        throw Error("coder.missing");

    // Everything is decided on copies first: a refusal leaves the project and the document as they were.
    Project draft = opened.project;
    const std::vector<std::string> themeIds = resolveThemes(draft, themeNames, true);
    std::vector<TagRecord> records = transcript.records();

    // The same span tagged again gains the new themes instead of a second, identical passage.
    const std::optional<std::string> spanning = transcript.anchorOver(range);
    auto same = std::find_if(records.begin(), records.end(), [&](const TagRecord& record) {
        return spanning && record.anchor == *spanning;
    });
    const bool isNew = same == records.end();
    TagRecord record;
    if (isNew)
    {
        record.anchor = newAnchorName();
        record.coder = coder;
        record.created = today();
    }
    else
        record = *same;
    for (const std::string& id : themeIds)
    {
        const bool present = std::any_of(record.themes.begin(), record.themes.end(),
                                         [&](const ThemeRef& theme) { return theme.id == id; });
        if (!present)
            record.themes.push_back(ThemeRef{id, draft.findTheme(id)->name});
    }
    if (!memo.empty())
        record.memo = memo;
    const std::string comment = annotationText(record, toUtf8(uiText(call.context, "tag.themes_label")));

    {
        UndoStep step(transcript.document(), uiText(call.context, "undo.tag"));
        if (isNew)
        {
            transcript.addAnchor(range, record.anchor, record.coder, comment);
            records.push_back(record);
        }
        else
        {
            transcript.setComment(record.anchor, comment);
            *same = record;
        }
    }
    transcript.setRecords(records);
    // New themes are project data and are saved at once; the passage itself lives in the document,
    // and the index that mirrors it is saved with the project's next save (see project_index.hpp).
    const bool createdThemes = draft.themes.size() != opened.project.themes.size();
    opened.project = std::move(draft);
    const std::string key = transcriptKey(opened, transcript);
    indexPassage(opened.project, key, record, transcript.anchorSpan(record.anchor)->text());
    forgetStamp(opened.project, key); // the document now differs from its file
    if (createdThemes)
        saveProject(opened);
    return record.anchor;
}

CommandOutcome tagSelection(CommandCall& call)
{
    WriterTranscript transcript = openTranscriptForTagging(call);
    OpenedProject& opened = *call.project;
    const std::unique_ptr<WriterSpan> selection = transcript.selection();
    const TextSpan& range = *selection;
    if (call.interactive)
        return runTagDialog(call, opened, transcript, range);
    const std::vector<std::string> names = splitList(call.arguments.textOr("Themes", ""));
    return CommandOutcome::done(
        toOUString(tagRange(call, opened, transcript, range, names, call.arguments.textOr("Memo", ""))));
}

} // namespace ets::uno::commands
