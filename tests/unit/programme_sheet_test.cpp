#include "core/analysis/programme_sheet.hpp"

#include "core/project/cycle_settings.hpp"
#include "core/project/project_checks.hpp"
#include "core/text/months.hpp"
#include "sheet_test_support.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

using namespace ets::testing;
using Rows = std::vector<SheetRow>;
using ErrorKeyArgs = std::pair<std::string, std::vector<std::string>>;

// A plan made by hand: the blocks only lay it out.
Programme plan() {
    Programme programme;
    Carrier alpha;
    alpha.name = "Alpha";
    alpha.passages = 4;
    alpha.capacities = {Capacity::Analysis, Capacity::Expertise};
    Carrier bravo;
    bravo.name = "Bravo";
    bravo.passages = 1;
    PlannedSlot first{1, "2027-09", "2027-09", "th-l", "Logement", false, {{alpha, 25}, {bravo, 15}}};
    PlannedSlot second{2, "2028-03", "2028-04", "th-s", "Santé", true, {}};
    PlannedSlot third{3, "2028-09", "2028-10", "", "", false, {}};
    programme.slots = {first, second, third};
    programme.themes = {{"th-l", "Logement", 2, 3, 5, std::nullopt}, {"th-s", "Santé", 1, 1, 2, 1.5}};
    return programme;
}

TEST(ProgrammeSheet, CycleBlockStartThenEverySetting) {
    Cycle cycle;
    cycle.chantiers = 4;
    const SheetBlock block = programmeCycleBlock(cycle, *parseMonth("2027-09"), Catalogue());
    EXPECT_EQ(block.name, "ETS_Programme_Cycle");
    EXPECT_EQ(block.sheetName, "programme.sheet");
    const Rows expected = {{T("programme.column_setting"), T("programme.column_value")},
                           {T("programme.setting_start"), T("2027-09")},
                           {T("programme.setting_chantiers"), N(4)},
                           {T("programme.setting_per_year"), N(2)},
                           {T("programme.setting_participants"), N(40)},
                           {T("programme.setting_days"), N(4)},
                           {T("programme.setting_span"), N(1)}};
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(block.looks.boldRows, (std::vector<int>{0}));
    EXPECT_FALSE(block.looks.fitColumns);
}

TEST(ProgrammeSheet, SlotsBlockSaysWhereEachThemeComesFrom) {
    const SheetBlock block = programmeSlotsBlock(plan(), Catalogue());
    EXPECT_EQ(block.name, "ETS_Programme_Slots");
    const Rows expected = {
        {T("programme.column_chantier"), T("programme.column_start"), T("programme.column_end"),
         T("programme.column_theme"), T("programme.column_origin"), T("programme.column_choice"),
         T("programme.column_places"), T("programme.column_carriers")},
        {N(1), T("2027-09"), T("2027-09"), T("Logement"), T("programme.origin_proposed"), T(""), N(40),
         T("Alpha; Bravo")},
        {N(2), T("2028-03"), T("2028-04"), T("Santé"), T("programme.origin_committee"), T("Santé"), E(), T("")},
        {N(3), T("2028-09"), T("2028-10"), T(""), T(""), T(""), E(), T("")},
    };
    EXPECT_EQ(block.rows, expected);
    EXPECT_TRUE(block.looks.fitColumns);  // the first time, the slots set the widths
}

TEST(ProgrammeSheet, PlacesBlockARowPerCarrierWithWhatItBrings) {
    const SheetBlock block = programmePlacesBlock(plan(), Catalogue());
    EXPECT_EQ(block.name, "ETS_Programme_Places");
    const Rows expected = {
        {T("programme.column_chantier"), T("programme.column_theme"), T("programme.column_organisation"),
         T("programme.column_passages"), T("programme.column_places"), T("programme.column_brings")},
        {N(1), T("Logement"), T("Alpha"), N(4), N(25), T("brief.capacity.Analysis, brief.capacity.Expertise")},
        {N(1), T("Logement"), T("Bravo"), N(1), N(15), T("")},
    };
    EXPECT_EQ(block.rows, expected);
}

