#include "core/field_rules.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(IsValidColour, AcceptsHashAndSixHexDigitsOrNothing) {
    EXPECT_TRUE(isValidColour(""));
    EXPECT_TRUE(isValidColour("#A0b1C2"));
    EXPECT_FALSE(isValidColour("A0B1C2"));
    EXPECT_FALSE(isValidColour("#A0B1C"));
    EXPECT_FALSE(isValidColour("#A0B1C2F"));
    EXPECT_FALSE(isValidColour("#GGGGGG"));
    EXPECT_FALSE(isValidColour("red"));
}

TEST(IsValidHourAmount, AcceptsPositiveQuarterHours) {
    EXPECT_TRUE(isValidHourAmount(0.25));
    EXPECT_TRUE(isValidHourAmount(7.75));
    EXPECT_TRUE(isValidHourAmount(0.1 + 0.15));
    EXPECT_FALSE(isValidHourAmount(0));
    EXPECT_FALSE(isValidHourAmount(-1));
    EXPECT_FALSE(isValidHourAmount(1.1));
    EXPECT_FALSE(isValidHourAmount(0.2));
}

TEST(IsBlank, TreatsNoBreakSpacesAsBlank) {
    EXPECT_TRUE(isBlank(""));
    EXPECT_TRUE(isBlank(" \t\n"));
    EXPECT_TRUE(isBlank("\xC2\xA0 "));
    EXPECT_FALSE(isBlank(" a "));
    EXPECT_FALSE(isBlank("\xC3\xA9"));  // "é"
}

}  // namespace
}  // namespace ets
