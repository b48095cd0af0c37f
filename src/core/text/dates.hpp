#pragma once
// Calendar dates as the project stores them: "YYYY-MM-DD" text.

#include "core/text/catalogue.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ets {

// True for a real calendar date written YYYY-MM-DD (year 0001 to 9999):
// "2024-02-29" is valid, "2025-02-29", "2025-2-3" and "2025-02-30" are not.
bool isValidDate(std::string_view ymd);

// A date as a date field holds it (year, month, day; all 0 for none), to and from the project's "YYYY-MM-DD".
struct CalendarDate {
    int year = 0;
    int month = 0;
    int day = 0;
};
// nullopt for text that is no valid YYYY-MM-DD date (an empty date included): the field is left empty.
std::optional<CalendarDate> calendarDate(std::string_view ymd);
// "" when the field holds no date or no real one (0 for the day, 2025-02-30): the command then says a date is needed
// or is wrong, as it does for a macro's argument.
std::string isoDate(const CalendarDate& date);

// A date as a spreadsheet counts days (1899-12-30 is day 0, as in Calc and Excel): "2026-11-05" → 46331. nullopt for
// text that is no valid YYYY-MM-DD date. A date cell holds this number, shown in the document's date format.
std::optional<double> spreadsheetDay(std::string_view ymd);

// Today's date on this computer (local time), as the project writes dates: "YYYY-MM-DD".
std::string today();

// Now, in UTC to the millisecond, as the project file dates changes: "2026-12-02T07:50:00.123Z" (sorts as text).
std::string nowIso();

// A date in words, as a document says it: "2026-11-12" → "12 novembre 2026" with the catalogue's "date.long" and its
// month names ("date.months", ";"-separated); the first of the month as "date.first_day" says when the catalogue
// has it (French: "1er août 2027"). Text that is no YYYY-MM-DD date (or a month the catalogue lacks) is
// returned as it is.
std::string longDate(std::string_view isoDate, const Catalogue& texts);

}  // namespace ets