TEST(ProgrammeSheet, ThemesBlockRankedWithTheCommitteesPriority) {
    const SheetBlock block = programmeThemesBlock(plan(), Catalogue());
    EXPECT_EQ(block.name, "ETS_Programme_Themes");
    const Rows expected = {
        {T("programme.column_rank"), T("programme.column_theme"), T("programme.column_organisations"),
         T("programme.column_interviews"), T("programme.column_passages"), T("programme.column_priority")},
        {N(1), T("Logement"), N(2), N(3), N(5), E()},
        {N(2), T("Santé"), N(1), N(1), N(2), N(1.5)},
    };
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(kProgrammeBlockPlace.emptyRows, 2);
    EXPECT_FALSE(kProgrammeBlockPlace.inColumnA);
}

TEST(ProgrammeSheet, ADateSerialIsReadBackAsItsMonth) {
    EXPECT_EQ(monthOfDateSerial(46753), "2028-01");     // 2028-01-01
    EXPECT_EQ(monthOfDateSerial(46783.75), "2028-01");  // 2028-01-31, in the afternoon
    EXPECT_EQ(monthOfDateSerial(46784), "2028-02");
    EXPECT_EQ(monthOfDateSerial(25569), "1970-01");
    EXPECT_EQ(monthOfDateSerial(60), "1900-02");  // 1900-02-28
}

TEST(ProgrammeSheet, SettingsAreWholeNumbersFromOneToAThousand) {
    EXPECT_EQ(wholeSetting("Chantiers", "4"), 4);
    EXPECT_EQ(wholeSetting("Chantiers", " 1000 "), 1000);
    EXPECT_EQ(wholeSetting("Chantiers", "4,0"), 4);
    for (const char* bad : {"0", "1001", "2,5", "beaucoup", ""})
        EXPECT_EQ(errorOf([&] { wholeSetting("Places par chantier", bad); }).first, "programme.bad_setting") << bad;
    EXPECT_EQ(errorOf([] { wholeSetting("Places par chantier", " beaucoup "); }),
              (ErrorKeyArgs{"programme.bad_setting", {"Places par chantier", "beaucoup"}}));
}

// The cycle block as Calc gives it back, below its header.
Rows cycleTyped(SheetCell start, SheetCell participants) {
    return {{T("Début"), start},         {T("Chantiers"), N(4)}, {T("Par an"), N(2)},
            {T("Places"), participants}, {T("Jours"), N(3)},     {T("Mois"), N(1)}};
}

TEST(ProgrammeSheet, CycleTypedInTheSheetReplacesTheProjects) {
    Project project;
    readCycleFromSheet(cycleTyped(N(46753), N(30)), project);
    EXPECT_EQ(project.cycle.start, "2028-01");
    EXPECT_EQ((std::vector<int>{project.cycle.chantiers, project.cycle.perYear, project.cycle.participants,
                                project.cycle.days, project.cycle.spanMonths}),
              (std::vector<int>{4, 2, 30, 3, 1}));
    readCycleFromSheet(cycleTyped(T(" 2029-03 "), N(30)), project);
    EXPECT_EQ(project.cycle.start, "2029-03");
    // A setting typed wrong is named as the sheet labels it.
    EXPECT_EQ(errorOf([&] { readCycleFromSheet(cycleTyped(T("2029-03"), T("beaucoup")), project); }),
              (ErrorKeyArgs{"programme.bad_setting", {"Places", "beaucoup"}}));
}

TEST(ProgrammeSheet, ACycleBlockCutShortOrMissingChangesNothing) {
    Project project;
    readCycleFromSheet(std::nullopt, project);
    Rows shortBlock = cycleTyped(T("2030-01"), N(30));
    shortBlock.pop_back();
    readCycleFromSheet(shortBlock, project);
    Rows narrow = cycleTyped(T("2030-01"), N(30));
    narrow[2] = {T("Par an")};
    readCycleFromSheet(narrow, project);
    EXPECT_EQ(project.cycle.start, "");
    EXPECT_EQ(project.cycle.participants, 40);
}

Project themed() {
    Project project;
    project.themes = {{"th-l", "Logement", "", "", ""}, {"th-s", "Santé", "", "", ""}, {"th-e", "Emploi", "", "", ""}};
    project.committee.priorities = {{"th-e", 1}};
    project.committee.slots = {{6, "th-e"}};
    return project;
}

