#pragma once
// What the timesheet says in words: activity labels as the sheet and the dialog show them, amounts of hours with the
// UI's decimal separator, and the labels of every language a person or a macro may type.

#include "core/text/catalogue.hpp"
#include "core/text/numbers.hpp"
#include "core/timesheet/timesheet.hpp"

#include <string>
#include <vector>

namespace ets {

// The activity's label with a capital first letter: "Entretiens".
std::string activityLabel(Activity activity, const Catalogue& texts);

// "7,5" in French and Dutch, "7.5" in English.
std::string hoursText(double hours, const Catalogue& texts);

// The activity labels of every shipped catalogue (a French macro run in an English office still types "entretiens")
// and the decimal separator of `ui`, the catalogue of the office's language.
TimesheetVocabulary timesheetVocabulary(const std::vector<Catalogue>& shipped, const Catalogue& ui);

}  // namespace ets
