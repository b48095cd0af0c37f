#include "core/register/organisations.hpp"

#include "core/text/error.hpp"
#include "sample_project.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

// Runs f and gives the key and arguments of the Error it throws (empty key when none).
template <typename F>
std::pair<std::string, std::vector<std::string>> errorOf(F&& f) {
    try {
        f();
    } catch (const Error& error) {
        return {error.key(), error.args()};
    }
    return {};
}

OrganisationFields named(const std::string& name) {
    OrganisationFields fields;
    fields.name = name;
    return fields;
}

TEST(AddOrganisation, StoresTheGivenFieldsUnderATrimmedName) {
    Project project;
    OrganisationFields fields = named("  AMO Cerf-Volant ");
    fields.kind = "AMO";
    fields.commune = "Schaerbeek";
    fields.role = "Lever";
    fields.status = "Contacted";
    const Organisation& added = addOrganisation(project, fields);
    EXPECT_EQ(added.name, "AMO Cerf-Volant");
    EXPECT_EQ(added.kind, "AMO");
    EXPECT_EQ(added.commune, "Schaerbeek");
    EXPECT_EQ(added.sector, "");
    EXPECT_EQ(added.role, OrganisationRole::Lever);
    EXPECT_EQ(added.status, OrganisationStatus::Contacted);
    EXPECT_EQ(added.id.rfind("org-", 0), 0u);
    ASSERT_EQ(project.organisations.size(), 1u);
}

TEST(AddOrganisation, DefaultsToKnotAndIdentified) {
    Project project;
    const Organisation& added = addOrganisation(project, named("CPAS"));
    EXPECT_EQ(added.role, OrganisationRole::Knot);
    EXPECT_EQ(added.status, OrganisationStatus::Identified);
}

TEST(AddOrganisation, RefusesADuplicateWhateverItsCaseOrSpaces) {
    Project project = testing::sampleProject();  // holds "Maison médicale du Nord"
    const Project before = project;
    for (const char* duplicate : {"Maison médicale du Nord", "  maison médicale du nord", "MAISON MÉDICALE DU NORD"}) {
        auto [key, args] = errorOf([&] { addOrganisation(project, named(duplicate)); });
        EXPECT_EQ(key, "organisation.exists") << duplicate;
        EXPECT_EQ(args, std::vector<std::string>{"Maison médicale du Nord"});
    }
    EXPECT_EQ(project.organisations.size(), before.organisations.size());
}

TEST(AddOrganisation, RefusesAMissingOrBlankName) {
    Project project;
    EXPECT_EQ(errorOf([&] { addOrganisation(project, OrganisationFields{}); }).first, "organisation.name_empty");
    EXPECT_EQ(errorOf([&] { addOrganisation(project, named(" \t\u00a0")); }).first, "organisation.name_empty");
    EXPECT_TRUE(project.organisations.empty());
}

TEST(AddOrganisation, RefusesAnUnknownRoleOrStatusAndAddsNothing) {
    Project project;
    OrganisationFields fields = named("Le Pas de Porte");
    fields.role = "Noeud";
    EXPECT_EQ(errorOf([&] { addOrganisation(project, fields); }),
              (std::pair<std::string, std::vector<std::string>>{"organisation.bad_role", {"Noeud"}}));
    fields.role = "lever";  // macros may write it in any case
    fields.status = "Done";
    EXPECT_EQ(errorOf([&] { addOrganisation(project, fields); }),
              (std::pair<std::string, std::vector<std::string>>{"organisation.bad_status", {"Done"}}));
    EXPECT_TRUE(project.organisations.empty());
    fields.status = "interviewed";
    EXPECT_EQ(addOrganisation(project, fields).status, OrganisationStatus::Interviewed);
}

