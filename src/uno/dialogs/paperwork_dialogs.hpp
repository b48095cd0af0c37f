#pragma once
// The dialogs of the interview calendar and the review copy (issue 17): dialogs/CalendarSheet.xdl, the end of the
// phase; dialogs/ReviewCopy.xdl, the copy's format and folder.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>

namespace ets::uno {

// Shows the end of the phase as the project has it (YYYY-MM-DD or empty) until `accept` takes what the person typed
// (an ets::Error it throws is shown and the dialog stays, as typed); false when they cancelled.
bool runCalendarSheetDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XFrame>& frame, const std::string& phaseEnd,
                            const std::function<void(const std::string&)>& accept);

// The format ("pdf" or "odt", PDF first) and the folder (`folder` to start with) of the review copy, until `accept`
// takes them as the person chose them; false when they cancelled.
bool runReviewCopyDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame, const std::string& folder,
                         const std::function<void(const std::string& format, const std::string& folder)>& accept);

}  // namespace ets::uno
