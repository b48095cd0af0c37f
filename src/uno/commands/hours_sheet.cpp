// vnd.ets:HoursSheet (Calc) — the timesheet as a sheet: a summary (per activity, person and month,
// total against the mission's minimum), a per-month invoice summary set as the print range on one
// page, and every line logged. Refreshed in place. No argument (Interactive=false for the silent form).
// Result: a sentence with the sheet's name, the number of lines and the total against the minimum.

#include "commands/commands.hpp"

#include "calc/hours_sheet.hpp"
#include "calc/spreadsheet.hpp"
#include "core/timesheet/hours_sheet.hpp"
#include "office/user_settings.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

CommandOutcome hoursSheet(CommandCall& call) {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    calc::followUiLanguage(doc, officeUiLocale(call.context));
    const Catalogue& texts = uiCatalogue(call.context);
    const Project& project = call.project->project;
    const OUString name = calc::writeHoursSheet(doc, project, texts);
    const OUString message = toOUString(hoursSheetMessage(project, toUtf8(name), texts));
    return reportDone(call, message);
}

}  // namespace ets::uno::commands