TEST(UpdateOrganisation, ChangesOnlyTheGivenFields) {
    Project project = testing::sampleProject();
    OrganisationFields fields;
    fields.contact = "nouveau@example.org";
    fields.status = "Declined";
    const Organisation& changed = updateOrganisation(project, "maison médicale du nord", fields);
    EXPECT_EQ(changed.contact, "nouveau@example.org");
    EXPECT_EQ(changed.status, OrganisationStatus::Declined);
    EXPECT_EQ(changed.name, "Maison médicale du Nord");
    EXPECT_EQ(changed.kind, "ASBL");
    EXPECT_EQ(changed.role, OrganisationRole::Both);
    EXPECT_EQ(changed.id, "org-1");
}

TEST(UpdateOrganisation, RenamesButNotOntoAnother) {
    Project project = testing::sampleProject();
    addOrganisation(project, named("CPAS de Forest"));
    OrganisationFields rename;
    rename.newName = "cpas de forest";
    rename.notes = "ne doit pas être écrit";
    EXPECT_EQ(errorOf([&] { updateOrganisation(project, "Maison médicale du Nord", rename); }).first,
              "organisation.exists");
    EXPECT_EQ(project.organisations[0].notes, "Rencontre très riche.");
    // A change of case of its own name is a rename, not a duplicate.
    rename.newName = " MAISON MÉDICALE DU NORD ";
    EXPECT_EQ(updateOrganisation(project, "Maison médicale du Nord", rename).name, "MAISON MÉDICALE DU NORD");
    rename.newName = "";
    EXPECT_EQ(errorOf([&] { updateOrganisation(project, "Maison médicale du Nord", rename).name; }).first,
              "organisation.name_empty");
}

TEST(UpdateOrganisation, RefusesAnUnknownNameOrBadValueUnchanged) {
    Project project = testing::sampleProject();
    OrganisationFields fields;
    fields.kind = "autre";
    EXPECT_EQ(errorOf([&] { updateOrganisation(project, "Inconnue", fields); }),
              (std::pair<std::string, std::vector<std::string>>{"organisation.unknown", {"Inconnue"}}));
    fields.role = "Levier";
    EXPECT_EQ(errorOf([&] { updateOrganisation(project, "Maison médicale du Nord", fields); }).first,
              "organisation.bad_role");
    EXPECT_EQ(project.organisations[0].kind, "ASBL");
}

TEST(RemoveOrganisation, RefusesWhileInterviewsNeedItUnlessForced) {
    Project project = testing::sampleProject();
    EXPECT_EQ(errorOf([&] { removeOrganisation(project, "Maison médicale du Nord", false); }),
              (std::pair<std::string, std::vector<std::string>>{"organisation.has_interviews",
                                                                {"Maison médicale du Nord", "1"}}));
    ASSERT_EQ(project.organisations.size(), 1u);
    EXPECT_EQ(removeOrganisation(project, "maison médicale du nord", true), 1u);
    EXPECT_TRUE(project.organisations.empty());
    ASSERT_EQ(project.interviews.size(), 1u);  // the interview stays, without an organisation
    EXPECT_EQ(project.interviews[0].organisationId, "");
    for (const HourEntry& entry : project.hours)
        EXPECT_EQ(entry.organisationId, "");
}

TEST(RemoveOrganisation, RemovesAFreeOneAndRefusesAnUnknownOne) {
    Project project;
    addOrganisation(project, named("Solo"));
    EXPECT_EQ(errorOf([&] { removeOrganisation(project, "Duo", false); }).first, "organisation.unknown");
    EXPECT_EQ(removeOrganisation(project, "Solo", false), 0u);
    EXPECT_TRUE(project.organisations.empty());
}

TEST(FindOrganisationNamed, IgnoresCaseAndSurroundingSpaces) {
    Project project = testing::sampleProject();
    EXPECT_EQ(findOrganisationNamed(project, " maison MÉDICALE du nord\t"), &project.organisations[0]);
    EXPECT_EQ(findOrganisationNamed(project, "Maison medicale du Nord"), nullptr);  // accents count
    EXPECT_EQ(findOrganisationNamed(project, ""), nullptr);
}

}  // namespace
}  // namespace ets
