#include "core/text/field_rules.hpp"

#include <gtest/gtest.h>

#include <clocale>
#include <string>

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
    EXPECT_FALSE(isValidHourAmount(1e-300)) << "within the tolerance of zero quarters";
    EXPECT_FALSE(isValidHourAmount(1e-10));
}

TEST(IsBlank, TreatsNoBreakSpacesAsBlank) {
    EXPECT_TRUE(isBlank(""));
    EXPECT_TRUE(isBlank(" \t\n"));
    EXPECT_TRUE(isBlank("\xC2\xA0 "));
    EXPECT_FALSE(isBlank(" a "));
    EXPECT_FALSE(isBlank("\xC3\xA9"));  // "é"
}

TEST(FieldRules, DecimalsAsPeopleTypeThem) {
    EXPECT_EQ(parseDecimal("1.5"), 1.5);
    EXPECT_EQ(parseDecimal(" 1,5 "), 1.5);
    EXPECT_EQ(parseDecimal("3"), 3.0);
    EXPECT_EQ(parseDecimal("-2"), -2.0);
    for (const char* bad : {"", "  ", "1,5 h", "abc", "1.2.3", "inf", "nan"})
        EXPECT_FALSE(parseDecimal(bad)) << bad;
    // Whatever C locale the process runs in (LibreOffice may set the user's): a comma decimal locale changes nothing.
    const char* before = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = before ? before : "C";
    if (std::setlocale(LC_NUMERIC, "fr_BE.UTF-8") || std::setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
        EXPECT_EQ(parseDecimal("1.5"), 1.5);
        EXPECT_EQ(parseDecimal("1,5"), 1.5);
    }
    std::setlocale(LC_NUMERIC, saved.c_str());
}

}  // namespace
}  // namespace ets
