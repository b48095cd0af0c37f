#include "core/text/names.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(Names, TrimSpacesAndNoBreakSpacesAroundOnly) {
    // (A hex escape runs on over hex digits: "\xA0" "C" is split so that C stays a letter.)
    EXPECT_EQ(trimmedName(" \t\xC2\xA0"
                          "Crise du logement\xC2\xA0 \n"),
              "Crise du logement");
    EXPECT_EQ(trimmedName("Crise\xC2\xA0"
                          "du logement"),
              "Crise\xC2\xA0"
              "du logement");
    EXPECT_EQ(trimmedName(" \xC2\xA0 "), "");
}

// « é » typed as e + U+0301 (macOS, some PDFs) is the same name as « é » typed on a French keyboard.
TEST(Names, DecomposedLettersAreComposedSoTheNameIsTheSame) {
    const std::string decomposed = "Re\u0301seau Sante\u0301 Bruxelles";
    EXPECT_EQ(trimmedName(decomposed), "Réseau Santé Bruxelles");
    EXPECT_TRUE(sameName(decomposed, "réseau santé bruxelles"));
    EXPECT_EQ(trimmedName("Caf\xC3"), "Caf\xC3");  // not UTF-8: left for the name checks to refuse
}

TEST(Names, FoldAsciiAndLatinCapitalsButKeepAccents) {
    EXPECT_EQ(foldCase("ÉPUISEMENT des ÉQUIPES"), "épuisement des équipes");
    EXPECT_EQ(foldCase("× Ü Ø"), "× ü ø");
    EXPECT_EQ(nameKey("L\xE2\x80\x99\xC3\x8Elot "), "l'\xC3\xAElot");  // the typographic apostrophe is the straight one
    EXPECT_TRUE(sameName(" Épuisement ", "épuisement"));
    EXPECT_FALSE(sameName("Epuisement", "Épuisement"));
}

TEST(Names, ExcerptCutsBetweenWordsAndNeverInsideALetter) {
    EXPECT_EQ(excerpt("Court.", 40), "Court.");
    EXPECT_EQ(excerpt("Le non-recours, on le voit tous les jours", 20), "Le non-recours, on\xE2\x80\xA6");
    // 'é' is two bytes: a cut at byte 2 of "éééé" keeps whole letters.
    EXPECT_EQ(excerpt("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3), "\xC3\xA9\xE2\x80\xA6");
}

}  // namespace
}  // namespace ets
