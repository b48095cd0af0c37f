#include "core/analysis/programme.hpp"

#include "core/text/error.hpp"
#include "core/text/months.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <numeric>

namespace ets {
namespace {

std::string errorKey(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.key();
    }
    return "no error";
}

// Four themes; organisations A, B, C, each with one interview (t-a, t-b, t-c), the last in 2026-11.
//   Logement: A×3, B×1, C×1 (3 organisations)   Santé: A×2, B×2 (2)
//   Emploi: C×5 (1)                              Culture: no passage
Project sample() {
    Project project;
    project.themes = {{"th-l", "Logement", "", "", ""},
                      {"th-s", "Santé", "", "", ""},
                      {"th-e", "Emploi", "", "", ""},
                      {"th-c", "Culture", "", "", ""}};
    project.organisations = {{"or-a", "Alpha"}, {"or-b", "Bravo"}, {"or-c", "Charlie"}};
    const char* dates[] = {"2026-10-02", "2026-11-20", "2026-09-15"};
    const char* ids[] = {"a", "b", "c"};
    for (int i = 0; i < 3; ++i) {
        Interview interview;
        interview.id = std::string("in-") + ids[i];
        interview.organisationId = std::string("or-") + ids[i];
        interview.date = dates[i];
        interview.transcript = std::string("t-") + ids[i] + ".odt";
        project.interviews.push_back(interview);
    }
    int n = 0;
    auto add = [&](const char* organisation, const char* theme, int count) {
        for (int i = 0; i < count; ++i) {
            Passage passage;
            passage.id = "p" + std::to_string(++n);
            passage.transcript = std::string("t-") + organisation + ".odt";
            passage.anchor = "ETS_" + std::to_string(n);
            passage.themeIds = {theme};
            project.passages.push_back(passage);
        }
    };
    add("a", "th-l", 3);
    add("b", "th-l", 1);
    add("c", "th-l", 1);
    add("a", "th-s", 2);
    add("b", "th-s", 2);
    add("c", "th-e", 5);
    return project;
}

std::vector<std::string> slotThemes(const Programme& programme) {
    std::vector<std::string> names;
    for (const PlannedSlot& slot : programme.slots)
        names.push_back(slot.themeName);
    return names;
}

TEST(Months, ParseAndFormat) {
    EXPECT_EQ(parseMonth("2027-01"), 2027 * 12);
    EXPECT_EQ(formatMonth(2027 * 12 + 11), "2027-12");
    for (const char* bad : {"2027-13", "2027-00", "2027-1", "27-01", "2027/01", ""})
        EXPECT_FALSE(parseMonth(bad)) << bad;
}

TEST(SplitPlaces, AddsUpExactlyByLargestRemainder) {
    EXPECT_EQ(splitPlaces({3, 1, 1}, 40), (std::vector<int>{24, 8, 8}));
    EXPECT_EQ(splitPlaces({1, 1, 1}, 40), (std::vector<int>{14, 13, 13}));
    EXPECT_EQ(splitPlaces({2, 2}, 40), (std::vector<int>{20, 20}));
    EXPECT_EQ(splitPlaces({0, 0}, 40), (std::vector<int>{0, 0}));
    // Capped: a weaker carrier is offered the cap too when places are left, not a share cut to size.
    EXPECT_EQ(cappedPlaces({12, 9, 7, 5}, 40, 8), (std::vector<int>{8, 8, 8, 8}));
    EXPECT_EQ(cappedPlaces({10, 1}, 10, 8), (std::vector<int>{8, 2}));
    EXPECT_EQ(cappedPlaces({3, 1, 1}, 10, 8), (std::vector<int>{6, 2, 2}));
    EXPECT_EQ(cappedPlaces({1, 1, 1, 1, 1, 1}, 40, 8), (std::vector<int>{7, 7, 7, 7, 6, 6}));
    EXPECT_EQ(cappedPlaces({2, 0}, 40, 8), (std::vector<int>{8, 0}));
    EXPECT_EQ(cappedPlaces({2, 2}, 40, 0), (std::vector<int>{0, 0}));
    for (const auto& weights :
         std::vector<std::vector<int>>{{7, 3, 2, 1}, {1, 1, 1, 1, 1, 1, 1}, {5}, {13, 11, 9, 2, 1}}) {
        const auto parts = splitPlaces(weights, 40);
        EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), 0), 40);
    }
}

