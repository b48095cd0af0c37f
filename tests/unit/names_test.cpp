#include "core/names.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(Names, TrimSpacesAndNoBreakSpacesAroundOnly) {
    // (A hex escape runs on over hex digits: "\xA0" "C" is split so that C stays a letter.)
    EXPECT_EQ(trimmedName(" \t\xC2\xA0" "Crise du logement\xC2\xA0 \n"), "Crise du logement");
    EXPECT_EQ(trimmedName("Crise\xC2\xA0" "du logement"), "Crise\xC2\xA0" "du logement");
    EXPECT_EQ(trimmedName(" \xC2\xA0 "), "");
}

TEST(Names, FoldAsciiAndLatinCapitalsButKeepAccents) {
    EXPECT_EQ(foldCase("ÉPUISEMENT des ÉQUIPES"), "épuisement des équipes");
    EXPECT_EQ(foldCase("× Ü Ø"), "× ü ø");
    EXPECT_TRUE(sameName(" Épuisement ", "épuisement"));
    EXPECT_FALSE(sameName("Epuisement", "Épuisement"));
}

}  // namespace
}  // namespace ets
