#pragma once
// The mission's timesheet: logging hours with the rules an invoice needs, and the sums the
// researcher invoices (per activity, person and month, against the contract's minimum).

#include "core/project/model.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ets {

// Every activity, in the order the mission runs them (and the sheet lists them).
inline constexpr Activity kActivities[] = {
    Activity::PreparatoryMeeting,
    Activity::Protocol,
    Activity::Identification,
    Activity::Interviews,
    Activity::Transcription,
    Activity::Analysis,
    Activity::Writing,
    Activity::Restitution,
    Activity::Other,
};

// What a person or a macro gives for one line of the timesheet.
struct HourEntryFields {
    std::string date;  // YYYY-MM-DD
    std::string person;
    std::string activity;      // an identifier (any case) or a label of TimesheetVocabulary
    std::string organisation;  // the organisation's name as in the register; empty = none
    double hours = 0;
    std::string hoursAsTyped;  // shown in refusals when given ("0,3"), else the number is written
    std::string note;
};

// How people name things in the languages of the catalogues; the core holds no text of its own.
struct TimesheetVocabulary {
    std::map<std::string, Activity> activityLabels;  // label (any language) -> activity
    char decimalSeparator = '.';                     // for the numbers put into refusals
};

// The catalogue key of an activity's label: "activity.PreparatoryMeeting".
std::string activityLabelKey(Activity activity);

// The activity an identifier ("Interviews", "interviews") or a label ("entretiens", "Entretiens ")
// names; compared trimmed and without regard to case (ASCII and Latin-1 letters).
std::optional<Activity> findActivity(std::string_view text, const TimesheetVocabulary& vocabulary);

// Adds one line to the timesheet. Checks everything first: on Error the project is as it was.
//   hours.bad_date {value}                 not a real YYYY-MM-DD date
//   hours.not_positive {value}             zero, negative or not a number
//   hours.not_quarter {value}              not a whole number of quarter hours
//   hours.person_empty {}                  the person is blank
//   hours.unknown_activity {value}         neither an identifier nor a known label
//   organisation.unknown {name}            the organisation is not in the register
//   hours.day_over_24 {person, date, total} the person's day would pass 24 hours (total with this line)
const HourEntry& logHours(Project& project, const HourEntryFields& fields, const TimesheetVocabulary& vocabulary = {});

// "7.5", "0.25", "12" (the shortest exact writing of an amount of hours) with the given separator.
std::string formatHours(double hours, char decimalSeparator = '.');

// The hours a person logged on a date (names compared trimmed and without regard to case).
double hoursOfDay(const Project& project, std::string_view person, std::string_view date);

struct HoursSummary {
    std::vector<std::pair<Activity, double>> perActivity;   // every activity, in kActivities order
    std::vector<std::pair<std::string, double>> perPerson;  // by name (as first written), sorted
    std::vector<std::pair<std::string, double>> perMonth;   // "YYYY-MM", in calendar order
    double total = 0;
    double minimum = 0;    // settings.minimumHours
    double remaining = 0;  // max(0, minimum - total)
};
HoursSummary summarise(const Project& project);

// One month of the invoice: the hours of each activity worked that month.
struct InvoiceMonth {
    std::string month;                                     // "YYYY-MM"
    std::vector<std::pair<Activity, double>> perActivity;  // every activity, in kActivities order
    double total = 0;
};
std::vector<InvoiceMonth> invoiceSummary(const Project& project);

// The timesheet's lines in the order a person reads them: by date, then person, then as logged.
std::vector<const HourEntry*> entriesInOrder(const Project& project);

}  // namespace ets
