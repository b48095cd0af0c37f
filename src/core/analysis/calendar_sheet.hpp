#pragma once
// The interview calendar as vnd.ets:CalendarSheet writes it (sheet « Calendrier »): each organisation's interview, from
// planned to validated, with its referent and the consent given; organisations named but not yet contacted are flagged
// when the end of the phase is two weeks away or less.

#include "core/layout/sheet_block.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ets {

inline constexpr const char* kCalendarBlock = "ETS_Calendar";
// Organisations not yet contacted are flagged this many days before the end of the phase, and after it.
inline constexpr int kContactWarningDays = 14;

// One interview of the calendar (or an organisation with none recorded yet).
struct CalendarLine {
    std::string organisation;  // as the register names it
    std::string referent;
    std::string planned;       // YYYY-MM-DD, or empty
    bool held = false;
    std::string heldOn;        // YYYY-MM-DD when known
    bool transcribed = false;
    bool sentForReview = false;
    std::string reviewSent;    // YYYY-MM-DD when known
    bool validated = false;
    std::string validatedOn;   // YYYY-MM-DD when known
    std::optional<bool> consent;  // nothing while no interview card exists
    std::string consentDate;
    std::string consentForm;      // "Oral", "Signed" or empty
    bool declined = false;        // the organisation declined
    bool notContacted = false;    // named, not yet contacted, and the phase ends within kContactWarningDays
    bool plannedPast = false;     // planned before today and not held
};

struct InterviewCalendar {
    std::vector<CalendarLine> lines;  // organisations by name, their interviews by planned (or held) date
    std::string phaseEnd;             // YYYY-MM-DD, or empty when not fixed
    std::optional<int> daysLeft;      // from today to the end of the phase (negative once it is over)
    int notContacted = 0;             // lines flagged so
};

// Whether an organisation was not contacted yet: status Identified and no interview recorded.
bool notYetContacted(const Project& project, const Organisation& organisation);

// Days from `from` to `to` (both YYYY-MM-DD); nothing when either is no valid date.
std::optional<int> daysBetween(const std::string& from, const std::string& to);

// The calendar on `today` (YYYY-MM-DD) for a phase ending on `phaseEnd` (empty: not fixed, nobody flagged). An
// interview's planned date is its own, or its date while it is not held, or its organisation's.
InterviewCalendar interviewCalendar(const Project& project, const std::string& today, const std::string& phaseEnd);

// The sheet: a header row, then a line per interview: organisation, referent, what to do, planned, held, transcribed,
// sent for review, validated, consent, consent's date, its form. Dates are numbers shown as dates.
SheetBlock calendarBlock(const InterviewCalendar& calendar, const Catalogue& texts);

}  // namespace ets
