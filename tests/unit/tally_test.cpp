#include "core/analysis/tally.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

using Strings = std::vector<std::string>;

// Logement > Expulsions, Santé, Numérique (never used). Organisations A and B have interviews, C has none;
// t4.odt has passages but no interview. Every count below is counted by hand from this list:
//   p1 t1 [Logement]            Claire      p5 t3 [Expulsions]          Marc
//   p2 t1 [Expulsions]          Claire      p6 t3 [Santé, Logement]     Claire
//   p3 t1 [Logement, Expulsions] Marc       p7 t4 [Santé]               Claire
//   p4 t2 [Santé]               Claire
Project handMade() {
    Project project;
    project.themes = {
        {"th-n", "Numérique", "", "", ""},
        {"th-s", "Santé", "", "#00AA00", ""},
        {"th-e", "Expulsions", "", "", "th-l"},
        {"th-l", "Logement", "", "#112233", ""},
    };
    project.organisations = {{"or-b", "Bravo"}, {"or-a", "alpha"}, {"or-c", "Charlie"}};
    auto interview = [](const char* id, const char* organisation, const char* date, const char* transcript) {
        Interview i;
        i.id = id;
        i.organisationId = organisation;
        i.date = date;
        i.transcript = transcript;
        return i;
    };
    project.interviews = {interview("in-1", "or-a", "2024-11-05", "t1.odt"),
                          interview("in-2", "or-a", "2024-12-01", "t2.odt"),
                          interview("in-3", "or-b", "2024-11-20", "t3.odt")};
    auto passage = [](const char* id, const char* transcript, Strings themes, const char* coder) {
        Passage p;
        p.id = id;
        p.transcript = transcript;
        p.anchor = std::string("ETS_") + id;
        p.themeIds = std::move(themes);
        p.coder = coder;
        p.text = std::string("text ") + id;
        p.memo = std::string("memo ") + id;
        return p;
    };
    project.passages = {
        passage("p1", "t1.odt", {"th-l"}, "Claire"),       passage("p2", "t1.odt", {"th-e"}, "Claire"),
        passage("p3", "t1.odt", {"th-l", "th-e"}, "Marc"), passage("p4", "t2.odt", {"th-s"}, "Claire"),
        passage("p5", "t3.odt", {"th-e"}, "Marc"),         passage("p6", "t3.odt", {"th-s", "th-l"}, "Claire"),
        passage("p7", "t4.odt", {"th-s"}, "Claire")};
    return project;
}

Strings names(const Tally& tally) {
    Strings result;
    for (const ThemeTally& row : tally.themes)
        result.push_back(row.name);
    return result;
}

Strings anchors(const Tally& tally) {
    Strings result;
    for (const Quote& quote : tally.quotes)
        result.push_back(quote.anchor);
    return result;
}

TEST(Tally, CountsEveryThemeWithSubThemesRolledUp) {
    const Tally tally = tallyThemes(handMade());
    EXPECT_EQ(tally.interviews, 4);  // t1, t2, t3 and t4 (no interview record, but passages)
    EXPECT_EQ(tally.passages, 7);
    ASSERT_EQ(tally.organisations.size(),
              3u);  // alpha, Bravo (by name, case aside), then the column without organisation
    EXPECT_EQ(tally.organisations[0].name, "alpha");
    EXPECT_EQ(tally.organisations[1].name, "Bravo");
    EXPECT_EQ(tally.organisations[2].id, "");
    EXPECT_EQ(tally.passagesPerOrganisation, (std::vector<int>{4, 2, 1}));
    EXPECT_EQ(names(tally), (Strings{"Logement", "Expulsions", "Santé", "Numérique"}));

    const ThemeTally& logement = tally.themes[0];
    EXPECT_EQ(logement.depth, 0);
    EXPECT_EQ(logement.colour, "#112233");
    EXPECT_EQ(logement.passages, 5);  // p1, p2, p3 (once, though it carries Logement and Expulsions), p5, p6
    EXPECT_EQ(logement.passagesPerOrganisation, (std::vector<int>{3, 2, 0}));
    EXPECT_EQ(logement.organisations, 2);
    EXPECT_EQ(logement.interviews, 2);
    EXPECT_DOUBLE_EQ(logement.interviewShare, 0.5);

    const ThemeTally& expulsions = tally.themes[1];
    EXPECT_EQ(expulsions.depth, 1);
    EXPECT_EQ(expulsions.passages, 3);
    EXPECT_EQ(expulsions.passagesPerOrganisation, (std::vector<int>{2, 1, 0}));

    const ThemeTally& sante = tally.themes[2];
    EXPECT_EQ(sante.passages, 3);
    EXPECT_EQ(sante.passagesPerOrganisation, (std::vector<int>{1, 1, 1}));
    EXPECT_EQ(sante.organisations, 2);  // the column without organisation is not an organisation
    EXPECT_EQ(sante.interviews, 3);
    EXPECT_DOUBLE_EQ(sante.interviewShare, 0.75);

    const ThemeTally& numerique = tally.themes[3];
    EXPECT_EQ(numerique.passages, 0);
    EXPECT_EQ(numerique.organisations, 0);
    EXPECT_EQ(numerique.passagesPerOrganisation, (std::vector<int>{0, 0, 0}));
}

