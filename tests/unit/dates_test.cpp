#include "core/text/dates.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(IsValidDate, AcceptsRealCalendarDates) {
    EXPECT_TRUE(isValidDate("2025-01-31"));
    EXPECT_TRUE(isValidDate("2024-02-29"));  // leap year
    EXPECT_TRUE(isValidDate("2000-02-29"));  // divisible by 400
    EXPECT_TRUE(isValidDate("2025-12-31"));
}

TEST(IsValidDate, RefusesDaysThatDoNotExist) {
    EXPECT_FALSE(isValidDate("2025-02-29"));
    EXPECT_FALSE(isValidDate("2025-02-30"));
    EXPECT_FALSE(isValidDate("1900-02-29"));  // divisible by 100, not by 400
    EXPECT_FALSE(isValidDate("2025-04-31"));
    EXPECT_FALSE(isValidDate("2025-13-01"));
    EXPECT_FALSE(isValidDate("2025-00-10"));
    EXPECT_FALSE(isValidDate("2025-01-00"));
    EXPECT_FALSE(isValidDate("0000-01-01"));
}

TEST(IsValidDate, RefusesOtherWritings) {
    EXPECT_FALSE(isValidDate(""));
    EXPECT_FALSE(isValidDate("2025-2-3"));
    EXPECT_FALSE(isValidDate("15/01/2025"));
    EXPECT_FALSE(isValidDate("2025-01-15T10:00"));
    EXPECT_FALSE(isValidDate("2025-01-1a"));
    EXPECT_FALSE(isValidDate("+025-01-15"));
}

TEST(CalendarDate, DateFieldsGiveAndTakeIsoDates) {
    const std::optional<CalendarDate> date = calendarDate("2026-11-05");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->year, 2026);
    EXPECT_EQ(date->month, 11);
    EXPECT_EQ(date->day, 5);
    EXPECT_EQ(isoDate(*date), "2026-11-05");
    EXPECT_EQ(isoDate({2024, 2, 29}), "2024-02-29");
    EXPECT_EQ(isoDate({9, 1, 2}), "0009-01-02");
    EXPECT_FALSE(calendarDate(""));            // an empty field
    EXPECT_FALSE(calendarDate("05/11/2026"));  // the field shows the locale's way; the project keeps ISO
    EXPECT_EQ(isoDate({}), "");                // a field left empty
    EXPECT_EQ(isoDate({2025, 2, 29}), "");
    EXPECT_EQ(isoDate({2025, 13, 1}), "");
    EXPECT_EQ(isoDate({10000, 1, 1}), "");
}

TEST(SpreadsheetDay, CountsDaysAsCalcDoes) {
    EXPECT_EQ(spreadsheetDay("1899-12-30"), 0.0);
    EXPECT_EQ(spreadsheetDay("1900-03-01"), 61.0);
    EXPECT_EQ(spreadsheetDay("2024-02-29"), 45351.0);
    EXPECT_EQ(spreadsheetDay("2026-11-05"), 46331.0);
    EXPECT_EQ(spreadsheetDay("0001-01-01"), -693593.0);
    EXPECT_FALSE(spreadsheetDay("2025-02-29"));
    EXPECT_FALSE(spreadsheetDay(""));
}

TEST(LongDate, ADateInTheCataloguesWords) {
    const Catalogue texts = Catalogue::fromJsonText(
        R"({"date.long": "{1} {0}, {2}", "date.months": "Jan; Feb;Mar;Apr;May;Jun;Jul;Aug;Sep;Oct;Nov;Dec"})");
    EXPECT_EQ(longDate("2026-11-05", texts), "Nov 5, 2026");
    EXPECT_EQ(longDate("2026-02-12", texts), "Feb 12, 2026");
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    EXPECT_EQ(longDate("2026-11-12", french), "12 novembre 2026");
    EXPECT_EQ(longDate("2027-08-01", french), "1er août 2027");
    EXPECT_EQ(longDate("2027-08-01", Catalogue::load(ETS_STRINGS_DIR, "nl")), "1 augustus 2027");
}

TEST(LongDate, OtherTextStaysAsItIs) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    EXPECT_EQ(longDate("", french), "");
    EXPECT_EQ(longDate("12/11/2026", french), "12/11/2026");
    EXPECT_EQ(longDate("2026-13-01", french), "2026-13-01");
    EXPECT_EQ(longDate("2026-00-01", french), "2026-00-01");
    const Catalogue short_ = Catalogue::fromJsonText(R"({"date.long": "{0} {1} {2}", "date.months": "jan;feb"})");
    EXPECT_EQ(longDate("2026-03-01", short_), "2026-03-01");  // a month the catalogue lacks
}

}  // namespace
}  // namespace ets
