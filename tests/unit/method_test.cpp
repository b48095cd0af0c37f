#include "core/method/method.hpp"

#include "core/project/project_json.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

Organisation organisation(const char* id, const char* name, const char* referent,
                          OrganisationStatus status = OrganisationStatus::Identified) {
    Organisation o;
    o.id = id;
    o.name = name;
    o.referent = referent;
    o.status = status;
    return o;
}

// Marie names 2 (one interviewed), Jan 3, Fatou 6; "luc m." names one but is not in the list.
Project nominated() {
    Project project;
    project.referents = {
        {"Marie D.", "CPAS d'Anderlecht"}, {"Jan V.", "Samenlevingsopbouw"}, {"Fatou K.", ""}, {"Nadia B.", "FdSS"}};
    project.organisations = {organisation("o1", "Bravo", "marie d. ", OrganisationStatus::Interviewed),
                             organisation("o2", "Alpha", "Marie D."),
                             organisation("o3", "J1", "Jan V."),
                             organisation("o4", "J2", "Jan V."),
                             organisation("o5", "J3", "Jan V."),
                             organisation("o6", "Luc's", "luc m.")};
    for (int i = 0; i < 6; ++i)
        project.organisations.push_back(
            organisation(("f" + std::to_string(i)).c_str(), ("F" + std::to_string(i)).c_str(), "Fatou K."));
    Interview interview;
    interview.id = "in-1";
    interview.organisationId = "o3";  // an interview counts even when the status was not updated
    project.interviews.push_back(interview);
    return project;
}

TEST(Nominations, CountsNamedAndInterviewedAndFlagsOutsideThreeToFive) {
    const auto rows = nominations(nominated());
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].referent, "Marie D.");
    EXPECT_EQ(rows[0].organisation, "CPAS d'Anderlecht");
    EXPECT_EQ(rows[0].named, (std::vector<std::string>{"Alpha", "Bravo"}));
    EXPECT_EQ(rows[0].interviewed, 1);
    EXPECT_EQ(rows[0].flag, -1);
    EXPECT_EQ(rows[1].named.size(), 3u);
    EXPECT_EQ(rows[1].interviewed, 1);
    EXPECT_EQ(rows[1].flag, 0);
    EXPECT_EQ(rows[2].named.size(), 6u);
    EXPECT_EQ(rows[2].flag, 1);
    EXPECT_EQ(rows[3].referent, "Nadia B.");
    EXPECT_TRUE(rows[3].named.empty());
    EXPECT_EQ(rows[3].flag, -1);
    EXPECT_EQ(rows[4].referent, "luc m.");
    EXPECT_FALSE(rows[4].listed);
    EXPECT_EQ(rows[4].named.size(), 1u);
}

TEST(Nominations, LinesSayEachReferentsCountsInTheCataloguesWordsWithFlags) {
    const Catalogue texts = Catalogue::fromJsonText(R"({
        "nominations.line": "{0}: {1} named, {2} met",
        "nominations.line_with_organisation": "{0} ({1}): {2} named, {3} met",
        "nominations.short_line": "{0} {1}/{2}",
        "nominations.flag_few": " [few]", "nominations.flag_many": " [many]", "nominations.unlisted": " [unlisted]"})");
    EXPECT_EQ(
        nominationLines(nominated(), texts),
        (std::vector<std::string>{"Marie D. (CPAS d'Anderlecht): 2 named, 1 met [few]",
                                  "Jan V. (Samenlevingsopbouw): 3 named, 1 met", "Fatou K.: 6 named, 0 met [many]",
                                  "Nadia B. (FdSS): 0 named, 0 met [few]", "luc m.: 1 named, 0 met [few] [unlisted]"}));
    EXPECT_EQ(nominationLines(nominated(), texts, true).front(), "Marie D. 2/1 [few]");
}

TEST(Referents, SetAddsOrChangesAndRemoveRefusesUnknown) {
    Project project;
    setReferent(project, " Marie D. ", "CPAS");
    setReferent(project, "MARIE D.", "FdSS");
    ASSERT_EQ(project.referents.size(), 1u);
    EXPECT_EQ(project.referents[0].name, "Marie D.");
    EXPECT_EQ(project.referents[0].organisation, "FdSS");
    try {
        setReferent(project, "  ", "x");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "referent.name_empty");
    }
    try {
        removeReferent(project, "Jan");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "referent.unknown");
    }
    removeReferent(project, "marie d.");
    EXPECT_TRUE(project.referents.empty());
}

TEST(QuestionGrid, ParsesObjectsAndPlainTextsInOrder) {
    const auto grid = parseQuestionGrid(
        R"([{"question":"Quels nœuds ?","purpose":"les problèmes","prompts":["Un exemple ?","Depuis quand ?"]},
            "Quels leviers ?", {"question":"Et demain ?","prompts":"Avec qui ?\nPour qui ?"}])");
    ASSERT_EQ(grid.size(), 3u);
    EXPECT_EQ(grid[0].question, "Quels nœuds ?");
    EXPECT_EQ(grid[0].purpose, "les problèmes");
    EXPECT_EQ(grid[0].prompts, (std::vector<std::string>{"Un exemple ?", "Depuis quand ?"}));
    EXPECT_EQ(grid[1].question, "Quels leviers ?");
    EXPECT_EQ(grid[2].prompts, (std::vector<std::string>{"Avec qui ?", "Pour qui ?"}));
}

