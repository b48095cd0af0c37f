// vnd.ets:InterviewGuide — the methodological protocol as a new, editable Writer document written from the project:
// objectives of the phase, how the organisations were chosen, the presentation of the ETS, the consent wording,
// the question grid in order, how the analysis is done and the calendar; the GDPR notice after the consent, and the
// consent form to print on a page of its own at the end.
// Arguments (each optional): Presentation, Consent, Contact (texts), Questions (the grid as JSON) — stored in the project
// first; Target (save the guide there, .odt), Hidden (boolean). Result: the saved file's path, or the guide's title.
// From the menu: a dialog to edit the grid and the texts first (dialogs/interview_guide_dialog).

#include "commands/commands.hpp"

#include "core/analysis/guide_document.hpp"
#include "core/method/method.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "dialogs/interview_guide_dialog.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/new_document.hpp"

#include <filesystem>

namespace ets::uno::commands {

namespace {

// Checks the edits, stores them in the project, then writes the guide as a new Writer document (saved at `target`
// unless it is empty). Nothing is stored or created when a check fails.
CommandOutcome writeGuide(CommandCall& call, const GuideEdits& edits, const std::filesystem::path& target,
                          bool hidden) {
    OpenedProject& opened = *call.project;
    const InterviewGuide guide = editedGuide(opened.project.guide, edits);
    if (!target.empty() && std::filesystem::exists(target))
        throw Error("transcript.exists", {target.string()});
    if (edits.changesSomething())
        changeAndSave(opened, [&](Project& project) { project.guide = guide; });

    const GuideDocument composed = guideDocument(opened.project, documentCatalogue(call.context), today());
    if (!composed.noChantiers.empty())
        logError("interview guide: no chantier calendar", composed.noChantiers);
    css::uno::Reference<css::text::XTextDocument> document = newWriterDocument(call.context, hidden);
    try {
        writePlainDocument(document, composed.paragraphs, composed.title, documentCatalogue(call.context).language());
        if (target.empty())
            return CommandOutcome::done(toOUString(composed.title));
        storeAsOdt(document, target);
        return CommandOutcome::done(toOUString(target.string()));
    } catch (...) {
        closeQuietly(document);
        throw;
    }
}

}  // namespace

CommandOutcome interviewGuide(CommandCall& call) {
    if (call.interactive) {
        CommandOutcome outcome = CommandOutcome::cancel();
        runInterviewGuideDialog(call.context, call.frame, call.project->project.guide,
                                [&](const GuideEdits& edits) { outcome = writeGuide(call, edits, {}, false); });
        return outcome;
    }
    GuideEdits edits;
    edits.presentation = call.arguments.text("Presentation");
    edits.consent = call.arguments.text("Consent");
    edits.contact = call.arguments.text("Contact");
    if (auto questions = call.arguments.text("Questions"))
        edits.questions = parseQuestionGrid(*questions);
    std::filesystem::path target;
    if (auto file = call.arguments.text("Target")) {
        target = pathFromUserText(toOUString(*file));
        if (target.extension().empty())
            target += ".odt";
    }
    return writeGuide(call, edits, target, call.arguments.flagOr("Hidden", false));
}

}  // namespace ets::uno::commands
