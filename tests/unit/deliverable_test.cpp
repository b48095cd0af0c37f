#include "core/analysis/deliverable.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

// Two organisations; "Logement" is said by both, "Santé" by one, "Vide" by nobody.
Project deliverableProject() {
    Project project;
    project.name = "Exploration";
    project.themes = {
        {"th-san", "Santé", "", "", ""}, {"th-log", "Logement", "", "", ""}, {"th-vide", "Vide", "", "", ""}};
    for (const char* letter : {"A", "B"}) {
        Organisation organisation;
        organisation.id = std::string("org-") + letter;
        organisation.name = std::string("Org ") + letter;
        project.organisations.push_back(organisation);
        Interview interview;
        interview.id = std::string("int-") + letter;
        interview.organisationId = organisation.id;
        interview.transcript = std::string("t/") + letter + ".odt";
        project.interviews.push_back(interview);
    }
    project.interviews[0].interviewers = {"Samir", "Claire"};
    project.interviews[1].interviewers = {"Claire", "Inès"};
    int n = 0;
    auto add = [&](const char* letter, const char* theme) {
        Passage passage;
        passage.id = "pa-" + std::to_string(++n);
        passage.anchor = "ETS_" + std::to_string(n);
        passage.transcript = std::string("t/") + letter + ".odt";
        passage.themeIds = {theme};
        passage.text = "text";
        project.passages.push_back(passage);
    };
    add("A", "th-san");
    add("A", "th-log");
    add("B", "th-log");
    return project;
}

const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"({
        "deliverable.subtitle": "SUBTITLE", "deliverable.authors": "by {0}", "deliverable.pseudonymised": "PSEUDONYMISED",
        "deliverable.toc": "CONTENTS", "deliverable.themes_heading": "THEMES", "deliverable.file": "deliverable",
        "deliverable.column_theme": "theme", "deliverable.column_problem": "problem",
        "deliverable.column_organisations": "organisations", "deliverable.column_interviews": "interviews",
        "deliverable.column_passages": "passages", "deliverable.column_carriers": "carriers",
        "date.long": "{0} {1} {2}", "date.months": "jan;feb;mar;apr;may;jun;jul;aug;sep;oct;nov;dec"})");
    return catalogue;
}

TEST(Deliverable, ThemesAreEveryThemeWithPassagesInTheTallysOrder) {
    EXPECT_EQ(deliverableThemes(deliverableProject(), {}), (std::vector<std::string>{"Logement", "Santé"}));
}

TEST(Deliverable, NamedThemesKeepTheTallysOrder) {
    EXPECT_EQ(deliverableThemes(deliverableProject(), {"santé", "Logement"}),
              (std::vector<std::string>{"Logement", "Santé"}));
    EXPECT_EQ(deliverableThemes(deliverableProject(), {"Vide"}), (std::vector<std::string>{"Vide"}));
}

TEST(Deliverable, AnUnknownThemeOrNoThemeWithPassagesIsRefused) {
    try {
        deliverableThemes(deliverableProject(), {"Logement", "Inconnu"});
        FAIL() << "expected theme.unknown";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "theme.unknown");
        EXPECT_EQ(error.args(), (std::vector<std::string>{"Inconnu"}));
    }
    Project empty = deliverableProject();
    empty.passages.clear();
    try {
        deliverableThemes(empty, {});
        FAIL() << "expected deliverable.no_themes";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "deliverable.no_themes");
    }
}

TEST(Deliverable, AuthorsAreTheInterviewersOfTheCardsEachOnceElseTheCoder) {
    EXPECT_EQ(deliverableAuthors(deliverableProject(), "Coder"), "Samir, Claire, Inès");
    Project withoutCards = deliverableProject();
    for (Interview& interview : withoutCards.interviews)
        interview.interviewers.clear();
    EXPECT_EQ(deliverableAuthors(withoutCards, "Coder"), "Coder");
    EXPECT_EQ(deliverableAuthors(withoutCards, ""), "");
}

