// vnd.ets:NewTranscript — a new Writer transcript from the ETS template, carrying its interview card,
// recorded in the project. Arguments: those of RecordInterview, plus File (file name) and Folder
// (default: the project's transcripts/ folder) to save it, and Hidden (boolean, for macros).
// Result: the saved file's path, or the interview's id when the document was not saved.

#include "commands/commands.hpp"

#include "core/register/new_transcript.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "dialogs/interview_card_dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/new_document.hpp"
#include "writer/transcript_card.hpp"
#include "writer/transcript_template.hpp"

#include <system_error>

namespace ets::uno::commands {

namespace {

namespace fs = std::filesystem;

CommandOutcome create(CommandCall& call, const InterviewCard& asked, const fs::path& target, bool hidden) {
    OpenedProject& opened = *call.project;
    checkCardPlan(opened.project, asked, "", today());  // a date planned in the past: nothing made
    const NewInterview interview = planNewTranscript(opened, asked, target);  // nothing is made for a refused card
    css::uno::Reference<css::text::XTextDocument> document = newWriterDocument(call.context, hidden);
    bool stored = false;
    try {
        buildTranscriptTemplate(
            document, transcriptTemplate(interview.card, opened.project.guide.questions, uiCatalogue(call.context)));
        writeCardProperties(document, cardToProperties(interview.card, interview.id));
        if (!target.empty()) {
            std::error_code error;
            fs::create_directories(target.parent_path(), error);
            if (error)
                throw Error("project.folder_not_writable", {target.parent_path().string()});
            storeAsOdt(document, target);
            stored = true;
        }
        changeAndSave(opened, [&](Project& project) { recordInterview(project, interview.card, interview.id); });
    } catch (...) {
        // Nothing half-made stays behind: no window, no file the project does not know.
        closeQuietly(document);
        if (stored) {
            std::error_code ignored;  // the file may already be gone; the first failure is the one reported
            fs::remove(target, ignored);
        }
        throw;
    }
    return CommandOutcome::done(toOUString(target.empty() ? interview.id : target.string()));
}

}  // namespace

CommandOutcome newTranscript(CommandCall& call) {
    const fs::path folder = call.project->folder;
    if (call.interactive) {
        CommandOutcome outcome = CommandOutcome::cancel();
        runInterviewCardDialog(call.context, call.frame, call.project->project, InterviewCard{},
                               [&](const InterviewCard& card) {
                                   outcome = create(call, card, defaultTranscriptFile(folder, card), false);
                               });
        return outcome;
    }
    const InterviewCard card = cardFromArguments(call.arguments, InterviewCard{});
    return create(call, card, transcriptTarget(folder, call.arguments.path("File", true), call.arguments.path("Folder", true), card),
                  call.arguments.flagOr("Hidden", false));
}

}  // namespace ets::uno::commands
