#pragma once
// The rules a single field value must follow, shared by the project file reader and by
// dialogs that want to refuse a bad value before it reaches the project.

#include <optional>
#include <string_view>

namespace ets {

// "#RRGGBB" with hexadecimal digits (either case), or empty for "no colour chosen".
bool isValidColour(std::string_view colour);

// A timesheet amount: more than zero and a whole number of quarter hours (0.25, 1.5, 7.75).
bool isValidHourAmount(double hours);

// True when the text holds nothing but spaces, tabs, line breaks or no-break spaces.
bool isBlank(std::string_view text);

// A number as a person types it: a decimal point or comma ("1.5", "1,5"), spaces around allowed; nullopt for
// anything else (empty, "1,5 h", "abc", infinities). Independent of the process's C locale, which LibreOffice
// may have set to the user's.
std::optional<double> parseDecimal(std::string_view text);

}  // namespace ets