TEST(Deliverable, CoverSaysProjectSubtitleDateAuthorsAndPseudonymisation) {
    const DeliverableCover cover = deliverableCover(deliverableProject(), "Coder", "2026-11-12", true, texts());
    using R = ParagraphRole;
    ASSERT_EQ(cover.paragraphs.size(), 5u);
    const std::vector<std::pair<R, std::string>> expected = {{R::Cover, "Exploration"},
                                                             {R::BriefFigures, "SUBTITLE"},
                                                             {R::BriefBody, "12 nov 2026"},
                                                             {R::BriefBody, "by Samir, Claire, Inès"},
                                                             {R::BriefNote, "PSEUDONYMISED"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(cover.paragraphs[i].role, expected[i].first) << i;
        EXPECT_EQ(cover.paragraphs[i].text, expected[i].second);
    }
    EXPECT_EQ(cover.contentsTitle, "CONTENTS");
}

TEST(Deliverable, CoverWithoutAuthorsNorPseudonymisationHasThreeLines) {
    Project project = deliverableProject();
    for (Interview& interview : project.interviews)
        interview.interviewers.clear();
    const DeliverableCover cover = deliverableCover(project, "", "2026-01-03", false, texts());
    ASSERT_EQ(cover.paragraphs.size(), 3u);
    EXPECT_EQ(cover.paragraphs[2].text, "3 jan 2026");
}

Brief briefOf(std::string themeId, std::string title, std::vector<std::string> carriers, int carriersLeftOut) {
    Brief brief;
    brief.themeId = std::move(themeId);
    brief.title = std::move(title);
    for (std::string& name : carriers) {
        Carrier carrier;
        carrier.name = std::move(name);
        brief.carriers.push_back(carrier);
    }
    brief.carriersLeftOut = carriersLeftOut;
    brief.organisations = 2;
    brief.interviews = 3;
    brief.passages = 4;
    return brief;
}

std::vector<std::string> row(const ParagraphTable& table, std::size_t index) {
    std::vector<std::string> cells;
    for (const Paragraph& cell : table.rows.at(index))
        cells.push_back(cell.text);
    return cells;
}

TEST(Deliverable, TableHasAHeadingThenARowPerThemeWithItsCountsAndBestCarriers) {
    Project project = deliverableProject();
    project.themes[1].description = "Des loyers trop chers. Martine le dit.";
    const std::vector<Brief> briefs = {briefOf("th-log", "Logement", {"A", "B", "C"}, 0),
                                       briefOf("th-san", "Santé", {"A", "B", "C", "D"}, 0),
                                       briefOf("th-vide", "Vide", {"A"}, 2)};
    const ThemesTable themes = themesTable(briefs, project, nullptr, texts());
    EXPECT_EQ(themes.heading.role, ParagraphRole::BriefTitle);
    EXPECT_EQ(themes.heading.text, "THEMES");
    ASSERT_EQ(themes.table.rows.size(), 4u);
    EXPECT_EQ(row(themes.table, 0),
              (std::vector<std::string>{"theme", "problem", "organisations", "interviews", "passages", "carriers"}));
    EXPECT_EQ(themes.table.rows[0][0].role, ParagraphRole::TableHeading);
    EXPECT_EQ(row(themes.table, 1),
              (std::vector<std::string>{"Logement", "Des loyers trop chers.", "2", "3", "4", "A, B, C"}));
    EXPECT_EQ(themes.table.rows[1][0].role, ParagraphRole::TableText);
    EXPECT_EQ(row(themes.table, 2), (std::vector<std::string>{"Santé", "", "2", "3", "4", "A, B, C \xE2\x80\xA6"}));
    EXPECT_EQ(row(themes.table, 3), (std::vector<std::string>{"Vide", "", "2", "3", "4", "A \xE2\x80\xA6"}));
    EXPECT_EQ(themes.table.columnEnds, (std::vector<int>{1700, 4100, 5700, 7000, 8100}));
}

TEST(Deliverable, TheProblemIsOneShortLinePseudonymisedWhenAsked) {
    Project project = deliverableProject();
    project.themes[1].description =
        "Martine Dubois explique que les loyers sont bien trop chers pour les familles nombreuses qui attendent un "
        "logement social depuis des années. Deuxième phrase.";
    const Pseudonymiser pseudonymiser(project, {{"Martine Dubois", "coordinatrice"}}, PseudonymOptions{});
    const ThemesTable themes = themesTable({briefOf("th-log", "Logement", {}, 0)}, project, &pseudonymiser, texts());
    EXPECT_EQ(themes.table.rows[1][1].text,
              "[coordinatrice] explique que les loyers sont bien trop chers pour les familles nombreuses qui "
              "attendent un \xE2\x80\xA6");
}

TEST(Deliverable, FileStemIsTheCataloguesNameAndTheDate) {
    EXPECT_EQ(deliverableFileStem(texts(), "2026-11-12"), "deliverable-2026-11-12");
}

}  // namespace
}  // namespace ets
