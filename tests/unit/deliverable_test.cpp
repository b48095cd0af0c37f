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
        "deliverable.column_field": "field", "deliverable.column_kind": "kind",
        "deliverable.proposed_carrier": "{0}?", "deliverable.kind.Lever": "lever", "deliverable.field_counts": "{0} org, {1} int, {2} {2|passage|passages}",
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
        carrier.recorded = true;
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
    EXPECT_EQ(row(themes.table, 0), (std::vector<std::string>{"theme", "kind", "problem", "field", "carriers"}));
    EXPECT_EQ(themes.table.rows[0][0].role, ParagraphRole::TableHeading);
    EXPECT_EQ(row(themes.table, 1), (std::vector<std::string>{"Logement", "", "Des loyers trop chers.",
                                                              "2 org, 3 int, 4 passages", "A, B, C"}));
    EXPECT_EQ(themes.table.rows[1][0].role, ParagraphRole::TableText);
    EXPECT_EQ(row(themes.table, 2),
              (std::vector<std::string>{"Santé", "", "", "2 org, 3 int, 4 passages", "A, B, C \xE2\x80\xA6"}));
    EXPECT_EQ(row(themes.table, 3),
              (std::vector<std::string>{"Vide", "", "", "2 org, 3 int, 4 passages", "A \xE2\x80\xA6"}));
    EXPECT_EQ(themes.table.columnEnds, (std::vector<int>{1700, 2700, 5900, 7500}));
}

TEST(Deliverable, TableGivesTheKindTheAnalysisProblemAndMarksProposedCarriers) {
    Brief brief = briefOf("th-log", "Logement", {"A", "B"}, 0);
    brief.kind = ThemeKind::Lever;
    brief.problem = "Le problème écrit. Sa suite.";
    brief.carriers[1].recorded = false;
    const ThemesTable themes = themesTable({brief}, deliverableProject(), nullptr, texts());
    EXPECT_EQ(row(themes.table, 1), (std::vector<std::string>{"Logement", "lever", "Le problème écrit.",
                                                              "2 org, 3 int, 4 passages", "A, B?"}));
}

TEST(Deliverable, TheProblemIsItsWholeFirstSentencePseudonymisedWhenAsked) {
    Project project = deliverableProject();
    project.themes[1].description =
        "Martine Dubois explique que les loyers sont bien trop chers pour les familles nombreuses qui attendent un "
        "logement social depuis des années. Deuxième phrase.";
    const Pseudonymiser pseudonymiser(project, {{"Martine Dubois", "coordinatrice"}}, PseudonymOptions{});
    const ThemesTable themes = themesTable({briefOf("th-log", "Logement", {}, 0)}, project, &pseudonymiser, texts());
    EXPECT_EQ(themes.table.rows[1][2].text,
              "[coordinatrice] explique que les loyers sont bien trop chers pour les familles nombreuses qui "
              "attendent un logement social depuis des années.");
}

// ---- introduction, programme, annexes, pages -------------------------------------------------

const Catalogue& frenchTexts() {
    static const Catalogue catalogue = Catalogue::load(ETS_STRINGS_DIR, "fr");
    return catalogue;
}

Project methodProject() {
    Project project = deliverableProject();
    project.interviews[0].date = "2026-11-05";
    project.interviews[1].date = "2026-12-12";
    project.interviews[1].durationMinutes = 90;
    project.organisations[0].referent = "Marie Curie";
    project.organisations[1].referent = "Marie Curie";
    project.organisations[0].status = OrganisationStatus::Interviewed;
    project.referents = {{"Marie Curie", "CPAS"}};
    HourEntry entry;
    entry.id = "h-1";
    entry.hours = 38.5;
    project.hours.push_back(entry);
    project.guide.questions = {{"Qu'est-ce qui coince ?", "le nœud", {"Depuis quand ?"}}};
    project.cycle.start = "2027-09";
    return project;
}

std::string allText(const DeliverableSection& section) {
    std::string text;
    for (const SectionPart& part : section) {
        for (const Paragraph& p : part.paragraphs)
            text += p.text + "\n";
        for (const auto& tableRow : part.table.rows)
            for (const Paragraph& p : tableRow)
                text += p.text + "|";
    }
    return text;
}

TEST(DeliverableIntroduction, CountsTheProjectsFacts) {
    const MethodFacts facts = methodFacts(methodProject());
    EXPECT_EQ(facts.firstInterview, "2026-11-05");
    EXPECT_EQ(facts.lastInterview, "2026-12-12");
    EXPECT_EQ(facts.interviews, 2);
    EXPECT_EQ(facts.referents, 1);
    EXPECT_EQ(facts.organisationsIdentified, 2);
    EXPECT_EQ(facts.organisationsMet, 2);
    EXPECT_DOUBLE_EQ(facts.hours, 38.5);
    EXPECT_EQ(facts.themes, 3);
    EXPECT_EQ(facts.passages, 3);
}