TEST(Programme, SlotsGetTheirMonthsAndTheTopThemesFillTheFirstThree) {
    Project project = sample();
    const Programme programme = planProgramme(project, *parseMonth("2027-01"));
    ASSERT_EQ(programme.slots.size(), 6u);
    EXPECT_EQ(programme.slots[0].startMonth, "2027-01");
    EXPECT_EQ(programme.slots[1].startMonth, "2027-07");
    EXPECT_EQ(programme.slots[2].startMonth, "2028-01");
    EXPECT_EQ(programme.slots[5].startMonth, "2029-07");
    EXPECT_EQ(programme.slots[5].endMonth, "2029-07");
    EXPECT_EQ(slotThemes(programme), (std::vector<std::string>{"Logement", "Santé", "Emploi", "", "", ""}));
    ASSERT_EQ(programme.themes.size(), 4u);
    EXPECT_EQ(programme.themes[3].name, "Culture");
    // The carriers of the briefs, by score (all three are knots, so +2 each): Alpha 3×3 + 2 + 2 (focus 3/5) = 13,
    // Bravo 3 + 2 + 2 (1/3) = 7, Charlie 3 + 2 (1/6) = 5; 40 × 13/25 = 20.8, 11.2, 8 → 21, 11, 8, each capped at the
    // cycle's 8 places per organisation: 8, 8, 8, and 16 places stay open.
    const auto& carriers = programme.slots[0].carriers;
    ASSERT_EQ(carriers.size(), 3u);
    EXPECT_EQ(carriers[0].carrier.name, "Alpha");
    EXPECT_EQ(carriers[0].carrier.score, 13);
    EXPECT_EQ(carriers[0].places, 8);
    EXPECT_EQ(carriers[1].carrier.name, "Bravo");
    EXPECT_EQ(carriers[1].places, 8);
    EXPECT_EQ(carriers[2].places, 8);
    EXPECT_EQ(programme.slots[0].openPlaces, 16);
}

TEST(Programme, CommitteePriorityComesFirst) {
    Project project = sample();
    project.committee.priorities = {{"th-c", 1}, {"th-e", 2}};
    const Programme programme = planProgramme(project, *parseMonth("2027-01"));
    EXPECT_EQ(slotThemes(programme), (std::vector<std::string>{"Culture", "Emploi", "Logement", "", "", ""}));
    EXPECT_TRUE(programme.slots[0].carriers.empty());  // nobody spoke of it: no places to share
}

TEST(Programme, HandAssignedSlotsStayAndAreNotProposedTwice) {
    Project project = sample();
    project.committee.slots = {{2, "th-l"}, {5, "th-c"}};
    const Programme programme = planProgramme(project, *parseMonth("2027-01"));
    EXPECT_EQ(slotThemes(programme), (std::vector<std::string>{"Santé", "Logement", "Emploi", "", "Culture", ""}));
    EXPECT_TRUE(programme.slots[1].byHand);
    EXPECT_FALSE(programme.slots[0].byHand);
}

TEST(Programme, AThemeIsNotProposedBesideItsParentOrSubTheme) {
    Project project = sample();
    project.themes[1].parentId = "th-l";  // Santé under Logement: Logement now counts its passages too
    Programme programme = planProgramme(project, *parseMonth("2027-01"));
    EXPECT_EQ(programme.themes[1].name, "Santé");  // still ranked second...
    EXPECT_EQ(slotThemes(programme),
              (std::vector<std::string>{"Logement", "Emploi", "Culture", "", "", ""}));  // ...not proposed
    project.committee.slots = {{2, "th-s"}};  // the committee's choice of the sub-theme keeps its parent out too
    programme = planProgramme(project, *parseMonth("2027-01"));
    EXPECT_EQ(slotThemes(programme), (std::vector<std::string>{"Emploi", "Santé", "Culture", "", "", ""}));
}

