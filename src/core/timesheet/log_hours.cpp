#include "core/timesheet/log_hours.hpp"

#include "core/register/organisations.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/timesheet/hours_texts.hpp"

#include <cmath>
#include <iterator>
#include <limits>

namespace ets {

HourEntryFields hourFieldsFromArguments(const CommandArguments& arguments, const std::string& coder) {
    for (const char* required : {"Date", "Activity", "Hours"})
        if (!arguments.has(required))
            throw Error("args.missing", {required});
    HourEntryFields fields;
    fields.date = arguments.text("Date").value_or("");
    fields.person = arguments.has("Person") ? arguments.text("Person").value_or("") : coder;
    fields.activity = arguments.text("Activity").value_or("");
    fields.organisation = arguments.text("Organisation").value_or("");
    const std::optional<double> hours = arguments.number("Hours");
    if (!hours)
        throw Error("args.missing", {"Hours"});
    fields.hours = *hours;
    fields.note = arguments.text("Note").value_or("");
    return fields;
}

LogHoursDialogContent logHoursDialogContent(const Project& project, const Catalogue& texts, const std::string& coder,
                                            const std::string& today) {
    LogHoursDialogContent content;
    content.date = today;
    content.person = coder;
    for (Activity activity : kActivities) {
        if (!project.hours.empty() && project.hours.back().activity == activity)
            content.chosenActivity = static_cast<int>(content.activities.size());
        content.activities.push_back(activityLabel(activity, texts));
    }
    content.organisations.push_back(texts.text("hours.no_organisation"));
    for (const Organisation* organisation : organisationsByName(project))
        content.organisations.push_back(organisation->name);
    const HoursSummary summary = summarise(project);
    content.hours = hoursFieldText(1, texts);
    content.total =
        texts.text("hours.total_so_far", {hoursText(summary.total, texts), hoursText(summary.minimum, texts)});
    return content;
}

HourEntryFields hourFieldsFromDialog(const LogHoursDialogInput& input, const LogHoursDialogContent& content) {
    HourEntryFields fields;
    fields.date = input.date;
    fields.person = input.person;
    if (input.activity >= 0 && static_cast<std::size_t>(input.activity) < std::size(kActivities))
        fields.activity = toString(kActivities[static_cast<std::size_t>(input.activity)]);
    if (input.organisation > 0 && static_cast<std::size_t>(input.organisation) < content.organisations.size())
        fields.organisation = content.organisations[static_cast<std::size_t>(input.organisation)];
    fields.hours = input.hours;
    if (!input.hoursAsTyped.empty())
        fields.hours = parseDecimal(input.hoursAsTyped).value_or(std::numeric_limits<double>::quiet_NaN());
    fields.hoursAsTyped = input.hoursAsTyped;
    fields.note = input.note;
    return fields;
}

std::string hoursFieldText(double hours, const Catalogue& texts) {
    const long hundredths = std::lround(hours * 100);
    std::string text = std::to_string(hundredths / 100) + decimalSeparator(texts);
    const long rest = std::labs(hundredths % 100);
    text += (rest < 10 ? "0" : "") + std::to_string(rest);
    return (hundredths < 0 && hundredths > -100 ? "-" : "") + text;
}

std::string loggedMessage(const HourEntry& logged, const Project& project, const Catalogue& texts) {
    const HoursSummary summary = summarise(project);
    std::vector<std::string> args = {
        hoursText(logged.hours, texts),  activityLabel(logged.activity, texts), logged.person, logged.date,
        hoursText(summary.total, texts), hoursText(summary.minimum, texts)};
    if (summary.remaining > 0) {
        args.push_back(hoursText(summary.remaining, texts));
        return texts.text("hours.logged", args);
    }
    return texts.text("hours.logged_reached", args);
}

}  // namespace ets
