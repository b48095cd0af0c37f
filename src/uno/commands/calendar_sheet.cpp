// vnd.ets:CalendarSheet — the interview calendar as a table in the open spreadsheet (sheet « Calendrier »): each
// organisation's interview, planned, held, transcribed, sent for review, validated, with its referent and the consent
// given (yes/no, date, form); organisations named but not yet contacted are flagged when the end of the phase is two
// weeks away or less. Refreshed in place. Argument: PhaseEnd (YYYY-MM-DD, kept in the project for the next times).
// From the menu: a dialog asks the end of the phase first (the one kept, to confirm or change).

#include "commands/commands.hpp"

#include "calc/sheet_stack.hpp"
#include "calc/spreadsheet.hpp"
#include "core/analysis/calendar_sheet.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/paperwork_dialogs.hpp"
#include "office/strings.hpp"
#include "office/user_settings.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"

#include <optional>
#include <string>

namespace ets::uno::commands {

namespace {

// The end of the phase given (checked, kept in the project when it changes), then the calendar written.
CommandOutcome writeCalendar(CommandCall& call, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const std::optional<std::string>& given) {
    OpenedProject& opened = *call.project;
    if (given) {
        const std::string end = trimmedName(*given);
        if (!end.empty() && !isValidDate(end))
            throw Error("calendar.bad_phase_end", {*given});
        if (end != opened.project.phase.end)
            changeAndSave(opened, [&](Project& project) { project.phase.end = end; });
    }
    calc::followUiLanguage(doc, officeUiLocale(call.context));
    const Catalogue& texts = uiCatalogue(call.context);
    const InterviewCalendar calendar = interviewCalendar(opened.project, today(), opened.project.phase.end);

    OUString sheetName;
    {
        UndoStep undo(doc, uiText(call.context, "undo.calendar_sheet"));
        sheetName = calc::writeStack(doc, {calendarBlock(calendar, texts)}).sheetName;
    }
    OUString message = uiText(call.context, "calendar.done",
                              {toUtf8(sheetName), std::to_string(calendar.lines.size()),
                               std::to_string(calendar.notContacted)});
    if (calendar.phaseEnd.empty())
        message += " " + uiText(call.context, "calendar.no_phase_end");  // NOLINT: OUString's literal operator+
    return reportDone(call, message);
}

}  // namespace

CommandOutcome calendarSheet(CommandCall& call) {
    const css::uno::Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    if (!call.interactive)
        return writeCalendar(call, doc, call.arguments.text("PhaseEnd"));
    CommandOutcome outcome = CommandOutcome::cancel();
    runCalendarSheetDialog(call.context, call.frame, call.project->project.phase.end,
                           [&](const std::string& phaseEnd) { outcome = writeCalendar(call, doc, phaseEnd); });
    return outcome;
}

}  // namespace ets::uno::commands
