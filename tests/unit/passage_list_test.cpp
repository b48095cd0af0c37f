// The Passages command's list and filters, and the Themes command's edits, decided in the core.

#include "core/coding/passage_list.hpp"
#include "core/coding/theme_edit.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace ets {
namespace {

Project listed() {
    Project project;
    project.themes = {{"th-log", "Logement", "", "", ""},
                      {"th-num", "Fracture numérique", "", "", "th-log"},
                      {"th-acc", "Accueil", "", "", ""}};
    project.organisations = {
        {"o-1", "Maison médicale", "", "", "", "", "", OrganisationRole::Knot, OrganisationStatus::Interviewed, ""}};
    Interview interview;
    interview.id = "i-1";
    interview.organisationId = "o-1";
    interview.transcript = "transcripts/mm.odt";
    project.interviews = {interview};
    project.passages = {
        {"pa-1", "transcripts/mm.odt", "ETS_000000000001", {"th-log", "th-num"}, "Claire", "Les loyers.", "m1"},
        {"pa-2", "transcripts/autre.odt", "ETS_000000000002", {"th-acc"}, "Yasmine", "Personne ne répond.", ""},
        {"pa-3", "transcripts/mm.odt", "ETS_000000000003", {"th-acc"}, "Yasmine", "On attend.", ""}};
    return project;
}

std::vector<std::string> anchors(const std::vector<ListedPassage>& passages) {
    std::vector<std::string> result;
    for (const ListedPassage& passage : passages)
        result.push_back(passage.anchor.substr(15));
    return result;
}

TEST(ListPassages, EveryPassageWithItsThemesNamesAndItsTranscriptsOrganisation) {
    const std::vector<ListedPassage> all = listPassages(listed(), {});
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].themes, (std::vector<std::string>{"Logement", "Fracture numérique"}));
    EXPECT_EQ(all[0].organisation, "Maison médicale");
    EXPECT_EQ(all[1].organisation, "");
    EXPECT_EQ(all[0].memo, "m1");
}

TEST(ListPassages, FiltersByTranscriptThemeOrganisationAndCoderWithTheCoresNameRule) {
    const Project project = listed();
    EXPECT_EQ(anchors(listPassages(project, {"transcripts/mm.odt", "", "", ""})), (std::vector<std::string>{"1", "3"}));
    EXPECT_EQ(anchors(listPassages(project, {"", " accueil ", "", ""})), (std::vector<std::string>{"2", "3"}));
    EXPECT_EQ(anchors(listPassages(project, {"", "", "MAISON MÉDICALE", ""})), (std::vector<std::string>{"1", "3"}));
    EXPECT_EQ(anchors(listPassages(project, {"", "Accueil", "", "yasmine"})), (std::vector<std::string>{"2", "3"}));
    EXPECT_TRUE(listPassages(project, {"", "", "", "Personne"}).empty());
    try {
        listPassages(project, {"", "Inconnu", "", ""});
        FAIL() << "an unknown theme must be refused";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "theme.unknown");
    }
}

TEST(ListPassages, JsonHasTheFieldsOfTheAutomationContract) {
    const nlohmann::json json = passagesJson(listPassages(listed(), {"", "Logement", "", ""}));
    ASSERT_EQ(json.size(), 1u);
    EXPECT_EQ(json[0]["anchor"], "ETS_000000000001");
    EXPECT_EQ(json[0]["transcript"], "transcripts/mm.odt");
    EXPECT_EQ(json[0]["themes"], nlohmann::json::array({"Logement", "Fracture numérique"}));
    EXPECT_EQ(json[0]["organisation"], "Maison médicale");
    EXPECT_EQ(json[0]["coder"], "Claire");
    EXPECT_EQ(json[0]["text"], "Les loyers.");
    EXPECT_EQ(json[0]["memo"], "m1");
}

TEST(ListPassages, ADialogLineShowsThemeOrganisationExcerptAndMemoInColumnsThatFit) {
    const std::vector<ListedPassage> all = listPassages(listed(), {});
    // Theme(s) 22, organisation 18, text 48, memo 18 characters, two spaces between.
    EXPECT_EQ(passageLine(all[0]), fixedWidthCell("Logement, Fracture numérique", 22) + "  " +
                                       fixedWidthCell("Maison médicale", 18) + "  " +
                                       fixedWidthCell("Les loyers.", 48) + "  " + all[0].memo);
    EXPECT_EQ(fixedWidthCell("Logement, Fracture numérique", 22), "Logement, Fracture nu…");
    EXPECT_EQ(fixedWidthCell("Maison médicale", 18), "Maison médicale   ");
    ListedPassage longOne = all[1];
    longOne.text = std::string(200, 'a') + " fin";
    longOne.memo = "un mémo bien plus long que sa colonne, sur deux\nlignes";
    longOne.organisation = "";
    const std::string line = passageLine(longOne);
    std::size_t characters = 0;
    for (unsigned char c : line)
        characters += (c & 0xC0) != 0x80;
    EXPECT_EQ(characters, 22u + 18 + 48 + 18 + 3 * 2);  // every line as wide as the columns, never wider
    EXPECT_EQ(line.find('\n'), std::string::npos);
}