TEST(Programme, CycleRulesAreChecked) {
    Project project = sample();
    project.cycle.perYear = 3;
    project.cycle.spanMonths = 5;
    EXPECT_EQ(errorKey([&] { planProgramme(project, 0); }), "programme.slots_overlap");
    project = sample();
    project.cycle.days = 30;
    EXPECT_EQ(errorKey([&] { planProgramme(project, 0); }), "programme.days_dont_fit");
    project = sample();
    project.cycle.participants = 0;
    EXPECT_EQ(errorKey([&] { planProgramme(project, 0); }), "programme.bad_setting");
    project = sample();
    project.cycle.perYear = 3;  // 4 months apart
    const Programme programme = planProgramme(project, *parseMonth("2027-01"));
    EXPECT_EQ(programme.slots[2].startMonth, "2027-09");
    EXPECT_EQ(programme.slots[3].startMonth, "2028-01");
}

TEST(Programme, StartMonthMustNotPrecedeTheData) {
    const Project project = sample();
    EXPECT_EQ(programmeStart(project, std::nullopt, "2030-01-01"), *parseMonth("2026-12"));
    EXPECT_EQ(programmeStart(project, std::string("2026-11"), ""), *parseMonth("2026-11"));
    EXPECT_EQ(errorKey([&] { programmeStart(project, std::string("2026-10"), ""); }), "programme.start_before_data");
    EXPECT_EQ(errorKey([&] { programmeStart(project, std::string("janvier"), ""); }), "programme.bad_start");
    EXPECT_EQ(programmeStart(Project{}, std::nullopt, "2026-05-03"), *parseMonth("2026-06"));
}

TEST(Programme, PrioritiesMustBeNumbers) {
    EXPECT_EQ(parsePriority("T", " "), std::nullopt);
    EXPECT_EQ(parsePriority("T", "2"), 2.0);
    EXPECT_EQ(parsePriority("T", "1,5"), 1.5);
    EXPECT_EQ(errorKey([] { parsePriority("T", "haute"); }), "programme.bad_priority");
    EXPECT_EQ(errorKey([] { parsePriority("T", "-1"); }), "programme.bad_priority");
}

TEST(Programme, SlotChoicesAreParsedAndChecked) {
    Project project = sample();
    const auto choices = parseSlotChoices(project, "2=logement ; 4 = Santé; 5=");
    ASSERT_EQ(choices.size(), 3u);
    EXPECT_EQ(choices[0].slot, 2);
    EXPECT_EQ(choices[0].themeId, "th-l");
    EXPECT_EQ(choices[2].themeId, "");
    EXPECT_EQ(errorKey([&] { parseSlotChoices(project, "7=Santé"); }), "programme.bad_slot");
    EXPECT_EQ(errorKey([&] { parseSlotChoices(project, "deux=Santé"); }), "programme.bad_slot");
    EXPECT_EQ(errorKey([&] { parseSlotChoices(project, "2=Inconnu"); }), "theme.unknown");
    EXPECT_EQ(errorKey([&] { setSlotChoices(project, {{1, "th-l"}, {2, "th-l"}}); }), "programme.theme_twice");
    EXPECT_TRUE(project.committee.slots.empty());
    setSlotChoices(project, choices);
    ASSERT_EQ(project.committee.slots.size(), 2u);
    setSlotChoices(project, {{2, ""}});
    ASSERT_EQ(project.committee.slots.size(), 1u);
    EXPECT_EQ(project.committee.slots[0].slot, 4);
}

}  // namespace
}  // namespace ets
