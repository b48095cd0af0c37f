#include "core/text/dates.hpp"
#include "core/text/lists.hpp"

#include "core/text/names.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace ets {
namespace {

bool readDigits(std::string_view text, int& value) {
    value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

bool isValidDate(std::string_view ymd) {
    if (ymd.size() != 10 || ymd[4] != '-' || ymd[7] != '-')
        return false;
    int year = 0, month = 0, day = 0;
    if (!readDigits(ymd.substr(0, 4), year) || !readDigits(ymd.substr(5, 2), month) ||
        !readDigits(ymd.substr(8, 2), day))
        return false;
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

std::optional<CalendarDate> calendarDate(std::string_view ymd) {
    if (!isValidDate(ymd))
        return std::nullopt;
    CalendarDate date;
    readDigits(ymd.substr(0, 4), date.year);
    readDigits(ymd.substr(5, 2), date.month);
    readDigits(ymd.substr(8, 2), date.day);
    return date;
}

std::string isoDate(const CalendarDate& date) {
    if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1)
        return {};
    char text[40];  // room for any int: the checks above are not seen by the compiler's format check
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return isValidDate(text) ? std::string(text) : std::string();
}

std::optional<double> spreadsheetDay(std::string_view ymd) {
    if (!isValidDate(ymd))
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    readDigits(ymd.substr(0, 4), year);
    readDigits(ymd.substr(5, 2), month);
    readDigits(ymd.substr(8, 2), day);
    // Days from 1970-01-01 of a civil date (H. Hinnant's algorithm); 1970-01-01 is day 25569 of a spreadsheet.
    const long y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<double>(era * 146097 + doe - 719468 + 25569);
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

std::string longDate(std::string_view isoDate, const Catalogue& texts) {
    if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-')
        return std::string(isoDate);
    const std::string date(isoDate);
    const int month = std::atoi(date.substr(5, 2).c_str());
    const std::string monthName = month >= 1 ? listItem(texts.text("date.months"), month - 1) : std::string();
    if (monthName.empty())
        return date;
    std::string day = std::to_string(std::atoi(date.substr(8, 2).c_str()));
    // French writes the first of the month as an ordinal: « 1er août ».
    if (day == "1" && texts.has("date.first_day"))
        day = texts.text("date.first_day");
    return texts.text("date.long", {day, monthName, date.substr(0, 4)});
}

std::string nowIso() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    char withMillis[40];
    std::snprintf(withMillis, sizeof withMillis, "%s.%03dZ", text, static_cast<int>(millis));
    return withMillis;
}

}  // namespace ets
