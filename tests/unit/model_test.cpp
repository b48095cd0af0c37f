#include "core/project/model.hpp"

#include "sample_project.hpp"

#include <gtest/gtest.h>

#include <set>

namespace ets {
namespace {

TEST(Enums, EveryValueSurvivesToStringAndParse) {
    for (auto role : {OrganisationRole::Knot, OrganisationRole::Lever, OrganisationRole::Both})
        EXPECT_EQ(parseOrganisationRole(toString(role)), role);
    for (auto status : {OrganisationStatus::Identified, OrganisationStatus::Contacted, OrganisationStatus::Planned,
                        OrganisationStatus::Interviewed, OrganisationStatus::Declined})
        EXPECT_EQ(parseOrganisationStatus(toString(status)), status);
    for (auto activity :
         {Activity::PreparatoryMeeting, Activity::Protocol, Activity::Identification, Activity::Interviews,
          Activity::Transcription, Activity::Analysis, Activity::Writing, Activity::Restitution, Activity::Other})
        EXPECT_EQ(parseActivity(toString(activity)), activity);
}

TEST(Enums, IdentifiersAreTheDocumentedEnglishWords) {
    EXPECT_EQ(toString(OrganisationRole::Lever), "Lever");
    EXPECT_EQ(toString(OrganisationStatus::Interviewed), "Interviewed");
    EXPECT_EQ(toString(Activity::PreparatoryMeeting), "PreparatoryMeeting");
}

TEST(Enums, UnknownOrDifferentlyWrittenTextIsRefused) {
    EXPECT_FALSE(parseOrganisationRole("knot"));
    EXPECT_FALSE(parseOrganisationRole(""));
    EXPECT_FALSE(parseOrganisationStatus("Interviewé"));
    EXPECT_FALSE(parseActivity("Analysis "));
}

TEST(NewId, StartsWithThePrefixAndDoesNotRepeat) {
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i) {
        const std::string id = newId("th-");
        ASSERT_EQ(id.rfind("th-", 0), 0u) << id;
        ASSERT_EQ(id.size(), 3u + 12u) << id;
        ASSERT_TRUE(seen.insert(id).second) << "repeated " << id;
    }
}

TEST(ProjectLookups, FindByIdAndByName) {
    Project project = testing::sampleProject();
    ASSERT_NE(project.findTheme("th-2"), nullptr);
    EXPECT_EQ(project.findTheme("th-2")->name, "Numérisation des services");
    EXPECT_EQ(project.findTheme("th-9"), nullptr);
    ASSERT_NE(project.findThemeByName("Non-recours aux droits"), nullptr);
    EXPECT_EQ(project.findThemeByName("Non-recours aux droits")->id, "th-1");
    EXPECT_EQ(project.findThemeByName("non-recours aux droits"), nullptr);
    EXPECT_EQ(project.findOrganisation("org-1")->commune, "Schaerbeek");
    EXPECT_EQ(project.findInterview("int-1")->durationMinutes, 125);
    EXPECT_EQ(project.findPassage("pa-1")->anchor, "ets-pa-1");

    project.findOrganisation("org-1")->status = OrganisationStatus::Declined;  // edits in place
    EXPECT_EQ(project.organisations[0].status, OrganisationStatus::Declined);
}

}  // namespace
}  // namespace ets
