#pragma once
// The interview card dialog (dialogs/InterviewCard.xdl) of RecordInterview and NewTranscript: the organisation among
// the register's, date, duration, interviewers, people met (roles, and names kept in the transcript only), place,
// consent and status.

#include "core/project/model.hpp"
#include "core/register/interview_card.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace ets::uno {

// Shows the card `initial` (its organisation chosen among the project's) until `accept` takes what the person entered
// (an ets::Error it throws is shown and the dialog stays, with what was typed); false when they cancelled.
bool runInterviewCardDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XFrame>& frame, const Project& project,
                            const InterviewCard& initial, const std::function<void(const InterviewCard&)>& accept);

}  // namespace ets::uno
