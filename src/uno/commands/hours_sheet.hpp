#pragma once
// The « Heures » sheet of vnd.ets:HoursSheet, for LogHours to refresh it where it already is.

#include "commands/command.hpp"

namespace ets::uno::commands {

// Refreshes the hours sheet of the frame's spreadsheet when it has one; does nothing otherwise
// (another document, or a spreadsheet where HoursSheet never ran). Never throws: the hours are
// already saved, and the next HoursSheet brings the sheet up to date.
void refreshHoursSheetIfPresent(CommandCall& call);

} // namespace ets::uno::commands