TEST(Tally, ThemesSortByOrganisationsThenPassagesThenName) {
    Project project = handMade();
    // Santé gets a passage from Charlie: 3 organisations, ahead of Logement's 2.
    project.interviews.push_back({"in-4", "or-c", "2025-01-10", 0, {}, {}, "", false, "", "t5.odt"});
    project.passages.push_back({"p8", "t5.odt", "ETS_p8", {"th-s"}, "Claire", "text", ""});
    EXPECT_EQ(names(tallyThemes(project)), (Strings{"Santé", "Logement", "Expulsions", "Numérique"}));
    // Same organisations and passages: by name.
    project.passages.push_back({"p9", "t1.odt", "ETS_p9", {"th-n"}, "Claire", "text", ""});
    project.passages.push_back({"p10", "t3.odt", "ETS_p10", {"th-n"}, "Claire", "text", ""});
    project.passages.push_back({"p11", "t3.odt", "ETS_p11", {"th-n"}, "Claire", "text", ""});
    project.passages.push_back({"p12", "t1.odt", "ETS_p12", {"th-n"}, "Claire", "text", ""});
    project.passages.push_back({"p13", "t1.odt", "ETS_p13", {"th-n"}, "Claire", "text", ""});
    EXPECT_EQ(names(tallyThemes(project)), (Strings{"Santé", "Logement", "Expulsions", "Numérique"}));
    project.passages.push_back({"p14", "t1.odt", "ETS_p14", {"th-n"}, "Claire", "text", ""});
    EXPECT_EQ(names(tallyThemes(project)), (Strings{"Santé", "Numérique", "Logement", "Expulsions"}));
}

TEST(Tally, QuotesOnePerPassageInThemeOrder) {
    const Tally tally = tallyThemes(handMade());
    EXPECT_EQ(anchors(tally), (Strings{"ETS_p1", "ETS_p3", "ETS_p6", "ETS_p2", "ETS_p5", "ETS_p4", "ETS_p7"}));
    const Quote& p6 = tally.quotes[2];
    EXPECT_EQ(p6.themes, (Strings{"Logement", "Santé"}));
    EXPECT_EQ(p6.organisation, "Bravo");
    EXPECT_EQ(p6.interviewDate, "2024-11-20");
    EXPECT_EQ(p6.coder, "Claire");
    EXPECT_EQ(p6.text, "text p6");
    EXPECT_EQ(p6.memo, "memo p6");
    EXPECT_EQ(p6.transcript, "t3.odt");
    EXPECT_EQ(tally.quotes[1].themes, (Strings{"Logement", "Expulsions"}));
    EXPECT_EQ(tally.quotes[6].organisation, "");
    EXPECT_EQ(tally.quotes[6].interviewDate, "");
}

TEST(Tally, FiltersByCoder) {
    const Tally tally = tallyThemes(handMade(), {{}, {}, " marc "});
    EXPECT_EQ(tally.passages, 2);
    EXPECT_EQ(tally.interviews, 3);  // the interviews of the register; t4 has no passage of Marc
    EXPECT_EQ(tally.themes[0].name, "Logement");
    EXPECT_EQ(tally.themes[0].passages, 2);
    EXPECT_EQ(tally.themes[0].organisations, 2);
    EXPECT_EQ(anchors(tally), (Strings{"ETS_p3", "ETS_p5"}));
    ASSERT_EQ(tally.organisations.size(), 2u);
}

TEST(Tally, FiltersByOrganisation) {
    const Tally tally = tallyThemes(handMade(), {{"bravo"}, {}, ""});
    ASSERT_EQ(tally.organisations.size(), 1u);
    EXPECT_EQ(tally.organisations[0].name, "Bravo");
    EXPECT_EQ(tally.interviews, 1);
    EXPECT_EQ(tally.passages, 2);
    EXPECT_EQ(names(tally), (Strings{"Logement", "Expulsions", "Santé", "Numérique"}));
    EXPECT_EQ(tally.themes[0].passages, 2);  // p5 (through Expulsions) and p6
    EXPECT_DOUBLE_EQ(tally.themes[0].interviewShare, 1.0);
}

TEST(Tally, FiltersByThemeWithItsSubThemes) {
    const Tally logement = tallyThemes(handMade(), {{}, {"logement"}, ""});
    EXPECT_EQ(names(logement), (Strings{"Logement", "Expulsions"}));
    EXPECT_EQ(logement.passages, 5);
    EXPECT_EQ(logement.quotes[2].themes, (Strings{"Logement"}));  // p6 without Santé, which is not counted

    const Tally expulsions = tallyThemes(handMade(), {{}, {"Expulsions"}, ""});
    EXPECT_EQ(names(expulsions), (Strings{"Expulsions"}));
    EXPECT_EQ(expulsions.themes[0].depth, 0);
    EXPECT_EQ(anchors(expulsions), (Strings{"ETS_p2", "ETS_p3", "ETS_p5"}));
}

TEST(Tally, UnknownFilterNamesAreRefused) {
    try {
        tallyThemes(handMade(), {{"Delta"}, {}, ""});
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "organisation.unknown");
        EXPECT_EQ(error.args(), (Strings{"Delta"}));
    }
    try {
        tallyThemes(handMade(), {{}, {"Emploi"}, ""});
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "theme.unknown");
    }
}

TEST(Tally, EmptyProject) {
    const Tally tally = tallyThemes(Project{});
    EXPECT_EQ(tally.interviews, 0);
    EXPECT_TRUE(tally.themes.empty());
    EXPECT_TRUE(tally.quotes.empty());
}

}  // namespace
}  // namespace ets