TEST(QuestionGrid, RefusesBadJsonEmptyGridAndBlankQuestion) {
    for (const char* text : {"not json", "{\"question\":\"x\"}", "[42]", "[{\"question\":3}]"}) {
        try {
            parseQuestionGrid(text);
            FAIL() << text;
        } catch (const Error& error) {
            EXPECT_EQ(error.key(), "guide.bad_questions") << text;
        }
    }
    Project project;
    project.guide.questions = {{"Q", "", {}}};
    try {
        setQuestionGrid(project, {});
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "guide.empty_grid");
    }
    try {
        setQuestionGrid(project, {{"A", "", {}}, {" ", "", {}}});
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "guide.blank_question");
        EXPECT_EQ(error.args().at(0), "2");
    }
    EXPECT_EQ(project.guide.questions.size(), 1u);  // unchanged after a refusal
}

TEST(GuideEdits, EditsReplaceOnlyWhatTheyGive) {
    InterviewGuide guide;
    guide.presentation = "old presentation";
    guide.consent = "old consent";
    guide.questions = {{"Old?", "", {}}};
    GuideEdits edits;
    EXPECT_FALSE(edits.changesSomething());
    edits.consent = "new consent";
    EXPECT_TRUE(edits.changesSomething());
    InterviewGuide edited = editedGuide(guide, edits);
    EXPECT_EQ(edited.presentation, "old presentation");
    EXPECT_EQ(edited.consent, "new consent");
    ASSERT_EQ(edited.questions.size(), 1u);
    edits.questions = std::vector<GuideQuestion>{{"New?", "why", {"more"}}, {"Next?", "", {}}};
    edited = editedGuide(guide, edits);
    ASSERT_EQ(edited.questions.size(), 2u);
    EXPECT_EQ(edited.questions[0].question, "New?");
    EXPECT_EQ(edited.questions[0].prompts, std::vector<std::string>{"more"});
}

TEST(GuideEdits, AGuideIsNeverWrittenWithoutQuestionsNorWithABlankOne) {
    InterviewGuide guide;
    auto refusal = [&](const GuideEdits& edits) {
        try {
            editedGuide(guide, edits);
        } catch (const Error& error) {
            return error.key() + (error.args().empty() ? "" : " " + error.args()[0]);
        }
        return std::string("accepted");
    };
    EXPECT_EQ(refusal(GuideEdits{}), "guide.empty_grid");  // the project's grid is empty and nothing is given
    GuideEdits edits;
    edits.questions = std::vector<GuideQuestion>{};
    EXPECT_EQ(refusal(edits), "guide.empty_grid");
    edits.questions = std::vector<GuideQuestion>{{"First?", "", {}}, {"  ", "", {}}};
    EXPECT_EQ(refusal(edits), "guide.blank_question 2");
    guide.questions = {{"Kept?", "", {}}};
    EXPECT_EQ(refusal(GuideEdits{}), "accepted");
}

TEST(MethodJson, RoundTripsAndOldFilesStillOpen) {
    Project project = nominated();
    project.name = "Étude";
    project.guide = {"Présentation", "Consentement", {{"Q1", "P1", {"R1", "R2"}}, {"Q2", "", {}}}};
    project.cycle.start = "2027-03";
    project.cycle.participants = 30;
    project.themes = {{"th-a", "A", "", "", ""}};
    project.committee.priorities = {{"th-a", 1.5}};
    project.committee.slots = {{2, "th-a"}};
    const Project back = projectFromJson(toJson(project));
    EXPECT_EQ(back.referents.size(), 4u);
    EXPECT_EQ(back.referents[0].organisation, "CPAS d'Anderlecht");
    ASSERT_EQ(back.guide.questions.size(), 2u);
    EXPECT_EQ(back.guide.questions[0].prompts, (std::vector<std::string>{"R1", "R2"}));
    EXPECT_EQ(back.guide.consent, "Consentement");
    EXPECT_EQ(back.cycle.start, "2027-03");
    EXPECT_EQ(back.cycle.participants, 30);
    EXPECT_EQ(back.cycle.chantiers, 6);
    ASSERT_EQ(back.committee.priorities.size(), 1u);
    EXPECT_DOUBLE_EQ(back.committee.priorities[0].priority, 1.5);
    ASSERT_EQ(back.committee.slots.size(), 1u);
    EXPECT_EQ(back.committee.slots[0].slot, 2);

    nlohmann::json old = toJson(Project{});
    for (const char* key : {"referents", "guide", "cycle", "committee"})
        old.erase(key);
    const Project opened = projectFromJson(old);
    EXPECT_TRUE(opened.referents.empty());
    EXPECT_TRUE(opened.guide.questions.empty());
    EXPECT_EQ(opened.cycle.perYear, 2);
}

TEST(MethodJson, RefusesBadCycleValues) {
    nlohmann::json file = toJson(Project{});
    file["cycle"]["perYear"] = 0;
    try {
        projectFromJson(file);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "json.bad_value");
        EXPECT_EQ(error.args().at(0), "cycle.perYear");
    }
    file = toJson(Project{});
    file["cycle"]["start"] = "2027-13";
    EXPECT_THROW(projectFromJson(file), Error);
}

}  // namespace
}  // namespace ets
