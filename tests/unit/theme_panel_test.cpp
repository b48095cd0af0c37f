// The ETS sidebar's decisions: order (last used first, sub-themes under their parent), counts, ticks, filter and the
// shortcuts 1 to 9.

#include "core/coding/theme_panel.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

// Logement > Loyers, Insalubrité; Numérique; Santé > Santé mentale.
Project codebook() {
    Project project;
    project.themes = {{"th-log", "Logement", "", "#AA0000", ""},
                      {"th-loy", "Loyers", "", "", "th-log"},
                      {"th-ins", "Insalubrité", "", "", "th-log"},
                      {"th-num", "Numérique", "", "#00AA00", ""},
                      {"th-san", "Santé", "", "", ""},
                      {"th-men", "Santé mentale", "", "", "th-san"}};
    return project;
}

std::vector<std::string> names(const std::vector<ThemeRow>& rows) {
    std::vector<std::string> out;
    for (const ThemeRow& row : rows)
        out.push_back(std::string(static_cast<std::size_t>(row.depth) * 2, ' ') + row.name);
    return out;
}

Passage passage(const std::string& id, std::vector<std::string> themes) {
    Passage p;
    p.id = id;
    p.transcript = "t.odt";
    p.anchor = "ETS_" + id;
    p.themeIds = std::move(themes);
    return p;
}

TEST(ThemePanel, WithoutRecentUseTheTreeFollowsTheCodebookWithSubThemesBelowTheirParent) {
    const std::vector<ThemeRow> rows = themePanelRows(codebook(), {}, "", {});
    EXPECT_EQ(names(rows), (std::vector<std::string>{"Logement", "  Loyers", "  Insalubrité", "Numérique", "Santé",
                                                     "  Santé mentale"}));
    EXPECT_EQ(rows[0].colour, "#AA0000");
    EXPECT_EQ(rows[0].id, "th-log");
}

TEST(ThemePanel, TheLastThemesUsedComeFirstAndAParentRanksByItsSubThemes) {
    // Santé mentale used last, then Numérique, then Insalubrité.
    const std::vector<ThemeRow> rows =
        themePanelRows(codebook(), {"santé mentale", "Numérique", "Insalubrité", "gone"}, "", {});
    EXPECT_EQ(names(rows), (std::vector<std::string>{"Santé", "  Santé mentale", "Numérique", "Logement",
                                                     "  Insalubrité", "  Loyers"}));
}

TEST(ThemePanel, CountsArePassagesOfTheIndexCarryingTheThemeItself) {
    Project project = codebook();
    project.passages = {passage("a", {"th-log", "th-num"}), passage("b", {"th-log"}), passage("c", {"th-loy"}),
                        passage("d", {"th-log", "th-log"})};
    const std::vector<ThemeRow> rows = themePanelRows(project, {}, "", {});
    EXPECT_EQ(rows[0].passages, 3);  // Logement: a, b, d (d once)
    EXPECT_EQ(rows[1].passages, 1);  // Loyers
    EXPECT_EQ(rows[2].passages, 0);  // Insalubrité
    EXPECT_EQ(rows[3].passages, 1);  // Numérique
}

TEST(ThemePanel, TheThemesGivenAreTicked) {
    const std::vector<ThemeRow> rows = themePanelRows(codebook(), {}, "", {"th-loy", "th-num"});
    for (const ThemeRow& row : rows)
        EXPECT_EQ(row.ticked, row.id == "th-loy" || row.id == "th-num") << row.name;
}

TEST(ThemePanel, TheFilterKeepsMatchingThemesAndTheirParentsForContext) {
    const std::vector<ThemeRow> rows = themePanelRows(codebook(), {}, "MENT", {});
    EXPECT_EQ(names(rows), (std::vector<std::string>{"Logement", "Santé", "  Santé mentale"}));
    EXPECT_TRUE(rows[0].matches);   // Logement contains "ment"
    EXPECT_FALSE(rows[1].matches);  // Santé only frames Santé mentale
    EXPECT_TRUE(rows[2].matches);
}

