// vnd.ets:Untag — removes the tags of the passages under the cursor or the selection.
// Arguments: Themes (";"-separated: remove only these themes; a passage left with none is untagged).
// Result: how many passages changed, as a sentence.

#include "commands/commands.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/tagging.hpp"
#include "core/project/project_paths.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_undo_step.hpp"
#include "writer/writer_transcript.hpp"

namespace ets::uno::commands {

CommandOutcome untag(CommandCall& call) {
    OpenedProject& opened = *call.project;
    WriterTranscript transcript = WriterTranscript::toTag(call.frame);
    const std::vector<std::string> under = transcript.anchorsAt(*transcript.cursor());
    int changed = 0;
    {
        TranscriptUndoStep step(transcript.document(), uiText(call.context, "undo.untag"));
        // The index follows at once; it is saved with the project's next save, as for tagging.
        changed = untagAnchors(opened.project, transcriptKey(opened.folder, transcript.file()), transcript, under,
                               splitList(call.arguments.textOr("Themes", "")),
                               toUtf8(uiText(call.context, "tag.themes_label")));
    }
    return CommandOutcome::done(uiText(call.context, "untag.done", {std::to_string(changed)}));
}

}  // namespace ets::uno::commands
