#pragma once
// The InterviewGuide dialog (dialogs/InterviewGuide.xdl): the question grid in order (select, move up and down, add,
// remove a question; its text, purpose and follow-up prompts), the presentation of the ETS and the consent wording.

#include "core/method/method.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace ets::uno {

// Shows `guide` until `accept` takes the edited grid and texts ("Write the guide"; an ets::Error it throws is shown and
// the dialog stays, with what was typed); false when the person cancelled.
bool runInterviewGuideDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                             const css::uno::Reference<css::frame::XFrame>& frame, const InterviewGuide& guide,
                             const std::function<void(const GuideEdits&)>& accept);

}  // namespace ets::uno
