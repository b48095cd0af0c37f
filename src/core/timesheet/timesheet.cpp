#include "core/timesheet/timesheet.hpp"

#include "core/register/organisations.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace ets {
namespace {

// Labels are typed with a straight or a typographic apostrophe ("comité d'accompagnement"): nameKey folds both.
std::string labelKey(std::string_view text) { return nameKey(text); }

std::string personKey(std::string_view person) { return foldCase(trimmedName(person)); }

std::vector<std::pair<Activity, double>> zeroPerActivity() {
    std::vector<std::pair<Activity, double>> rows;
    for (Activity activity : kActivities)
        rows.emplace_back(activity, 0.0);
    return rows;
}

void addTo(std::vector<std::pair<Activity, double>>& rows, Activity activity, double hours) {
    for (auto& row : rows)
        if (row.first == activity)
            row.second += hours;
}

std::string monthOf(const std::string& date) { return date.substr(0, 7); }

}  // namespace

std::string activityLabelKey(Activity activity) { return "activity." + toString(activity); }

std::optional<Activity> findActivity(std::string_view text, const TimesheetVocabulary& vocabulary) {
    const std::string wanted = labelKey(text);
    if (wanted.empty())
        return std::nullopt;
    for (Activity activity : kActivities)
        if (foldCase(toString(activity)) == wanted)
            return activity;
    for (const auto& [label, activity] : vocabulary.activityLabels)
        if (labelKey(label) == wanted)
            return activity;
    return std::nullopt;
}

std::string formatHours(double hours, char decimalSeparator) {
    char buffer[64];
    const auto result = std::to_chars(std::begin(buffer), std::end(buffer), hours);
    std::string text(buffer, result.ec == std::errc() ? result.ptr : buffer);
    std::replace(text.begin(), text.end(), '.', decimalSeparator);
    return text;
}

double hoursOfDay(const Project& project, std::string_view person, std::string_view date) {
    const std::string who = personKey(person);
    double total = 0;
    for (const HourEntry& entry : project.hours)
        if (entry.date == date && personKey(entry.person) == who)
            total += entry.hours;
    return total;
}

const HourEntry& logHours(Project& project, const HourEntryFields& fields, const TimesheetVocabulary& vocabulary) {
    const std::string date = trimmedName(fields.date);
    if (!isValidDate(date))
        throw Error("hours.bad_date", {fields.date});
    const std::string amount = fields.hoursAsTyped.empty() ? formatHours(fields.hours, vocabulary.decimalSeparator)
                                                           : trimmedName(fields.hoursAsTyped);
    if (!(fields.hours > 0) || !std::isfinite(fields.hours))
        throw Error("hours.not_positive", {amount});
    if (!isValidHourAmount(fields.hours))
        throw Error("hours.not_quarter", {amount});
    const std::string person = trimmedName(fields.person);
    if (isBlank(person))
        throw Error("hours.person_empty");
    const std::optional<Activity> activity = findActivity(fields.activity, vocabulary);
    if (!activity)
        throw Error("hours.unknown_activity", {fields.activity});
    std::string organisationId;
    if (!isBlank(fields.organisation)) {
        const Organisation* organisation = findOrganisationNamed(project, fields.organisation);
        if (!organisation)
            throw Error("organisation.unknown", {fields.organisation});
        organisationId = organisation->id;
    }
    const double day = hoursOfDay(project, person, date) + fields.hours;
    if (day > 24)
        throw Error("hours.day_over_24", {person, date, formatHours(day, vocabulary.decimalSeparator)});

    HourEntry entry;
    do
        entry.id = newId("hr-");
    while (
        std::any_of(project.hours.begin(), project.hours.end(), [&](const HourEntry& e) { return e.id == entry.id; }));
    entry.date = date;
    entry.person = person;
    entry.activity = *activity;
    entry.organisationId = organisationId;
    // Stored as a whole number of quarters: an amount summed elsewhere carries no rounding noise in.
    entry.hours = std::round(fields.hours * 4) / 4;
    entry.note = trimmedName(fields.note);
    project.hours.push_back(std::move(entry));
    return project.hours.back();
}

std::vector<const HourEntry*> entriesInOrder(const Project& project) {
    std::vector<const HourEntry*> entries;
    for (const HourEntry& entry : project.hours)
        entries.push_back(&entry);
    std::stable_sort(entries.begin(), entries.end(), [](const HourEntry* a, const HourEntry* b) {
        if (a->date != b->date)
            return a->date < b->date;
        return personKey(a->person) < personKey(b->person);
    });
    return entries;
}

HoursSummary summarise(const Project& project) {
    HoursSummary summary;
    summary.perActivity = zeroPerActivity();
    std::map<std::string, std::pair<std::string, double>> people;  // key -> (name as first written, hours)
    std::map<std::string, double> months;
    for (const HourEntry& entry : project.hours) {
        addTo(summary.perActivity, entry.activity, entry.hours);
        auto [person, added] = people.try_emplace(personKey(entry.person), entry.person, 0.0);
        person->second.second += entry.hours;
        months[monthOf(entry.date)] += entry.hours;
        summary.total += entry.hours;
    }
    for (const auto& [key, person] : people)
        summary.perPerson.push_back(person);
    summary.perMonth.assign(months.begin(), months.end());
    summary.minimum = project.settings.minimumHours;
    summary.remaining = std::max(0.0, summary.minimum - summary.total);
    return summary;
}

std::vector<InvoiceMonth> invoiceSummary(const Project& project) {
    std::map<std::string, InvoiceMonth> months;
    for (const HourEntry& entry : project.hours) {
        const std::string month = monthOf(entry.date);
        auto [found, added] = months.try_emplace(month);
        InvoiceMonth& invoice = found->second;
        if (added) {
            invoice.month = month;
            invoice.perActivity = zeroPerActivity();
        }
        addTo(invoice.perActivity, entry.activity, entry.hours);
        invoice.total += entry.hours;
    }
    std::vector<InvoiceMonth> invoice;
    for (auto& [month, entry] : months)
        invoice.push_back(std::move(entry));
    return invoice;
}

}  // namespace ets
