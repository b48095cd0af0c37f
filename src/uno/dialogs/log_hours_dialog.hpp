#pragma once
// The LogHours dialog (dialogs/LogHours.xdl): date, person, activity, organisation, hours and a note, with where the
// mission stands.

#include "core/timesheet/log_hours.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace ets::uno {

// Shows the dialog filled with `content` until `accept` takes what the person entered (an ets::Error it throws is
// shown and the dialog stays, with what was typed); false when they cancelled.
bool runLogHoursDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame, const LogHoursDialogContent& content,
                       const std::function<void(const LogHoursDialogInput&)>& accept);

}  // namespace ets::uno
