// vnd.ets:Untag — removes the tags of the passages under the cursor or the selection.
// Arguments: Themes (";"-separated: remove only these themes; a passage left with none is untagged).
// Result: how many passages changed, as a sentence.

#include "commands/commands.hpp"
#include "commands/tagging.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <algorithm>
#include <set>

namespace ets::uno::commands {

CommandOutcome untag(CommandCall& call)
{
    WriterTranscript transcript = openTranscriptForTagging(call);
    OpenedProject& opened = *call.project;
    const std::vector<std::string> under = transcript.anchorsAt(*transcript.cursor());
    if (under.empty())
        throw Error("untag.nothing");

    std::set<std::string> onlyThese; // theme ids; empty = every theme
    for (const std::string& name : splitList(call.arguments.textOr("Themes", "")))
        onlyThese.insert(requireTheme(opened.project, name).id);

    std::vector<TagRecord> records = transcript.records();
    const std::string label = toUtf8(uiText(call.context, "tag.themes_label"));
    int changed = 0;
    {
        UndoStep step(transcript.document(), uiText(call.context, "undo.untag"));
        for (auto record = records.begin(); record != records.end();)
        {
            if (std::find(under.begin(), under.end(), record->anchor) == under.end())
            {
                ++record;
                continue;
            }
            const std::size_t before = record->themes.size();
            record->themes.erase(std::remove_if(record->themes.begin(), record->themes.end(),
                                                [&](const ThemeRef& theme) {
                                                    return onlyThese.empty() || onlyThese.count(theme.id) != 0;
                                                }),
                                 record->themes.end());
            if (record->themes.size() == before)
            {
                ++record;
                continue;
            }
            ++changed;
            if (record->themes.empty())
            {
                transcript.removeAnchor(record->anchor);
                record = records.erase(record);
            }
            else
            {
                transcript.setComment(record->anchor, annotationText(*record, label));
                ++record;
            }
        }
    }
    if (changed == 0)
        throw Error("untag.nothing");
    transcript.setRecords(records);
    indexOpenTranscript(opened, transcript); // saved with the project's next save, as for tagging
    return CommandOutcome::done(uiText(call.context, "untag.done", {std::to_string(changed)}));
}

} // namespace ets::uno::commands
