#pragma once
// What LogHours and HoursSheet say about hours: activity labels in the UI language, the labels of
// every language a person or a macro may type, and amounts written with the UI's decimal separator.

#include "core/timesheet/timesheet.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>

namespace ets::uno::commands {

// The labels of the activities in every shipped catalogue (fr, en, nl) and the UI's decimal separator.
const TimesheetVocabulary& timesheetVocabulary(const css::uno::Reference<css::uno::XComponentContext>& context);

// The activity's label in the UI language, with a capital first letter ("Entretiens").
rtl::OUString activityLabel(const css::uno::Reference<css::uno::XComponentContext>& context, Activity activity);

// "7,5" in French and Dutch, "7.5" in English.
std::string hoursText(const css::uno::Reference<css::uno::XComponentContext>& context, double hours);

} // namespace ets::uno::commands
