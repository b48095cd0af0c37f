#include "core/analysis/guide_document.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

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
        {R::Heading1, "guide.gdpr_heading"},
        {R::TextBody, "guide.gdpr_purpose"},
        {R::TextBody, "guide.gdpr_retention"},
        {R::TextBody, "guide.gdpr_rights"},
        {R::TextBody, "guide.gdpr_contact_blank"},
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
        {R::ListItem, "chantier 2: 2028-03"},
        {R::Title, "guide.form_title"},
        {R::Subtitle, "Exploration"},
        {R::TextBody, "guide.form_name"},
        {R::TextBody, "guide.form_organisation"},
        {R::TextBody, "guide.form_intro"},
        {R::TextBody, "guide.form_agree_interview"},
        {R::TextBody, "guide.form_agree_recording"},
        {R::TextBody, "guide.form_agree_quotes"},
        {R::TextBody, "guide.form_agree_review"},
        {R::TextBody, "guide.form_withdraw"},
        {R::TextBody, "guide.gdpr_contact_blank"},
        {R::TextBody, "guide.form_place_date"},
        {R::TextBody, "guide.form_signature"}};
    EXPECT_EQ(paragraphsOf(guide), expected);
}

// The paragraphs before the consent form (the protocol itself).
std::vector<Paragraph> protocolOf(const GuideDocument& guide) {
    std::vector<Paragraph> protocol;
    for (const Paragraph& paragraph : guide.paragraphs) {
        if (paragraph.pageBreakBefore)
            break;
        protocol.push_back(paragraph);
    }
    return protocol;
}

TEST(GuideDocument, TheConsentFormAloneStartsAPage) {
    const GuideDocument guide = guideDocument(guideProject(), texts(), "2026-12-01");
    int breaks = 0;
    for (const Paragraph& paragraph : guide.paragraphs)
        if (paragraph.pageBreakBefore) {
            ++breaks;
            EXPECT_EQ(paragraph.text, "guide.form_title");
            EXPECT_EQ(paragraph.role, R::Title);
        }
    EXPECT_EQ(breaks, 1);
}

const Catalogue& shipped(const char* language) {
    static std::map<std::string, Catalogue> catalogues;
    auto found = catalogues.find(language);
    if (found == catalogues.end())
        found = catalogues.emplace(language, Catalogue::load(ETS_STRINGS_DIR, language)).first;
    return found->second;
}

TEST(GuideDocument, TheNoticeAndTheFormNeverShowAPlaceholderInAnyLanguage) {
    for (const char* language : {"fr", "en", "nl"}) {
        for (const char* contact : {"", "Claire V., claire@example.org, 02 123 45 67"}) {
            Project project = guideProject();
            project.guide.contact = contact;
            const GuideDocument guide = guideDocument(project, shipped(language), "2026-12-01");
            int contacts = 0;
            for (const Paragraph& paragraph : guide.paragraphs) {
                EXPECT_EQ(paragraph.text.find('{'), std::string::npos) << language << ": " << paragraph.text;
                EXPECT_EQ(paragraph.text.find("guide."), std::string::npos) << language << ": " << paragraph.text;
                if (*contact && paragraph.text.find(contact) != std::string::npos)
                    ++contacts;
                if (!*contact && paragraph.text.find("____") != std::string::npos &&
                    paragraph.text.find(shipped(language).text("guide.gdpr_contact_blank").substr(0, 6)) == 0)
                    ++contacts;
            }
            EXPECT_EQ(contacts, 2) << language << " contact « " << contact << " »: in the notice and on the form";
        }
    }
}

TEST(GuideDocument, FrenchNoticeIsSetInFrenchTypography) {
    const GuideDocument guide = guideDocument(guideProject(), shipped("fr"), "2026-12-01");
    bool notice = false;
    for (const Paragraph& composed : guide.paragraphs) {
        const std::string text = typesetParagraph(composed, "fr").text;
        if (text.rfind("Finalit\u00e9", 0) == 0 || text.rfind("Finalité", 0) == 0) {
            notice = true;
            EXPECT_NE(text.find("Finalité\u00a0:"), std::string::npos) << text;
            EXPECT_NE(text.find("\u202f;"), std::string::npos) << text;
            EXPECT_NE(text.find("’"), std::string::npos) << text;
        }
    }
    EXPECT_TRUE(notice);
}

TEST(GuideDocument, ACycleThatCannotBePlannedLeavesTheChantiersOutAndSaysWhy) {
    Project project = guideProject();
    project.cycle.start = "2026-01";  // before the interviews
    const GuideDocument guide = guideDocument(project, texts(), "2026-12-01");
    EXPECT_NE(guide.noChantiers, "");
    EXPECT_EQ(protocolOf(guide).back().text, "restitution");
}

TEST(GuideDocument, WithoutACycleStartTheChantiersFollowTheLatestInterview) {
    Project project = guideProject();
    project.cycle.start.clear();
    const GuideDocument guide = guideDocument(project, texts(), "2026-12-01");
    EXPECT_EQ(protocolOf(guide).back().text, "chantier 2: 2027-06");
}

}  // namespace
}  // namespace ets