TEST(ListPassages, CellsCutOrPaddedToTheirWidthOnOneLine) {
    EXPECT_EQ(fixedWidthCell("", 3), "   ");
    EXPECT_EQ(fixedWidthCell("abc", 3), "abc");
    EXPECT_EQ(fixedWidthCell("abcd", 3), "ab…");
    EXPECT_EQ(fixedWidthCell("ab cd", 4), "ab… ");  // no space before « … », padded after it
    EXPECT_EQ(fixedWidthCell("é\tè\n\n  à ", 5), "é è à");
    EXPECT_EQ(fixedWidthCell("Équipe", 6), "Équipe");
}

TEST(ListPassages, HeaderInTheCataloguesWordsOverTheColumns) {
    const Catalogue texts = Catalogue::fromJsonText(R"({"passages.column_theme": "Thème", "passages.column_organisation":
        "Organisation", "passages.column_excerpt": "Extrait", "passages.column_memo": "Mémo"})");
    EXPECT_EQ(passageHeader(texts), fixedWidthCell("Thème", 22) + "  " + fixedWidthCell("Organisation", 18) + "  " +
                                        fixedWidthCell("Extrait", 48) + "  Mémo");
}

TEST(FilterChoices, ThemesOrganisationsAndEachCoderOnce) {
    const FilterChoices choices = filterChoices(listed());
    EXPECT_EQ(choices.themes, (std::vector<std::string>{"Logement", "Fracture numérique", "Accueil"}));
    EXPECT_EQ(choices.organisations, (std::vector<std::string>{"Maison médicale"}));
    EXPECT_EQ(choices.coders, (std::vector<std::string>{"Claire", "Yasmine"}));
}

TEST(ThemeEdit, ActionsAreReadInAnyCaseAndOthersRefused) {
    EXPECT_EQ(parseThemeAction("merge"), ThemeAction::Merge);
    EXPECT_EQ(parseThemeAction("Describe"), ThemeAction::Describe);
    EXPECT_TRUE(changesPassages(ThemeAction::Delete));
    EXPECT_FALSE(changesPassages(ThemeAction::Describe));
    try {
        parseThemeAction("Supprimer");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "args.bad_choice");
        EXPECT_EQ(error.args()[1], "Supprimer");
    }
}

TEST(ThemeEdit, AddAndDescribeSaySoAndDescribeChangesOnlyWhatIsGiven) {
    Project project = listed();
    ThemeEdit add;
    add.action = ThemeAction::Add;
    add.name = " Santé mentale ";
    add.parent = "Accueil";
    const ThemeEditDone added = editThemes(project, add);
    EXPECT_EQ(added.sentence, "themes.added");
    EXPECT_EQ(added.sentenceArgs, (std::vector<std::string>{"Santé mentale"}));
    EXPECT_EQ(project.themes.back().parentId, "th-acc");

    ThemeEdit describe;
    describe.action = ThemeAction::Describe;
    describe.name = "Logement";
    describe.colour = "#112233";
    editThemes(project, describe);
    EXPECT_EQ(project.findTheme("th-log")->colour, "#112233");
    describe.colour.reset();
    describe.description = "Trouver où vivre.";
    editThemes(project, describe);
    EXPECT_EQ(project.findTheme("th-log")->colour, "#112233");
    EXPECT_EQ(project.findTheme("th-log")->description, "Trouver où vivre.");
}

TEST(ThemeEdit, ABadColourLeavesTheDescriptionAsItWasToo) {
    Project project = listed();
    ThemeEdit describe;
    describe.action = ThemeAction::Describe;
    describe.name = "Logement";
    describe.description = "Nouveau";
    describe.colour = "rouge";
    EXPECT_THROW(editThemes(project, describe), Error);
    EXPECT_EQ(project.findTheme("th-log")->description, "");
}

TEST(ThemeEdit, RenameMergeAndDeleteSayHowManyPassagesAndTranscriptsChange) {
    Project project = listed();
    ThemeEdit merge;
    merge.action = ThemeAction::Merge;
    merge.name = "Accueil";
    merge.into = "Logement";
    const ThemeEditDone merged = editThemes(project, merge);
    EXPECT_EQ(merged.sentence, "themes.merged");
    EXPECT_EQ(merged.sentenceArgs, (std::vector<std::string>{"Accueil", "Logement", "2", "2"}));
    EXPECT_EQ(merged.change.transcripts, (std::vector<std::string>{"transcripts/autre.odt", "transcripts/mm.odt"}));

    ThemeEdit remove;
    remove.action = ThemeAction::Delete;
    remove.name = "Fracture numérique";
    EXPECT_THROW(editThemes(project, remove), Error);  // passages carry it: not without Force
    remove.force = true;
    EXPECT_EQ(editThemes(project, remove).sentenceArgs, (std::vector<std::string>{"Fracture numérique", "1", "1"}));
}

TEST(ThemeTree, ParentsBeforeTheirSubThemesWithDepthAndPassages) {
    const Project project = listed();
    const std::vector<ThemeInTree> tree = themeTree(project);  // points into the project
    ASSERT_EQ(tree.size(), 3u);
    EXPECT_EQ(tree[0].theme->name, "Logement");
    EXPECT_EQ(tree[1].theme->name, "Fracture numérique");
    EXPECT_EQ(tree[1].depth, 1);
    EXPECT_EQ(tree[1].passages, 1);
    EXPECT_EQ(tree[2].theme->name, "Accueil");
    EXPECT_EQ(tree[2].passages, 2);
}

}  // namespace
}  // namespace ets
