#pragma once
// What RecordInterview and NewTranscript share: the interview card read from arguments, from the
// transcript, and from the card dialog (dialogs/InterviewCard.xdl).

#include "commands/command.hpp"
#include "core/register/interview_card.hpp"

#include <com/sun/star/text/XTextDocument.hpp>

#include <functional>

namespace ets::uno::commands {

// `base` with the arguments given by a macro put over it: Organisation, Date, DurationMinutes,
// Interviewers and Participants and ParticipantNames (";"-separated), Place, Consent, Status.
InterviewCard cardFromArguments(const Arguments& arguments, InterviewCard base);

// The card a transcript carries; its interview id goes to `interviewId`. When the project knows the
// interview, the organisation is named as the register names it now (it may have been renamed).
InterviewCard cardOfDocument(const Project& project, const css::uno::Reference<css::text::XTextDocument>& document,
                             std::string& interviewId);

// Shows the card dialog filled with `initial` until `accept` takes what the person entered (an
// ets::Error from it is shown and the dialog stays, with what was typed) or the person cancels.
CommandOutcome runCardDialog(CommandCall& call, const Project& project, const InterviewCard& initial,
                             const std::function<CommandOutcome(const InterviewCard&)>& accept);

} // namespace ets::uno::commands
