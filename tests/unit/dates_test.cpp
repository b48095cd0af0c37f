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

}  // namespace
}  // namespace ets
