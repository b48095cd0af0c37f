#include "core/analysis/carriers.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

// Three organisations interviewed once each; "Logement" has a sub-theme "Insalubrité".
Project carriersProject() {
    Project project;
    project.themes = {{"th-log", "Logement", "", "", ""},
                      {"th-ins", "Insalubrité", "", "", "th-log"},
                      {"th-num", "Numérique", "", "", ""},
                      {"th-none", "Sans passage", "", "", ""}};
    auto organisation = [](std::string id, std::string name, OrganisationRole role, std::string sector) {
        Organisation o;
        o.id = std::move(id);
        o.name = std::move(name);
        o.role = role;
        o.sector = std::move(sector);
        return o;
    };
    project.organisations = {organisation("org-a", "Abri", OrganisationRole::Knot, "Sans-abrisme"),
                             organisation("org-b", "Bastion", OrganisationRole::Lever, "Santé"),
                             organisation("org-c", "Cité", OrganisationRole::Both, "Jeunesse"),
                             organisation("org-d", "Dormant", OrganisationRole::Lever, "Culture")};
    for (const char* id : {"a", "b", "c"}) {
        Interview interview;
        interview.id = std::string("int-") + id;
        interview.organisationId = std::string("org-") + id;
        interview.transcript = std::string("t/") + id + ".odt";
        project.interviews.push_back(interview);
    }
    int n = 0;
    auto passage = [&](const char* org, std::vector<std::string> themes, std::string memo = "") {
        Passage p;
        p.id = "pa-" + std::to_string(++n);
        p.anchor = "ETS_" + std::to_string(n);
        p.transcript = std::string("t/") + org + ".odt";
        p.themeIds = std::move(themes);
        p.memo = std::move(memo);
        project.passages.push_back(p);
    };
    // Abri: three passages on housing (one only on the sub-theme, one on both: counted once), one elsewhere.
    passage("a", {"th-log"});
    passage("a", {"th-ins"});
    passage("a", {"th-log", "th-ins"});
    passage("a", {"th-num"});
    // Bastion: one passage on housing, with a memo.
    passage("b", {"th-log"}, "Pratique de captation de logements.");
    // Cité: one passage on the digital theme only.
    passage("c", {"th-num"});
    // A passage of a transcript no interview knows: nobody carries it.
    Passage orphan;
    orphan.id = "pa-x";
    orphan.transcript = "t/unknown.odt";
    orphan.themeIds = {"th-log"};
    project.passages.push_back(orphan);
    return project;
}

TEST(Carriers, OnlyOrganisationsWithPassagesOnTheThemeOrItsSubThemes) {
    const Project project = carriersProject();
    const std::vector<Carrier> carriers = carriersOf(project, "th-log");
    ASSERT_EQ(carriers.size(), 2u);  // Cité speaks of it nowhere, Dormant was never interviewed
    EXPECT_EQ(carriers[0].name, "Abri");
    EXPECT_EQ(carriers[0].passages, 3);  // the passage on theme and sub-theme counts once
    EXPECT_EQ(carriers[0].interviews, 1);
    EXPECT_DOUBLE_EQ(carriers[0].focus, 0.75);
    EXPECT_EQ(carriers[0].sector, "Sans-abrisme");
    EXPECT_EQ(carriers[1].name, "Bastion");
    EXPECT_EQ(carriers[1].memos, 1);
}

TEST(Carriers, CapacitiesFollowRoleAndWhatWasSaid) {
    const Project project = carriersProject();
    const std::vector<Carrier> housing = carriersOf(project, "th-log");
    // Abri: several passages (analysis) and a knot (experience), not a lever.
    EXPECT_EQ(housing[0].capacities, (std::vector<Capacity>{Capacity::Analysis, Capacity::Experience}));
    // Bastion: one passage but a memo (analysis) and a lever (expertise).
    EXPECT_EQ(housing[1].capacities, (std::vector<Capacity>{Capacity::Analysis, Capacity::Expertise}));
    const std::vector<Carrier> digital = carriersOf(project, "th-num");
    ASSERT_EQ(digital.size(), 2u);
    // Cité: one passage, no memo: no analysis; role Both: experience and expertise.
    EXPECT_EQ(digital[0].name, "Cité");
    EXPECT_EQ(digital[0].capacities, (std::vector<Capacity>{Capacity::Experience, Capacity::Expertise}));
}

TEST(Carriers, ScoreAsDocumented) {
    const Project project = carriersProject();
    const std::vector<Carrier> housing = carriersOf(project, "th-log");
    EXPECT_EQ(housing[0].score, 3 * 3 + 0 + 0 + 2 + 2);  // Abri: 3 passages, knot, focus 0.75
    EXPECT_EQ(housing[1].score, 3 * 1 + 0 + 4 + 0 + 2);  // Bastion: 1 passage, lever, focus 1
    const std::vector<Carrier> digital = carriersOf(project, "th-num");
    EXPECT_EQ(digital[0].score, 3 + 4 + 2 + 2);  // Cité: both roles, its only passage
    EXPECT_EQ(digital[1].score, 3 + 2 + 2);      // Abri: 1 of 4 passages: focus 0.25, the threshold
}

TEST(Carriers, ALeverOutranksAKnotThatSaidAsMuch) {
    Project project = carriersProject();
    project.findOrganisation("org-a")->role = OrganisationRole::Lever;
    project.findOrganisation("org-b")->role = OrganisationRole::Knot;
    // Give Bastion as many housing passages as Abri.
    for (int i = 0; i < 2; ++i) {
        Passage p;
        p.id = "pb-" + std::to_string(i);
        p.transcript = "t/b.odt";
        p.themeIds = {"th-log"};
        project.passages.push_back(p);
    }
    const std::vector<Carrier> housing = carriersOf(project, "th-log");
    ASSERT_EQ(housing.size(), 2u);
    EXPECT_EQ(housing[0].name, "Abri");
    EXPECT_GT(housing[0].score, housing[1].score);
}

TEST(Carriers, SubThemeAloneAndUnknownOrEmptyThemes) {
    const Project project = carriersProject();
    const std::vector<Carrier> unhealthy = carriersOf(project, "th-ins");
    ASSERT_EQ(unhealthy.size(), 1u);
    EXPECT_EQ(unhealthy[0].passages, 2);
    EXPECT_TRUE(carriersOf(project, "th-none").empty());
    EXPECT_TRUE(carriersOf(project, "th-nope").empty());
}

TEST(Carriers, AllThemesAtOnceAgreeWithOneByOne) {
    const Project project = carriersProject();
    const auto all = carriersByTheme(project);
    EXPECT_EQ(all.size(), project.themes.size());
    for (const Theme& theme : project.themes) {
        const std::vector<Carrier> one = carriersOf(project, theme.id);
        ASSERT_EQ(all.at(theme.id).size(), one.size()) << theme.name;
        for (std::size_t i = 0; i < one.size(); ++i)
            EXPECT_EQ(all.at(theme.id)[i].organisationId, one[i].organisationId);
    }
}

}  // namespace
}  // namespace ets
