#include "core/analysis/tally_sheet.hpp"

#include "sheet_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace ets {
namespace {

using namespace ets::testing;

// Logement (dark) > Expulsions; Santé (light). alpha has t1, Bravo t2; t3 has passages but no interview.
//   p1 t1 [Logement]   p2 t1 [Expulsions]   p3 t2 [Santé]   p4 t3 [Santé]
Project smallProject() {
    Project project;
    project.themes = {{"th-l", "Logement", "", "#112233", ""},
                      {"th-e", "Expulsions", "", "", "th-l"},
                      {"th-s", "Santé", "", "#FFEE00", ""}};
    project.organisations = {{"or-b", "Bravo"}, {"or-a", "alpha"}};
    project.interviews.resize(2);
    project.interviews[0].id = "in-1";
    project.interviews[0].organisationId = "or-a";
    project.interviews[0].date = "2024-11-05";
    project.interviews[0].transcript = "transcripts/t1.odt";
    project.interviews[1].id = "in-2";
    project.interviews[1].organisationId = "or-b";
    project.interviews[1].date = "2024-11-20";
    project.interviews[1].transcript = "transcripts/t2.odt";
    auto passage = [](const char* id, const char* transcript, const char* theme) {
        Passage p;
        p.id = id;
        p.transcript = transcript;
        p.anchor = std::string("ETS_") + id;
        p.themeIds = {theme};
        p.coder = "Claire";
        p.text = std::string("text ") + id;
        p.memo = std::string("memo ") + id;
        return p;
    };
    project.passages = {passage("p1", "transcripts/t1.odt", "th-l"), passage("p2", "transcripts/t1.odt", "th-e"),
                        passage("p3", "transcripts/t2.odt", "th-s"), passage("p4", "/ailleurs/t3.odt", "th-s")};
    return project;
}

// Every text is its key, arguments shown: the tests see which text goes where.
const Catalogue& keys() {
    static const Catalogue catalogue = Catalogue::fromJsonText(
        R"({"tally.done": "done {0}|{1}|{2}|{3}|{4}|{5}", "tally.incomplete": "incomplete {0}|{1}"})");
    return catalogue;
}

TEST(TallySheet, ThemesBlockRowsHeaderThemesAndTotal) {
    const SheetBlock block = tallyThemesBlock(tallyThemes(smallProject()), keys());
    EXPECT_EQ(block.name, "ETS_Tally");
    EXPECT_EQ(block.sheetName, "tally.sheet_themes");
    const std::vector<SheetRow> expected = {
        {T("tally.column_theme"), T("tally.column_organisations"), T("tally.column_interviews"),
         T("tally.column_passages"), T("tally.column_share"), T("alpha"), T("Bravo"), T("tally.no_organisation")},
        {T("Logement"), N(1), N(1), N(2), N(1.0 / 3), N(2), N(0), N(0)},
        {T("Expulsions"), N(1), N(1), N(1), N(1.0 / 3), N(1), N(0), N(0)},
        {T("Santé"), N(1), N(2), N(2), N(2.0 / 3), N(0), N(1), N(1)},
        {T("tally.total"), N(2), N(3), N(4), E(), N(2), N(1), N(1)},
    };
    EXPECT_EQ(block.rows, expected);
}

TEST(TallySheet, ThemesBlockLooksBoldPercentColoursAndIndents) {
    const BlockLooks looks = tallyThemesBlock(tallyThemes(smallProject()), keys()).looks;
    EXPECT_EQ(looks.boldRows, (std::vector<int>{0, 4}));
    EXPECT_FALSE(looks.normalWeightFirst);
    EXPECT_EQ(looks.percent, (std::vector<CellArea>{{1, 4, 4, 4}}));
    EXPECT_EQ(looks.lookColumn, 0);
    CellLook logement{1, 0, 0x112233, true, 0};
    CellLook expulsions{2, 0, std::nullopt, false, 400};
    CellLook sante{3, 0, 0xFFEE00, false, 0};
    EXPECT_EQ(looks.cellLooks, (std::vector<CellLook>{logement, expulsions, sante}));
    EXPECT_TRUE(looks.fitColumns);
    EXPECT_TRUE(looks.columnWidths.empty());
    EXPECT_TRUE(looks.wrapped.empty());
}

TEST(TallySheet, DeepSubThemesAreIndentedTenLevelsAtMost) {
    Project project = smallProject();
    std::string parent = "th-e";
    for (int level = 2; level <= 12; ++level) {
        const std::string id = "th-" + std::to_string(level);
        project.themes.push_back({id, "Niveau " + std::to_string(level), "", "", parent});
        parent = id;
    }
    project.passages[1].themeIds = {parent};
    const BlockLooks looks = tallyThemesBlock(tallyThemes(project), keys()).looks;
    int deepest = 0;
    for (const CellLook& look : looks.cellLooks)
        deepest = std::max(deepest, look.indent);
    EXPECT_EQ(deepest, 4000);  // twelve levels down, indented as ten
}

TEST(TallySheet, ChartOfThemesByOrganisationsBesideTheBlock) {
    const SheetBlock block = tallyThemesBlock(tallyThemes(smallProject()), keys());
    ASSERT_TRUE(block.chart);
    const BlockChart& chart = *block.chart;
    EXPECT_EQ(chart.name, "ETS_TallyChart");
    EXPECT_EQ(chart.data, (CellArea{0, 0, 3, 1}));  // header and three themes, theme and organisations columns
    EXPECT_EQ(chart.title, "tally.chart_title");
    EXPECT_EQ(chart.columnsRight, 2);
    EXPECT_EQ(chart.width, 16000);
    EXPECT_EQ(chart.height, 9000);
    EXPECT_TRUE(chart.horizontalBars);
    EXPECT_TRUE(chart.firstRowOnTop);
    EXPECT_TRUE(block.printStyle.empty());
}

TEST(TallySheet, QuotesBlockLinksEachPassageToItsTranscript) {
    const SheetBlock block = tallyQuotesBlock(tallyThemes(smallProject()), keys(), "/projets/ets");
    EXPECT_EQ(block.name, "ETS_Quotes");
    EXPECT_EQ(block.sheetName, "tally.sheet_quotes");
    auto link = [](const char* path, const char* anchor) { return SheetCell::link(path, anchor, "tally.open_link"); };
    const std::vector<SheetRow> expected = {
        {T("tally.column_themes"), T("tally.column_organisation"), T("tally.column_date"), T("tally.column_coder"),
         T("tally.column_text"), T("tally.column_memo"), T("tally.column_transcript"), T("tally.column_link")},
        {T("Logement"), T("alpha"), N(45601), T("Claire"), T("text p1"), T("memo p1"), T("transcripts/t1.odt"),
         link("/projets/ets/transcripts/t1.odt", "ETS_p1")},
        {T("Expulsions"), T("alpha"), N(45601), T("Claire"), T("text p2"), T("memo p2"), T("transcripts/t1.odt"),
         link("/projets/ets/transcripts/t1.odt", "ETS_p2")},
        {T("Santé"), T("Bravo"), N(45616), T("Claire"), T("text p3"), T("memo p3"), T("transcripts/t2.odt"),
         link("/projets/ets/transcripts/t2.odt", "ETS_p3")},
        {T("Santé"), T("tally.no_organisation"), SheetCell::empty(), T("Claire"), T("text p4"), T("memo p4"), T("/ailleurs/t3.odt"),
         link("/ailleurs/t3.odt", "ETS_p4")},
    };
    EXPECT_EQ(block.rows, expected);
}

TEST(TallySheet, QuotesBlockWrapsThePassageAndMemoInWideColumns) {
    const BlockLooks looks = tallyQuotesBlock(tallyThemes(smallProject()), keys(), "/p").looks;
    EXPECT_EQ(looks.boldRows, (std::vector<int>{0}));
    EXPECT_EQ(looks.wrapped, (std::vector<CellArea>{{0, 4, 4, 5}}));
    EXPECT_TRUE(looks.alignTop);
    EXPECT_TRUE(looks.fitColumns);
    EXPECT_EQ(looks.columnWidths, (std::vector<std::pair<int, int>>{{4, 12000}, {5, 6000}}));
    EXPECT_TRUE(looks.percent.empty());
    EXPECT_EQ(looks.dates, (std::vector<CellArea>{{1, 2, 4, 2}}));  // interview dates are dates, not ISO text
}

TEST(TallySheet, MessageCountsAndNamesTheTranscriptsNotRead) {
    const Tally tally = tallyThemes(smallProject());
    EXPECT_EQ(countedOrganisations(tally), 2);
    EXPECT_EQ(tallyMessage(tally, {}, "Thèmes", "Citations", keys()), "done 3|4|3|2|Thèmes|Citations");
    EXPECT_EQ(tallyMessage(tally, {"a.odt", "b.odt"}, "Thèmes (2)", "Citations", keys()),
              "done 3|4|3|2|Thèmes (2)|Citations\nincomplete 2|a.odt, b.odt");
}

}  // namespace
}  // namespace ets
