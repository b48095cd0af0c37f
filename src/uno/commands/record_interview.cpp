// vnd.ets:RecordInterview — the Writer document becomes (or stays) the transcript of one interview:
// its card goes into the document's properties and into the project.
// Arguments: Organisation, Date, DurationMinutes, Interviewers, Participants, ParticipantNames, Place,
// Consent, Status, PlannedDate, ConsentDate, ConsentForm (Oral | Signed), Validated (those not given keep the
// document's values). Result: the interview's id.

#include "commands/commands.hpp"

#include "core/coding/transcript_card.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/interview_card_dialog.hpp"
#include "office/strings.hpp"
#include "writer/transcript_card.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/frame/XStorable.hpp>

namespace ets::uno::commands {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

// The card into the document and the project (core recordTranscriptCard); a failure leaves the document as modified
// as it was. A saved transcript with no pending edits of the person is saved again at once, so that the card in the
// file and the one in the project agree; pending edits are the person's to save.
std::string storeCard(OpenedProject& opened, WriterTranscript& transcript, const InterviewCard& card,
                      const std::string& interviewId) {
    const Reference<css::text::XTextDocument>& document = transcript.document();
    const bool wasModified = isModified(document);
    checkCardPlan(opened.project, card, interviewId, today());  // a date planned in the past: nothing written
    std::string id;
    try {
        id = recordTranscriptCard(opened, transcript, card, interviewId);
    } catch (...) {
        setModified(document, wasModified);
        throw;
    }
    Reference<css::frame::XStorable> storable(document, UNO_QUERY);
    if (!wasModified && !transcript.file().empty() && storable.is())
        storable->store();
    return id;
}

}  // namespace

InterviewCard cardFromArguments(const Arguments& arguments, InterviewCard card) {
    if (auto organisation = arguments.text("Organisation"))
        card.organisation = *organisation;
    if (auto date = arguments.text("Date"))
        card.date = trimmedName(*date);
    if (auto minutes = arguments.number("DurationMinutes"))
        card.durationMinutes = wholeMinutes(*minutes, arguments.textOr("DurationMinutes", ""));
    if (auto interviewers = arguments.text("Interviewers"))
        card.interviewers = splitEntries(*interviewers);
    if (auto participants = arguments.text("Participants"))
        card.participants = splitEntries(*participants);
    if (auto names = arguments.text("ParticipantNames"))
        card.participantNames = splitEntries(*names);
    if (auto place = arguments.text("Place"))
        card.place = *place;
    if (auto consent = arguments.flag("Consent"))
        card.consent = *consent;
    if (auto status = arguments.text("Status"))
        card.status = *status;
    if (auto planned = arguments.text("PlannedDate"))
        card.plannedDate = trimmedName(*planned);
    if (auto date = arguments.text("ConsentDate"))
        card.consentDate = trimmedName(*date);
    if (auto form = arguments.text("ConsentForm"))
        card.consentForm = trimmedName(*form);
    if (auto validated = arguments.text("Validated"))
        card.validated = trimmedName(*validated);
    return card;
}

CommandOutcome recordInterview(CommandCall& call) {
    OpenedProject& opened = *call.project;
    const Reference<css::text::XTextDocument> document = writerDocumentIn(call.frame);
    requireEditable(document);
    WriterTranscript transcript(document);
    const StoredCard current = cardOfTranscript(opened.project, transcript);
    if (call.interactive) {
        CommandOutcome outcome = CommandOutcome::cancel();
        runInterviewCardDialog(call.context, call.frame, opened.project, current.card, [&](const InterviewCard& card) {
            outcome = CommandOutcome::done(toOUString(storeCard(opened, transcript, card, current.interviewId)));
        });
        return outcome;
    }
    const InterviewCard card = cardFromArguments(call.arguments, current.card);
    return CommandOutcome::done(toOUString(storeCard(opened, transcript, card, current.interviewId)));
}

}  // namespace ets::uno::commands