TEST(DeliverableIntroduction, SaysThePeriodInWordsTheHoursTheReferentsTheInterviewsAndThePseudonymisation) {
    const DeliverableSection intro = deliverableIntroduction(methodProject(), 2, true, nullptr, frenchTexts());
    ASSERT_FALSE(intro.empty());
    EXPECT_EQ(intro.front().paragraphs.front().role, ParagraphRole::BriefTitle);
    const std::string text = allText(intro);
    EXPECT_NE(text.find("du 5 novembre 2026 au 12 décembre 2026"), std::string::npos) << text;
    EXPECT_NE(text.find("38,5 heures"), std::string::npos) << text;
    EXPECT_NE(text.find("Marie Curie (CPAS)"), std::string::npos) << text;
    EXPECT_NE(text.find("12 décembre 2026 — Org B (90 min)"), std::string::npos) << text;
    EXPECT_NE(text.find("pseudonymisées"), std::string::npos) << text;
    EXPECT_EQ(text.find("2026-11"), std::string::npos) << text;
    EXPECT_EQ(text.find("(s)"), std::string::npos) << text;
    const std::string plain = allText(deliverableIntroduction(methodProject(), 2, false, nullptr, frenchTexts()));
    EXPECT_NE(plain.find("ne sont pas pseudonymisées"), std::string::npos) << plain;
}

TEST(DeliverableIntroduction, HidesTheNamesOfThePseudonymisationList) {
    const Project project = methodProject();
    const Pseudonymiser pseudonymiser(project, {{"Marie Curie", "référente"}}, PseudonymOptions{});
    const std::string text = allText(deliverableIntroduction(project, 2, true, &pseudonymiser, frenchTexts()));
    EXPECT_EQ(text.find("Curie"), std::string::npos) << text;
    EXPECT_NE(text.find("[référente]"), std::string::npos) << text;
    const std::string annexes = allText(deliverableAnnexes(project, &pseudonymiser, frenchTexts()));
    EXPECT_EQ(annexes.find("Curie"), std::string::npos) << annexes;
}

TEST(DeliverableProgramme, OneRowAChantierWithMonthsInWordsAndAnEmptyDecisionColumn) {
    const DeliverableSection programme = deliverableProgramme(methodProject(), "2026-12-20", nullptr, frenchTexts());
    ASSERT_EQ(programme.size(), 1u);
    const ParagraphTable& table = programme.front().table;
    ASSERT_EQ(table.rows.size(), 7u);  // the heading and six chantiers
    EXPECT_EQ(table.rows[0].back().text, "Décision du comité");
    EXPECT_EQ(table.rows[1][1].text, "septembre 2027");  // a chantier of one month is one month
    EXPECT_EQ(table.rows[1][2].text, "Logement");
    EXPECT_EQ(table.rows[1].back().text, "");
    EXPECT_EQ(table.rows[6][2].text, "à choisir par le comité");
    EXPECT_EQ(table.columnEnds.size() + 1, table.rows[0].size());
}

// A refusal is said to the person, never printed for the committee: the deliverable is not written.
TEST(DeliverableProgramme, ACycleThatCannotBePlannedRefusesAndSaysWhy) {
    Project project = methodProject();
    project.cycle.start = "2026-01";
    try {
        deliverableProgramme(project, "2026-12-20", nullptr, frenchTexts());
        ADD_FAILURE() << "an unplannable cycle went into the document";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "deliverable.programme_not_planned");
        const std::string said = frenchTexts().text(error);
        EXPECT_NE(said.find("n’a pas été écrit"), std::string::npos) << said;
        EXPECT_NE(said.find("2026-12"), std::string::npos) << said;  // the programme's own reason, with what to do
    }
}

TEST(DeliverableAnnexes, OrganisationsMetTheQuestionGridAndTheCodingGrid) {
    const DeliverableSection annexes = deliverableAnnexes(methodProject(), nullptr, frenchTexts());
    ASSERT_EQ(annexes.size(), 3u);
    EXPECT_EQ(annexes[0].table.rows.size(), 3u);  // heading, Org A, Org B
    EXPECT_EQ(annexes[0].table.rows[1][0].text, "Org A");
    EXPECT_EQ(annexes[0].table.rows[1][4].text, "5 novembre 2026");
    const std::string grid = allText({annexes[1]});
    EXPECT_NE(grid.find("Qu'est-ce qui coince ?"), std::string::npos) << grid;
    EXPECT_NE(grid.find("Depuis quand ?"), std::string::npos) << grid;
    EXPECT_EQ(annexes[2].table.rows.size(), 4u);  // heading and every theme of the codebook
}

TEST(DeliverablePages, FooterSplitAroundThePageNumberAndCount) {
    const PageFurniture furniture = pageFurniture(methodProject(), frenchTexts());
    EXPECT_EQ(furniture.beforePage, "page ");
    EXPECT_EQ(furniture.betweenNumbers, " sur ");
    EXPECT_EQ(furniture.afterCount, "");
    EXPECT_EQ(furniture.header, "Exploration — livrable au comité de pilotage");
}

TEST(Deliverable, FileStemIsTheCataloguesNameAndTheDate) {
    EXPECT_EQ(deliverableFileStem(texts(), "2026-11-12"), "deliverable-2026-11-12");
}

}  // namespace
}  // namespace ets
