// vnd.ets:Themes — the codebook: add, rename, describe (description, colour, parent), merge, delete.
// Arguments: Action = Add | Rename | Describe | Merge | Delete, Name, NewName, Into, Parent,
// Description, Colour (#RRGGBB), Force. Renaming, merging and deleting rewrite the tags of every
// transcript concerned, open or not. Result: a sentence saying what changed.

#include "commands/commands.hpp"

#include "core/coding/tagging.hpp"
#include "core/coding/theme_edit.hpp"
#include "dialogs/themes_dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

namespace {

// The edit on a copy of the project; then the transcripts it concerns are rewritten, and the project is saved last,
// so that a transcript that cannot be rewritten leaves the codebook unchanged too.
rtl::OUString apply(CommandCall& call, const ThemeEdit& edit) {
    OpenedProject& opened = *call.project;
    // Renaming, merging and deleting work from the index: it must know every passage first, including those
    // tagged in open documents and in files changed since it last read them.
    if (changesPassages(edit.action))
        refreshProjectIndex(call.context, opened);
    Project draft = opened.project;
    const ThemeEditDone done = editThemes(draft, edit);
    const std::string label = toUtf8(uiText(call.context, "tag.themes_label"));
    for (const std::string& key : done.change.transcripts)
        withTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
            UndoStep step(transcript.document(), uiText(call.context, "undo.themes"));
            refreshTranscriptTags(draft, key, transcript, label);
        });
    opened.project = std::move(draft);
    saveProject(opened);
    return uiText(call.context, done.sentence.c_str(), done.sentenceArgs);
}

ThemeEdit editFromArguments(const Arguments& arguments) {
    ThemeEdit edit;
    edit.action = parseThemeAction(arguments.textOr("Action", ""));
    edit.name = arguments.textOr("Name", "");
    edit.newName = arguments.textOr("NewName", "");
    edit.into = arguments.textOr("Into", "");
    edit.parent = arguments.text("Parent");
    edit.description = arguments.text("Description");
    edit.colour = arguments.text("Colour");
    edit.force = arguments.flagOr("Force", false);
    return edit;
}

}  // namespace

CommandOutcome themes(CommandCall& call) {
    if (!call.interactive)
        return CommandOutcome::done(apply(call, editFromArguments(call.arguments)));
    runThemesDialog(call.context, call.frame, call.project->project,
                    [&](const ThemeEdit& edit) { return apply(call, edit); });
    return CommandOutcome::done(rtl::OUString());
}

}  // namespace ets::uno::commands
