#include "core/layout/sheet_block.hpp"

#include "sheet_test_support.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

using namespace ets::testing;

TEST(SheetBlock, ColumnNamesGoFromZToAaAsInCalc) {
    EXPECT_EQ(columnName(0), "A");
    EXPECT_EQ(columnName(25), "Z");
    EXPECT_EQ(columnName(26), "AA");
    EXPECT_EQ(columnName(27), "AB");
    EXPECT_EQ(columnName(51), "AZ");
    EXPECT_EQ(columnName(52), "BA");
    EXPECT_EQ(columnName(701), "ZZ");
    EXPECT_EQ(columnName(702), "AAA");
    EXPECT_EQ(cellName(1, 11), "B12");
    EXPECT_EQ(cellName(27, 0), "AB1");
}

TEST(SheetBlock, WidthIsTheLongestRowAndNeverBelowOneCell) {
    SheetBlock block;
    EXPECT_EQ(block.width(), 1);
    EXPECT_EQ(block.height(), 1);
    block.rows = {{T("a")}, {T("a"), N(1), E()}, {}};
    EXPECT_EQ(block.width(), 3);
    EXPECT_EQ(block.height(), 3);
}

TEST(SheetBlock, ABlockGoesUnderTheOneBeforeWithEmptyRowsBetween) {
    const CellPosition first{3, 10}, last{8, 20};
    EXPECT_EQ(placeBelow(first, last, {2, false}).column, 3);
    EXPECT_EQ(placeBelow(first, last, {2, false}).row, 23);
    EXPECT_EQ(placeBelow(first, last, {1, true}).column, 0);
    EXPECT_EQ(placeBelow(first, last, {1, true}).row, 22);
}

TEST(SheetBlock, ColoursAreReadFromHashAndSixHexDigits) {
    EXPECT_EQ(colourValue("#112233"), 0x112233);
    EXPECT_EQ(colourValue("#ffEE00"), 0xFFEE00);
    EXPECT_EQ(colourValue(""), std::nullopt);
    EXPECT_EQ(colourValue("112233"), std::nullopt);
    EXPECT_EQ(colourValue("#12345G"), std::nullopt);
    EXPECT_EQ(colourValue("#+12345"), std::nullopt);
}

TEST(SheetBlock, WhiteTextOnDarkBackgroundsOnly) {
    EXPECT_TRUE(needsWhiteText(0x000000));
    EXPECT_TRUE(needsWhiteText(0x112233));
    EXPECT_TRUE(needsWhiteText(0x00AA00));   // 99 of 255
    EXPECT_FALSE(needsWhiteText(0x00DD00));  // 129 of 255
    EXPECT_FALSE(needsWhiteText(0xFFEE00));
    EXPECT_FALSE(needsWhiteText(0xFFFFFF));
    EXPECT_FALSE(needsWhiteText(0x808080));  // 128: the middle reads black
    EXPECT_TRUE(needsWhiteText(0x7F7F7F));
}

TEST(SheetBlock, CellsReadBackAsAPersonSeesThem) {
    EXPECT_EQ(cellText(N(3)), "3");
    EXPECT_EQ(cellText(N(-2)), "-2");
    EXPECT_EQ(cellText(N(1.5)), std::to_string(1.5));
    EXPECT_EQ(cellText(N(2e9)), std::to_string(2e9));  // too large to be a count a person typed
    EXPECT_EQ(cellText(T(" Logement ")), " Logement ");
    EXPECT_EQ(cellText(E()), "");
}

TEST(SheetBlock, ATextStaysATextEvenWhenItLooksLikeAFormula) {
    const SheetCell text = T("=1+1");
    EXPECT_EQ(text.kind, SheetCell::Kind::Text);
    EXPECT_NE(text, F("=1+1"));
    const SheetCell link = SheetCell::link("/p/t.odt", "ETS_1", "Ouvrir");
    EXPECT_EQ(link.kind, SheetCell::Kind::Link);
    EXPECT_EQ(link.path, "/p/t.odt");
    EXPECT_EQ(link.anchor, "ETS_1");
    EXPECT_EQ(link.text, "Ouvrir");
}

}  // namespace
}  // namespace ets
