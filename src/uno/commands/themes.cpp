// vnd.ets:Themes — the codebook: add, rename, describe (description, colour, parent), merge, delete.
// Arguments: Action = Add | Rename | Describe | Merge | Delete, Name, NewName, Into, Parent,
// Description, Colour (#RRGGBB), Force. Renaming, merging and deleting rewrite the tags of every
// transcript concerned, open or not, as one transaction (see core/coding/codebook_rewrite.hpp). Result: a sentence
// saying what changed, and which transcripts wait for it.

#include "commands/commands.hpp"

#include "core/coding/codebook_rewrite.hpp"
#include "core/coding/theme_edit.hpp"
#include "core/text/error.hpp"
#include "dialogs/locate_transcript.hpp"
#include "dialogs/themes_dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

namespace {

// A person is asked where each missing transcript is now; one located is followed by the project and rewritten.
void locateMissing(CommandCall& call, OfficeTranscripts& files, std::vector<TranscriptRewrite>& transcripts,
                   const std::string& label) {
    OpenedProject& opened = *call.project;
    for (TranscriptRewrite& rewrite : transcripts) {
        if (rewrite.state != RewriteState::Missing)
            continue;
        const std::string located = locateMissingTranscript(call.context, call.frame, opened, rewrite.transcript);
        if (located.empty())
            continue;
        std::vector<TranscriptRewrite> done = rewriteWaiting(opened.project, files, {located}, label);
        if (done.empty())
            continue;
        forgetSaved(opened, done);
        rewrite = done.front();
    }
}

// The edit, committed in the project first with what each transcript concerned waits for, then carried to the
// transcripts (core/coding/codebook_rewrite): a transcript that cannot be rewritten now waits, and the message says
// which were rewritten and which wait, and why.
rtl::OUString apply(CommandCall& call, const ThemeEdit& edit) {
    OpenedProject& opened = *call.project;
    // Renaming, merging and deleting work from the index: it must know every passage first, including those
    // tagged in open documents and in files changed since it last read them.
    if (changesPassages(edit.action))
        refreshProjectIndex(call.context, opened);
    OfficeTranscripts files(call.context, opened);
    const std::string label = toUtf8(uiText(call.context, "tag.themes_label"));
    ThemeEditOutcome outcome = changeThemes(opened, edit, files, label);
    if (call.interactive)
        locateMissing(call, files, outcome.transcripts, label);
    rtl::OUString message = uiText(call.context, outcome.done.sentence.c_str(), outcome.done.sentenceArgs);
    if (const std::string report = rewriteReport(outcome.transcripts, uiCatalogue(call.context)); !report.empty())
        message += "\n" + toOUString(report);
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
