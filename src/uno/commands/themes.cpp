// vnd.ets:Themes — the codebook: add, rename, describe (description, colour, parent), merge, delete.
// Arguments: Action = Add | Rename | Describe | Merge | Delete, Name, NewName, Into, Parent,
// Description, Colour (#RRGGBB), Force. Renaming, merging and deleting rewrite the tags of every
// transcript concerned, open or not. Result: a sentence saying what changed.

#include "commands/commands.hpp"

#include "core/coding/pending_rewrites.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/theme_edit.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
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
    std::vector<std::string> waiting;  // transcripts another person has open: rewritten when next opened
    for (const std::string& key : done.change.transcripts) {
        try {
            withTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
                UndoStep step(transcript.document(), uiText(call.context, "undo.themes"));
                if (rewritePending(draft, key, transcript, label))  // an earlier change it still waited for, first
                    forgetPendingRewrite(draft, key);
                refreshTranscriptTags(draft, key, transcript, label);
            });
        } catch (const Error& error) {
            if (error.key() != "transcript.held")
                throw;
            addPendingRewrite(draft, key, done.change.replacedThemes);
            waiting.push_back(key + " (" + error.args().at(1) + ")");
        }
    }
    changeAndSave(opened, [&](Project& project) { project = std::move(draft); });
    rtl::OUString message = uiText(call.context, done.sentence.c_str(), done.sentenceArgs);
    if (!waiting.empty())
        message += "\n" + uiText(call.context, waiting.size() == 1 ? "themes.waiting_one" : "themes.waiting_many",
                                 {std::to_string(waiting.size()), joined(waiting, ", ")});
    return message;
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
