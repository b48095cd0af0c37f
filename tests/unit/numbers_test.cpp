#include "core/text/numbers.hpp"

#include <gtest/gtest.h>

#include <clocale>

namespace ets {
namespace {

const Catalogue& shipped(const char* language) {
    static const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    static const Catalogue english = Catalogue::load(ETS_STRINGS_DIR, "en");
    static const Catalogue dutch = Catalogue::load(ETS_STRINGS_DIR, "nl");
    return language[0] == 'f' ? french : language[0] == 'e' ? english : dutch;
}

TEST(Numbers, DecimalsInTheLanguagesSeparatorTrailingZerosDropped) {
    EXPECT_EQ(decimalText(0.31818, 3, shipped("fr")), "0,318");
    EXPECT_EQ(decimalText(0.31818, 3, shipped("en")), "0.318");
    EXPECT_EQ(decimalText(85.0, 1, shipped("nl")), "85");
    EXPECT_EQ(decimalText(-0.5, 3, shipped("fr")), "-0,5");
    EXPECT_EQ(decimalText(-0.0001, 2, shipped("fr")), "0");
}

TEST(Numbers, PercentagesFollowTheLanguage) {
    EXPECT_EQ(percentText(0.853, shipped("fr")), "85,3\u00a0%");
    EXPECT_EQ(percentText(0.853, shipped("en")), "85.3%");
    EXPECT_EQ(percentText(1.0, shipped("nl")), "100%");
}

TEST(Numbers, TheProcessLocaleChangesNothing) {
    // LibreOffice may run under a locale that writes numbers with a comma: our text must not depend on it.
    const char* before = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = before ? before : "C";
    if (!std::setlocale(LC_NUMERIC, "fr_BE.UTF-8") && !std::setlocale(LC_NUMERIC, "fr_FR.UTF-8") &&
        !std::setlocale(LC_NUMERIC, "de_DE.UTF-8"))
        GTEST_SKIP() << "no locale with a decimal comma on this machine";
    EXPECT_EQ(decimalText(2.5, 2, shipped("en")), "2.5");
    EXPECT_FALSE(isSingular("1.5", "en"));  // strtod would read 1 there
    std::setlocale(LC_NUMERIC, saved.c_str());
}

}  // namespace
}  // namespace ets