// The themes block below its header: rank, theme, organisations, interviews, passages, priority.
SheetRow themeRow(const char* theme, SheetCell priority) { return {N(1), T(theme), N(0), N(0), N(0), priority}; }
// The slots block below its header: number, start, end, theme, origin, choice, places, carriers.
SheetRow slotRow(SheetCell number, const char* choice) {
    return {number, T("2027-09"), T("2027-09"), T(""), T(""), T(choice), E(), T("")};
}

TEST(ProgrammeSheet, PrioritiesAndChoicesTypedInTheSheetReplaceTheCommittees) {
    Project project = themed();
    readCommitteeFromSheet(Rows{themeRow("Logement", N(2)), themeRow("santé ", T("1,5")), themeRow("Emploi", E()),
                                themeRow("Disparu", N(1))},
                           Rows{slotRow(N(1), ""), slotRow(N(3), " logement "), slotRow(T("total"), "Santé")}, project);
    ASSERT_EQ(project.committee.priorities.size(), 2u);
    EXPECT_EQ(project.committee.priorities[0].themeId, "th-l");
    EXPECT_EQ(project.committee.priorities[0].priority, 2);
    EXPECT_EQ(project.committee.priorities[1].themeId, "th-s");
    EXPECT_EQ(project.committee.priorities[1].priority, 1.5);
    ASSERT_EQ(project.committee.slots.size(), 1u);  // slot 6's choice is gone with its row
    EXPECT_EQ(project.committee.slots[0].slot, 3);
    EXPECT_EQ(project.committee.slots[0].themeId, "th-l");
}

TEST(ProgrammeSheet, BlocksNotInTheSheetLeaveTheCommitteeAsItWas) {
    Project project = themed();
    readCommitteeFromSheet(std::nullopt, std::nullopt, project);
    EXPECT_EQ(project.committee.priorities.size(), 1u);
    EXPECT_EQ(project.committee.slots.size(), 1u);
    readCommitteeFromSheet(Rows{}, std::nullopt, project);
    EXPECT_TRUE(project.committee.priorities.empty());
    EXPECT_EQ(project.committee.slots.size(), 1u);
}

TEST(ProgrammeSheet, WhatTheCommitteeTypedWrongIsRefused) {
    Project project = themed();
    EXPECT_EQ(errorOf([&] { readCommitteeFromSheet(Rows{themeRow("Santé", T("haute"))}, std::nullopt, project); }),
              (ErrorKeyArgs{"programme.bad_priority", {"Santé", "haute"}}));
    EXPECT_EQ(errorOf([&] { readCommitteeFromSheet(std::nullopt, Rows{slotRow(N(2), "Inconnu")}, project); }),
              (ErrorKeyArgs{"theme.unknown", {"Inconnu"}}));
    EXPECT_EQ(errorOf([&] {
                  readCommitteeFromSheet(std::nullopt, Rows{slotRow(N(1), "Santé"), slotRow(N(2), "santé")}, project);
              }).first,
              "programme.theme_twice");
}

TEST(ProgrammeSheet, ArgumentsSetTheCycleThenTheSlots) {
    Project project = themed();
    applyProgrammeArguments(
        FakeArguments{{"Chantiers", 8.0}, {"Participants", std::string("30")}, {"Slots", std::string("2=Santé; 6=")}},
        project);
    EXPECT_EQ(project.cycle.chantiers, 8);
    EXPECT_EQ(project.cycle.participants, 30);
    ASSERT_EQ(project.committee.slots.size(), 1u);
    EXPECT_EQ(project.committee.slots[0].slot, 2);
    EXPECT_EQ(errorOf([&] {
                  applyProgrammeArguments(FakeArguments{{"Days", 2.5}}, project);
              }),
              (ErrorKeyArgs{"programme.bad_setting", {"Days", std::to_string(2.5)}}));
    EXPECT_EQ(errorOf([&] {
                  applyProgrammeArguments(FakeArguments{{"PerYear", 3.0}, {"SpanMonths", 5.0}}, project);
              }).first,
              "programme.slots_overlap");
    // The settings in the order of the list: the first bad one is named.
    EXPECT_EQ(errorOf([&] {
                  applyProgrammeArguments(FakeArguments{{"SpanMonths", 0.0}, {"Chantiers", 0.0}}, project);
              }).second.front(),
              "Chantiers");
}

