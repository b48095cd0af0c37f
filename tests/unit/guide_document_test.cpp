#include "core/analysis/guide_document.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"json({
        "guide.title": "GUIDE", "guide.objectives_heading": "OBJECTIVES", "guide.objectives_text": "objectives",
        "guide.choice_heading": "CHOICE", "guide.choice_text": "choice", "guide.choice_counts": "{0} referents, {1} organisations, {2} met",
        "guide.presentation_heading": "PRESENTATION", "guide.consent_heading": "CONSENT", "guide.to_write": "(to write)",
        "guide.grid_heading": "GRID", "guide.question": "{0}. {1}", "guide.purpose": "purpose: {0}", "guide.prompts": "prompts:",
        "guide.analysis_heading": "ANALYSIS", "guide.analysis_text": "analysis", "guide.calendar_heading": "CALENDAR",
        "guide.calendar_interviews": "interviews:", "guide.calendar_interview": "{0} {1}",
        "guide.calendar_restitution": "restitution", "guide.calendar_cycle": "{0} chantiers, {1}/year, {2} places, {3} days, {4} month(s)",
        "guide.calendar_chantier": "chantier {0}: {1}",
        "nominations.line": "{0}: {1}/{2}", "nominations.line_with_organisation": "{0} ({1}): {2}/{3}",
        "nominations.flag_few": " [few]", "nominations.flag_many": " [many]", "nominations.unlisted": " [unlisted]"})json");
    return catalogue;
}

Project guideProject() {
    Project project;
    project.name = "Exploration";
    project.referents = {{"Marie", "CPAS"}};
    for (const char* letter : {"A", "B"}) {
        Organisation organisation;
        organisation.id = std::string("org-") + letter;
        organisation.name = std::string("Org ") + letter;
        organisation.referent = "Marie";
        project.organisations.push_back(organisation);
    }
    Interview later;
    later.id = "int-1";
    later.organisationId = "org-A";
    later.date = "2026-11-05";
    Interview earlier;
    earlier.id = "int-2";
    earlier.organisationId = "org-gone";
    earlier.date = "2026-10-01";
    Interview undated;
    undated.id = "int-3";
    undated.organisationId = "org-B";
    project.interviews = {later, earlier, undated};
    project.guide.presentation = "First line.\n  \nSecond line.";
    project.guide.questions = {{"Who are you?", "the knots", {"An example?", "Since when?"}}, {"What next?", "", {}}};
    project.cycle.start = "2027-09";
    project.cycle.chantiers = 2;
    return project;
}

std::vector<std::pair<ParagraphRole, std::string>> paragraphsOf(const GuideDocument& guide) {
    std::vector<std::pair<ParagraphRole, std::string>> paragraphs;
    for (const Paragraph& paragraph : guide.paragraphs)
        paragraphs.emplace_back(paragraph.role, paragraph.text);
    return paragraphs;
}

using R = ParagraphRole;

TEST(GuideDocument, TheProtocolPartByPartInLibreOfficesStyles) {
    const GuideDocument guide = guideDocument(guideProject(), texts(), "2026-12-01");
    EXPECT_EQ(guide.title, "GUIDE");
    EXPECT_EQ(guide.noChantiers, "");
    const std::vector<std::pair<R, std::string>> expected = {
        {R::Title, "GUIDE"},
        {R::Subtitle, "Exploration"},
        {R::Heading1, "OBJECTIVES"},
        {R::TextBody, "objectives"},
        {R::Heading1, "CHOICE"},
        {R::TextBody, "choice"},
        {R::TextBody, "1 referents, 2 organisations, 2 met"},
        {R::ListItem, "Marie (CPAS): 2/2 [few]"},
        {R::Heading1, "PRESENTATION"},
        {R::TextBody, "First line."},
        {R::TextBody, "Second line."},
        {R::Heading1, "CONSENT"},
        {R::TextBody, "(to write)"},
        {R::Heading1, "GRID"},
        {R::Heading2, "1. Who are you?"},
        {R::TextBody, "purpose: the knots"},
        {R::TextBody, "prompts:"},
        {R::ListItem, "An example?"},
        {R::ListItem, "Since when?"},
        {R::Heading2, "2. What next?"},
        {R::Heading1, "ANALYSIS"},
        {R::TextBody, "analysis"},
        {R::Heading1, "CALENDAR"},
        {R::TextBody, "interviews:"},
        {R::ListItem, "deliverable.no_date Org B"},
        {R::ListItem, "2026-10-01 deliverable.organisation_unknown"},
        {R::ListItem, "2026-11-05 Org A"},
        {R::TextBody, "restitution"},
        {R::TextBody, "2 chantiers, 2/year, 40 places, 4 days, 1 month(s)"},
        {R::ListItem, "chantier 1: 2027-09"},
        {R::ListItem, "chantier 2: 2028-03"}};
    EXPECT_EQ(paragraphsOf(guide), expected);
}

TEST(GuideDocument, ACycleThatCannotBePlannedLeavesTheChantiersOutAndSaysWhy) {
    Project project = guideProject();
    project.cycle.start = "2026-01";  // before the interviews
    const GuideDocument guide = guideDocument(project, texts(), "2026-12-01");
    EXPECT_NE(guide.noChantiers, "");
    EXPECT_EQ(guide.paragraphs.back().text, "restitution");
}

TEST(GuideDocument, WithoutACycleStartTheChantiersFollowTheLatestInterview) {
    Project project = guideProject();
    project.cycle.start.clear();
    const GuideDocument guide = guideDocument(project, texts(), "2026-12-01");
    EXPECT_EQ(guide.paragraphs.back().text, "chantier 2: 2027-06");
}

}  // namespace
}  // namespace ets
