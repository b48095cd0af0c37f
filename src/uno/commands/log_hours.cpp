// vnd.ets:LogHours — one line of the mission's timesheet: who worked how long, on what, when.
// Arguments: Date (YYYY-MM-DD), Person (default: the coder's name), Activity (identifier or label),
// Organisation (optional), Hours (quarter hours; number or text, decimal comma accepted), Note.
// Result: a sentence with the hours logged and the mission's total against its minimum.

#include "commands/commands.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"

#include "commands/hours_sheet.hpp"
#include "commands/hours_texts.hpp"
#include "core/text/error.hpp"
#include "core/timesheet/timesheet.hpp"
#include "core/text/dates.hpp"
#include "core/project/opened_project.hpp"
#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XNumericField.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace ets::uno::commands {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// Logs the line, saves the project and says where the mission stands.
CommandOutcome logAndSave(CommandCall& call, const HourEntryFields& fields)
{
    OpenedProject& opened = *call.project;
    HourEntry logged;
    changeAndSave(opened, [&](Project& project) { logged = logHours(project, fields, timesheetVocabulary(call.context)); });
    refreshHoursSheetIfPresent(call);

    const HoursSummary summary = summarise(opened.project);
    std::vector<std::string> args = {hoursText(call.context, logged.hours), toUtf8(activityLabel(call.context, logged.activity)),
                                     logged.person, logged.date, hoursText(call.context, summary.total),
                                     hoursText(call.context, summary.minimum)};
    if (summary.remaining > 0)
    {
        args.push_back(hoursText(call.context, summary.remaining));
        return CommandOutcome::done(uiText(call.context, "hours.logged", args));
    }
    return CommandOutcome::done(uiText(call.context, "hours.logged_reached", args));
}

HourEntryFields fieldsFromArguments(CommandCall& call)
{
    const Arguments& arguments = call.arguments;
    for (const char* required : {"Date", "Activity", "Hours"})
        if (!arguments.has(required))
            throw Error("args.missing", {required});
    HourEntryFields fields;
    fields.date = arguments.textOr("Date", "");
    fields.person = arguments.has("Person") ? arguments.textOr("Person", "") : call.coder;
    fields.activity = arguments.textOr("Activity", "");
    fields.organisation = arguments.textOr("Organisation", "");
    const std::optional<double> hours = arguments.number("Hours");
    if (!hours)
        throw Error("args.missing", {"Hours"});
    fields.hours = *hours;
    fields.note = arguments.textOr("Note", "");
    return fields;
}

// The dialog's lists, in the order shown: the activities, and the organisations after "(none)".
struct DialogLists {
    std::vector<std::string> organisations;  // names, sorted; position 0 of the list is "(none)"
};

DialogLists fillDialog(CommandCall& call, const Reference<css::awt::XDialog>& dialog, const Project& project)
{
    setControlText(dialog, "DateField", toOUString(today()));
    setControlText(dialog, "PersonField", toOUString(call.coder));

    // The activity of the last line logged comes first chosen: a run of lines is usually alike.
    std::vector<rtl::OUString> activities;
    sal_Int16 chosen = 0;
    for (Activity activity : kActivities)
    {
        if (!project.hours.empty() && project.hours.back().activity == activity)
            chosen = static_cast<sal_Int16>(activities.size());
        activities.push_back(activityLabel(call.context, activity));
    }
    setListItems(dialog, "ActivityList", activities, chosen);

    DialogLists lists;
    for (const Organisation& organisation : project.organisations)
        lists.organisations.push_back(organisation.name);
    std::sort(lists.organisations.begin(), lists.organisations.end());
    std::vector<rtl::OUString> organisations = {uiText(call.context, "hours.no_organisation")};
    for (const std::string& name : lists.organisations)
        organisations.push_back(toOUString(name));
    setListItems(dialog, "OrganisationList", organisations, 0);

    const HoursSummary summary = summarise(project);
    setLabel(dialog, "TotalLabel",
             uiText(call.context, "hours.total_so_far",
                    {hoursText(call.context, summary.total), hoursText(call.context, summary.minimum)}));
    return lists;
}

HourEntryFields readDialog(const Reference<css::awt::XDialog>& dialog, const DialogLists& lists)
{
    HourEntryFields fields;
    fields.date = toUtf8(controlText(dialog, "DateField").trim());
    fields.person = toUtf8(controlText(dialog, "PersonField").trim());
    const sal_Int16 activity = selectedPosition(dialog, "ActivityList");
    if (activity >= 0 && static_cast<std::size_t>(activity) < std::size(kActivities))
        fields.activity = toString(kActivities[static_cast<std::size_t>(activity)]);
    const sal_Int16 organisation = selectedPosition(dialog, "OrganisationList");
    if (organisation > 0 && static_cast<std::size_t>(organisation) <= lists.organisations.size())
        fields.organisation = lists.organisations[static_cast<std::size_t>(organisation - 1)];
    fields.hours = numericValue(dialog, "HoursField");
    fields.hoursAsTyped = toUtf8(controlText(dialog, "HoursField").trim());
    fields.note = toUtf8(controlText(dialog, "NoteField").trim());
    return fields;
}

CommandOutcome runDialog(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    Dialog dialog(call.context, call.frame, "LogHours");
    const DialogLists lists = fillDialog(call, dialog, opened.project);
    CommandOutcome outcome = CommandOutcome::cancel();
    dialog.runUntilAccepted([&] {
        outcome = logAndSave(call, readDialog(dialog, lists));
        showMessage(call.context, call.frame, MessageKind::Info, outcome.message);
    });
    return outcome;
}

} // namespace

CommandOutcome logHours(CommandCall& call)
{
    return call.interactive ? runDialog(call) : logAndSave(call, fieldsFromArguments(call));
}

} // namespace ets::uno::commands
