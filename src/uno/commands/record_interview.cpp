// vnd.ets:RecordInterview — the Writer document becomes (or stays) the transcript of one interview:
// its card goes into the document's properties and into the project.
// Arguments: Organisation, Date, DurationMinutes, Interviewers, Participants, ParticipantNames, Place,
// Consent, Status (those not given keep the document's values). Result: the interview's id.

#include "commands/commands.hpp"
#include "commands/interview_form.hpp"

#include "core/text/error.hpp"
#include "writer/transcript_card.hpp"
#include "core/project/opened_project.hpp"
#include "core/project/opened_project.hpp"
#include "office/strings.hpp"

#include <com/sun/star/frame/XStorable.hpp>

namespace ets::uno::commands {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// Writes the card into the document, then into the project; if the project cannot be saved the
// document gets its previous card back, so both stay as they were.
std::string storeCard(OpenedProject& opened, const Reference<css::text::XTextDocument>& document, InterviewCard card,
                      const std::string& interviewId)
{
    const std::filesystem::path file = documentFile(document);
    card.transcript = transcriptPathInProject(file, opened.folder);
    card = canonicalCard(opened.project, card); // refuses a bad card before anything changes
    Project checked = opened.project;
    const std::string id = ets::recordInterview(checked, card, interviewId).id;

    const bool wasModified = isModified(document);
    const std::map<std::string, std::string> before = readCardProperties(document);
    writeCardProperties(document, cardToProperties(card, id));
    try
    {
        changeAndSave(opened, [&](Project& project) { ets::recordInterview(project, card, id); });
    }
    catch (...)
    {
        writeCardProperties(document, before);
        setModified(document, wasModified);
        throw;
    }
    // A saved transcript with no pending edits of the person is saved again at once, so that the
    // card in the file and the one in the project agree; pending edits are the person's to save.
    Reference<css::frame::XStorable> storable(document, UNO_QUERY);
    if (!wasModified && !file.empty() && storable.is())
        storable->store();
    return id;
}

} // namespace

CommandOutcome recordInterview(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    Reference<css::text::XTextDocument> document = writerDocumentIn(call.frame);
    requireEditable(document);
    std::string interviewId;
    const InterviewCard current = cardOfDocument(opened.project, document, interviewId);
    if (call.interactive)
        return runCardDialog(call, opened.project, current, [&](const InterviewCard& card) {
            return CommandOutcome::done(toOUString(storeCard(opened, document, card, interviewId)));
        });
    const InterviewCard card = cardFromArguments(call.arguments, current);
    return CommandOutcome::done(toOUString(storeCard(opened, document, card, interviewId)));
}

} // namespace ets::uno::commands