TEST(ThemePanel, TheFilterIgnoresCaseAndABlankFilterKeepsEverything) {
    EXPECT_EQ(themePanelRows(codebook(), {}, "  ", {}).size(), 6u);
    EXPECT_EQ(names(themePanelRows(codebook(), {}, "LOYERS", {})), (std::vector<std::string>{"Logement", "  Loyers"}));
    EXPECT_TRUE(themePanelRows(codebook(), {}, "rien de tel", {}).empty());
}

TEST(ThemePanel, TheFirstNineRowsGetShortcutsThatTheFilterDoesNotRenumber) {
    Project project = codebook();
    for (int i = 0; i < 6; ++i)
        project.themes.push_back({"th-x" + std::to_string(i), "Extra " + std::to_string(i), "", "", ""});
    const std::vector<ThemeRow> rows = themePanelRows(project, {}, "", {});
    ASSERT_EQ(rows.size(), 12u);
    for (std::size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].shortcut, i < 9 ? static_cast<int>(i) + 1 : 0) << rows[i].name;
    const std::vector<ThemeRow> filtered = themePanelRows(project, {}, "numérique", {});
    ASSERT_EQ(filtered.size(), 1u);
    EXPECT_EQ(filtered[0].shortcut, 4);
}

TEST(ThemePanel, AShortcutTagsTheThemeOfItsNumber) {
    EXPECT_EQ(shortcutTheme(codebook(), 1), "Logement");
    EXPECT_EQ(shortcutTheme(codebook(), 2), "Loyers");
    EXPECT_EQ(shortcutTheme(codebook(), 4), "Numérique");
    EXPECT_EQ(shortcutTheme(codebook(), 7), std::nullopt);  // six themes only
    EXPECT_EQ(shortcutTheme(codebook(), 0), std::nullopt);
    EXPECT_EQ(shortcutTheme(codebook(), 10), std::nullopt);
    EXPECT_EQ(shortcutTheme(Project{}, 1), std::nullopt);
}

TEST(ThemePanel, RecentUseMovesAThemeUpButItKeepsItsNumber) {
    const std::vector<ThemeRow> rows = themePanelRows(codebook(), {"Numérique"}, "", {});
    ASSERT_EQ(rows[0].name, "Numérique");
    EXPECT_EQ(rows[0].shortcut, 4);  // a key never changes theme under a coder's fingers
    EXPECT_EQ(rows[1].name, "Logement");
    EXPECT_EQ(rows[1].shortcut, 1);
}

TEST(ThemePanel, AThemeWhoseParentIsMissingStandsAtTheTopLevel) {
    Project project = codebook();
    project.themes.push_back({"th-orphan", "Orphelin", "", "", "th-nowhere"});
    const std::vector<ThemeRow> rows = themePanelRows(project, {}, "", {});
    EXPECT_EQ(rows.back().name, "Orphelin");
    EXPECT_EQ(rows.back().depth, 0);
}

TEST(ThemesAtAnchors, TheCodersOwnPassagesUnderTheCursorGiveTheirThemesByIdElseByName) {
    const Project project = codebook();
    const std::vector<TagRecord> records = {
        {"ETS_a", {{"th-log", "Logement"}}, "", "Claire", ""},
        {"ETS_b", {{"other-id", "numérique"}, {"x", "Inconnu"}}, "", "claire", ""},
        {"ETS_c", {{"th-san", "Santé"}}, "", "Samir", ""},           // another coder's: blind coding
        {"ETS_d", {{"th-men", "Santé mentale"}}, "", "Claire", ""},  // not under the cursor
    };
    EXPECT_EQ(themesAtAnchors(project, records, {"ETS_a", "ETS_b", "ETS_c"}, "Claire"),
              (std::set<std::string>{"th-log", "th-num"}));
    EXPECT_TRUE(themesAtAnchors(project, records, {}, "Claire").empty());
}

}  // namespace
}  // namespace ets
