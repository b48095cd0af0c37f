// vnd.ets:LogHours — one line of the mission's timesheet: who worked how long, on what, when.
// Arguments: Date (YYYY-MM-DD), Person (default: the coder's name), Activity (identifier or label),
// Organisation (optional), Hours (quarter hours; number or text, decimal comma accepted), Note.
// Result: a sentence with the hours logged and the mission's total against its minimum.

#include "commands/commands.hpp"
#include "dialogs/log_hours_dialog.hpp"
#include "dialogs/message_box.hpp"

#include "calc/hours_sheet.hpp"
#include "core/text/dates.hpp"
#include "core/timesheet/hours_texts.hpp"
#include "core/timesheet/log_hours.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

namespace {

// Logs the line, saves the project, refreshes the hours sheet in view and says where the mission stands.
CommandOutcome logAndSave(CommandCall& call, const HourEntryFields& fields) {
    const Catalogue& texts = uiCatalogue(call.context);
    OpenedProject& opened = *call.project;
    HourEntry logged;
    changeAndSave(opened, [&](Project& project) {
        logged = logHours(project, fields, timesheetVocabulary(shippedCatalogues(), texts));
    });
    calc::refreshHoursSheetIfPresent(call.frame, opened.project, texts);
    return CommandOutcome::done(toOUString(loggedMessage(logged, opened.project, texts)));
}

}  // namespace

CommandOutcome logHours(CommandCall& call) {
    if (!call.interactive)
        return logAndSave(call, hourFieldsFromArguments(call.arguments, call.coder));
    const LogHoursDialogContent content =
        logHoursDialogContent(call.project->project, uiCatalogue(call.context), call.coder, today());
    CommandOutcome outcome = CommandOutcome::cancel();
    runLogHoursDialog(call.context, call.frame, content, [&](const LogHoursDialogInput& input) {
        outcome = logAndSave(call, hourFieldsFromDialog(input, content));
        showMessage(call.context, call.frame, MessageKind::Info, outcome.message);
    });
    return outcome;
}

}  // namespace ets::uno::commands
