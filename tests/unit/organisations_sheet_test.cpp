#include "core/analysis/organisations_sheet.hpp"

#include "core/register/organisations.hpp"
#include "sheet_test_support.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

using namespace ets::testing;

Organisation organisation(const char* id, const char* name, const char* referent) {
    Organisation o;
    o.id = id;
    o.name = name;
    o.referent = referent;
    return o;
}

// Three organisations, one named in capitals with an accent; Marie named two, Jan one, "luc" is not in the list.
// Zeta's interview (t-z) has passages on Santé twice and Logement; Écoute's on Logement; an unknown transcript's too.
Project register_() {
    Project project;
    project.themes = {{"th-l", "Logement", "", "", ""}, {"th-s", "Santé", "", "", ""}};
    project.referents = {{"Marie D.", "CPAS"}, {"Jan V.", ""}};
    Organisation zeta = organisation("o-z", "Zeta", "Marie D.");
    zeta.kind = "ASBL";
    zeta.sector = "Santé";
    zeta.commune = "Schaerbeek";
    zeta.contact = "zeta@example.org";
    zeta.role = OrganisationRole::Lever;
    zeta.status = OrganisationStatus::Interviewed;
    zeta.notes = "=à relancer";
    project.organisations = {zeta, organisation("o-e", "ÉCOUTE", "Marie D."), organisation("o-a", "alpha", "Jan V."),
                             organisation("o-l", "Lucarne", "luc")};
    auto interview = [](const char* id, const char* organisation, const char* transcript) {
        Interview i;
        i.id = id;
        i.organisationId = organisation;
        i.transcript = transcript;
        return i;
    };
    project.interviews = {interview("in-z", "o-z", "t-z.odt"), interview("in-e", "o-e", "t-e.odt")};
    auto passage = [](const char* transcript, std::vector<std::string> themes) {
        Passage p;
        p.transcript = transcript;
        p.themeIds = std::move(themes);
        return p;
    };
    project.passages = {passage("t-z.odt", {"th-s"}), passage("t-z.odt", {"th-s", "th-l"}),
                        passage("t-e.odt", {"th-l"}), passage("t-x.odt", {"th-s"})};
    return project;
}

TEST(OrganisationsSheet, RegisterIsSortedByNameCaseAside) {
    std::vector<std::string> names;
    const Project project = register_();  // the pointers point into it: it must outlive the loop
    for (const Organisation* organisation : organisationsByName(project))
        names.push_back(organisation->name);
    // Folded as names are compared (ÉCOUTE is écoute), then in byte order: é after z.
    EXPECT_EQ(names, (std::vector<std::string>{"alpha", "Lucarne", "Zeta", "ÉCOUTE"}));
}

TEST(OrganisationsSheet, ThemesRaisedByEachOrganisationOnceByName) {
    const auto raised = themesRaised(register_());
    EXPECT_EQ(raised.size(), 2u);
    EXPECT_EQ(raised.at("o-z"), (std::set<std::string>{"Logement", "Santé"}));
    EXPECT_EQ(raised.at("o-e"), (std::set<std::string>{"Logement"}));
}

TEST(OrganisationsSheet, RegisterBlockRowsEveryFieldInterviewsAndThemes) {
    const SheetBlock block = organisationsBlock(register_(), Catalogue());
    EXPECT_EQ(block.name, "ETS_Organisations");
    EXPECT_EQ(block.sheetName, "orgsheet.sheet");
    const std::vector<SheetRow> expected = {
        {T("orgsheet.column_name"), T("orgsheet.column_kind"), T("orgsheet.column_sector"),
         T("orgsheet.column_commune"), T("orgsheet.column_contact"), T("orgsheet.column_referent"),
         T("orgsheet.column_role"), T("orgsheet.column_status"), T("orgsheet.column_notes"),
         T("orgsheet.column_interviews"), T("orgsheet.column_themes")},
        {T("alpha"), T(""), T(""), T(""), T(""), T("Jan V."), T("orgsheet.role.Knot"), T("orgsheet.status.Identified"),
         T(""), N(0), T("")},
        {T("Lucarne"), T(""), T(""), T(""), T(""), T("luc"), T("orgsheet.role.Knot"), T("orgsheet.status.Identified"),
         T(""), N(0), T("")},
        {T("Zeta"), T("ASBL"), T("Santé"), T("Schaerbeek"), T("zeta@example.org"), T("Marie D."),
         T("orgsheet.role.Lever"), T("orgsheet.status.Interviewed"), T("=à relancer"), N(1), T("Logement; Santé")},
        {T("ÉCOUTE"), T(""), T(""), T(""), T(""), T("Marie D."), T("orgsheet.role.Knot"),
         T("orgsheet.status.Identified"), T(""), N(1), T("Logement")},
    };
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(block.looks.boldRows, (std::vector<int>{0}));
    EXPECT_TRUE(block.looks.fitColumns);
}

TEST(OrganisationsSheet, ReferentsBlockCountsAndFlags) {
    const SheetBlock block = referentsBlock(register_(), Catalogue());
    EXPECT_EQ(block.name, "ETS_Referents");
    const std::vector<SheetRow> expected = {
        {T("orgsheet.column_referent_name"), T("orgsheet.column_referent_organisation"),
         T("orgsheet.column_referent_named_list"), T("orgsheet.column_referent_named"),
         T("orgsheet.column_referent_interviewed"), T("orgsheet.column_referent_flag")},
        {T("Marie D."), T("CPAS"), T("Zeta; ÉCOUTE"), N(2), N(2), T("orgsheet.flag_few")},
        {T("Jan V."), T(""), T("alpha"), N(1), N(0), T("orgsheet.flag_few")},
        {T("luc"), T(""), T("Lucarne"), N(1), N(0), T("orgsheet.flag_few; orgsheet.flag_unlisted")},
    };
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(block.looks.boldRows, (std::vector<int>{0}));
    EXPECT_FALSE(block.looks.fitColumns);  // its columns are the register's
    EXPECT_EQ(kReferentsPlace.emptyRows, 2);
    EXPECT_FALSE(kReferentsPlace.inColumnA);
}

}  // namespace
}  // namespace ets