TEST(ProgrammeSheet, TheCycleSettingsAreListedOnceForTheFileTheChecksAndTheSheet) {
    for (const CycleSetting& setting : kCycleSettings) {
        Cycle cycle;
        cycle.*setting.member = 0;
        EXPECT_EQ(errorOf([&] { checkCycle(cycle); }),
                  (ErrorKeyArgs{"programme.bad_setting", {setting.argument, "0"}}));
        Project project;
        project.name = "P";
        project.cycle = cycle;
        EXPECT_EQ(errorOf([&] { checkProject(project); }).second.front(), std::string("cycle.") + setting.field);
    }
}

// Logement carried by Alpha and Bravo, Santé by Alpha; the last interview in 2026-11.
Project counted() {
    Project project = themed();
    project.committee = {};
    project.organisations = {{"or-a", "Alpha"}, {"or-b", "Bravo"}};
    for (const char* id : {"a", "b"}) {
        Interview interview;
        interview.id = std::string("in-") + id;
        interview.organisationId = std::string("or-") + id;
        interview.date = id[0] == 'a' ? "2026-10-02" : "2026-11-20";
        interview.transcript = std::string("t-") + id + ".odt";
        project.interviews.push_back(interview);
    }
    auto add = [&](const char* transcript, const char* theme) {
        Passage passage;
        passage.id = "p" + std::to_string(project.passages.size());
        passage.transcript = transcript;
        passage.themeIds = {theme};
        project.passages.push_back(passage);
    };
    add("t-a.odt", "th-l");
    add("t-b.odt", "th-l");
    add("t-a.odt", "th-s");
    return project;
}

TEST(ProgrammeSheet, ARunReadsTheSheetThenTheArgumentsAndSavesOnlyWhatChanged) {
    const Project project = counted();
    // Nothing typed, no argument: the month after the data, nothing to save.
    ProgrammeRun run = runProgramme(project, project, {}, FakeArguments{}, "2026-12-15");
    EXPECT_EQ(formatMonth(run.startMonth), "2026-12");
    EXPECT_FALSE(run.changed);
    EXPECT_EQ(run.amended.cycle.start, "");
    ASSERT_EQ(run.programme.slots.size(), 6u);
    EXPECT_EQ(run.programme.slots[0].themeName, "Logement");

    // A start given is kept; a priority typed in the sheet reorders the proposal.
    ProgrammeSheetCells typed;
    typed.themes = Rows{themeRow("Santé", N(1))};
    run = runProgramme(project, project, typed, FakeArguments{{"Start", std::string("2027-09")}}, "2026-12-15");
    EXPECT_TRUE(run.changed);
    EXPECT_EQ(run.amended.cycle.start, "2027-09");
    EXPECT_EQ(run.programme.slots[0].themeName, "Santé");
    EXPECT_EQ(run.programme.slots[0].startMonth, "2027-09");

    // The arguments come after the sheet: a slot given replaces the one typed.
    typed = {};
    typed.cycle = cycleTyped(T("2027-01"), N(40));
    typed.slots = Rows{slotRow(N(1), "Santé")};
    run = runProgramme(project, project, typed, FakeArguments{{"Slots", std::string("1=Logement")}}, "2026-12-15");
    EXPECT_EQ(run.amended.cycle.start, "2027-01");
    EXPECT_EQ(run.amended.cycle.chantiers, 4);
    EXPECT_EQ(run.programme.slots.size(), 4u);
    EXPECT_EQ(run.programme.slots[0].themeName, "Logement");
    EXPECT_TRUE(run.programme.slots[0].byHand);

    // A start before the data is refused.
    EXPECT_EQ(errorOf([&] {
                  runProgramme(project, project, {}, FakeArguments{{"Start", std::string("2026-10")}}, "2026-12-15");
              }).first,
              "programme.start_before_data");
}

TEST(ProgrammeSheet, MessageNamesTheSheetTheMonthsAndTheThemesPlaced) {
    const Catalogue texts = Catalogue::fromJsonText(R"({"programme.done": "done {0}|{1}|{2}|{3}|{4}"})");
    EXPECT_EQ(programmeMessage(plan(), "Programme", texts), "done Programme|3|2027-09|2028-10|1. Logement; 2. Santé");
}

}  // namespace
}  // namespace ets
