#include "core/coding/colour_palette.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace ets {
namespace {

const std::filesystem::path kStringsDir = ETS_STRINGS_DIR;

TEST(ColourPalette, NamedInEveryLanguageDefaultFirstAdvancedLast) {
    for (const char* language : {"fr", "en", "nl"}) {
        const std::vector<std::string> choices = colourChoices(Catalogue::load(kStringsDir, language));
        ASSERT_EQ(choices.size(), colourPalette().size() + 2) << language;
        EXPECT_EQ(std::set<std::string>(choices.begin(), choices.end()).size(), choices.size()) << language;
        for (const std::string& name : choices)
            EXPECT_EQ(name.find("colour."), std::string::npos) << language << ": a name is missing";
    }
    const std::vector<std::string> french = colourChoices(Catalogue::load(kStringsDir, "fr"));
    EXPECT_EQ(french.front(), "(couleur par défaut)");
    EXPECT_EQ(french[1], "Rouge");
    EXPECT_EQ(french.back(), "Autre couleur (code ci-dessous)");
}

TEST(ColourPalette, EveryCodeIsAColourTheCodebookTakes) {
    for (const NamedColour& colour : colourPalette()) {
        const std::string code = colour.code;
        ASSERT_EQ(code.size(), 7u);
        EXPECT_EQ(code[0], '#');
        EXPECT_EQ(code.find_first_not_of("0123456789ABCDEF", 1), std::string::npos) << code;
    }
}

TEST(ColourPalette, AThemesColourIsShownAsItsChoice) {
    EXPECT_EQ(colourChoiceOf(""), 0);
    EXPECT_EQ(colourChoiceOf("#C0392B"), 1);
    EXPECT_EQ(colourChoiceOf(" #c0392b "), 1);  // as a person or another tool wrote it
    const int other = static_cast<int>(colourPalette().size()) + 1;
    EXPECT_EQ(colourChoiceOf("#123456"), other);
    EXPECT_EQ(colourChoiceOf("rouge"), other);  // not a code: shown as typed, refused by the codebook if saved
}

TEST(ColourPalette, AChoiceIsAColour) {
    const int other = static_cast<int>(colourPalette().size()) + 1;
    EXPECT_EQ(codeOfChoice(0), "");
    EXPECT_EQ(codeOfChoice(1), "#C0392B");
    EXPECT_EQ(codeOfChoice(other), "");
    EXPECT_EQ(codeOfChoice(-1), "");
    // The list fills the code field; a code typed there by hand wins.
    EXPECT_EQ(colourOfChoice(1, ""), "#C0392B");
    EXPECT_EQ(colourOfChoice(0, ""), "");
    EXPECT_EQ(colourOfChoice(other, " #123456 "), "#123456");
    EXPECT_EQ(colourOfChoice(1, "#123456"), "#123456");
    for (int position = 0; position < other; ++position)
        EXPECT_EQ(colourChoiceOf(colourOfChoice(position, codeOfChoice(position))), position);
}

TEST(ColourPalette, ACodeIsTheNumberTheSampleIsPaintedWith) {
    EXPECT_EQ(colourNumber("#C0392B"), 0xC0392B);
    EXPECT_EQ(colourNumber(" #c0392b"), 0xC0392B);
    EXPECT_EQ(colourNumber("#000000"), 0);
    EXPECT_FALSE(colourNumber(""));
    EXPECT_FALSE(colourNumber("C0392B"));
    EXPECT_FALSE(colourNumber("#C0392G"));
    EXPECT_FALSE(colourNumber("#C0392B0"));
}

}  // namespace
}  // namespace ets
