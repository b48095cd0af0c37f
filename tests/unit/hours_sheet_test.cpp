#include "core/timesheet/hours_sheet.hpp"

#include "core/timesheet/timesheet.hpp"
#include "sheet_test_support.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

using namespace ets::testing;

const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"({
        "activity.Interviews": "entretiens", "activity.Analysis": "analyse", "activity.Transcription": "transcription",
        "hours.decimal_separator": ",", "hours.invoice_title": "Récapitulatif – {0}",
        "hours.sheet_done": "done {0}|{1}|{2}|{3}|{4}"})");
    return catalogue;
}

// 18,25 hours of a minimum of 75, over two months, by Claire V. and Amina (first written "amina").
Project timesheet() {
    Project project;
    project.name = "Mission";
    project.organisations = {{"or-s", "Le Sureau"}};
    auto line = [](const char* date, const char* person, Activity activity, double hours, const char* organisation,
                   const char* note) {
        HourEntry entry;
        entry.date = date;
        entry.person = person;
        entry.activity = activity;
        entry.hours = hours;
        entry.organisationId = organisation;
        entry.note = note;
        return entry;
    };
    project.hours = {line("2025-11-05", "Claire V.", Activity::Interviews, 2, "or-s", "premier"),
                     line("2025-11-05", "amina", Activity::Interviews, 2, "", ""),
                     line("2025-12-02", "Claire V.", Activity::Analysis, 7.75, "", "=1+1"),
                     line("2025-11-20", "Amina", Activity::Transcription, 6.5, "", "")};
    return project;
}

// The labels of the activities in kActivities order, as the sheet writes them.
std::vector<SheetCell> activityLabels() {
    return {T("Activity.PreparatoryMeeting"),
            T("Activity.Protocol"),
            T("Activity.Identification"),
            T("Entretiens"),
            T("Transcription"),
            T("Analyse"),
            T("Activity.Writing"),
            T("Activity.Restitution"),
            T("Activity.Other")};
}

TEST(HoursSheet, SummaryTotalsFirstWithFormulasOverItsOwnCells) {
    const SheetBlock block = hoursSummaryBlock(timesheet(), texts(), {0, 0});
    EXPECT_EQ(block.name, "ETS_Hours_Summary");
    EXPECT_EQ(block.sheetName, "hours.sheet_name");
    std::vector<SheetRow> expected = {
        {T("hours.summary_title")},  {T("hours.total"), F("=SUM(B6:B14)")},
        {T("hours.minimum"), N(75)}, {T("hours.remaining"), F("=MAX(0;B3-B2)")},
        {T("hours.by_activity")},
    };
    const double perActivity[] = {0, 0, 0, 4, 6.5, 7.75, 0, 0, 0};
    for (int a = 0; a < 9; ++a)
        expected.push_back({activityLabels()[static_cast<std::size_t>(a)], N(perActivity[a])});
    expected.push_back({T("hours.by_person")});
    expected.push_back({T("amina"), N(8.5)});
    expected.push_back({T("Claire V."), N(9.75)});
    expected.push_back({T("hours.by_month")});
    expected.push_back({T("2025-11"), N(10.5)});
    expected.push_back({T("2025-12"), N(7.75)});
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(block.looks.boldRows, (std::vector<int>{0, 1, 3, 4, 14, 17}));
    EXPECT_TRUE(block.looks.normalWeightFirst);
    EXPECT_TRUE(block.looks.fitColumns);
    EXPECT_TRUE(block.printStyle.empty());
}

TEST(HoursSheet, SummaryFormulasFollowWhereTheBlockStarts) {
    const SheetBlock block = hoursSummaryBlock(timesheet(), texts(), {2, 10});
    EXPECT_EQ(block.rows[1][1], F("=SUM(D16:D24)"));
    EXPECT_EQ(block.rows[3][1], F("=MAX(0;D13-D12)"));
}

TEST(HoursSheet, InvoiceActivitiesDownMonthsAcrossTotalsBothWays) {
    const SheetBlock block = hoursInvoiceBlock(timesheet(), texts(), {0, 22});
    EXPECT_EQ(block.name, "ETS_Hours_Invoice");
    EXPECT_EQ(block.printStyle, "hours.page_style");
    std::vector<SheetRow> expected = {
        {T("Récapitulatif – Mission")},
        {T("hours.invoice_activity"), T("2025-11"), T("2025-12"), T("hours.invoice_total")},
    };
    const double november[] = {0, 0, 0, 4, 6.5, 0, 0, 0, 0};
    const double december[] = {0, 0, 0, 0, 0, 7.75, 0, 0, 0};
    for (int a = 0; a < 9; ++a) {
        const std::string row = std::to_string(25 + a);
        expected.push_back({activityLabels()[static_cast<std::size_t>(a)], N(november[a]), N(december[a]),
                            F("=SUM(B" + row + ":C" + row + ")")});
    }
    expected.push_back({T("hours.invoice_total"), F("=SUM(B25:B33)"), F("=SUM(C25:C33)"), F("=SUM(D25:D33)")});
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(block.looks.boldRows, (std::vector<int>{0, 1, 11}));
    EXPECT_TRUE(block.looks.normalWeightFirst);
}

TEST(HoursSheet, InvoiceOfAnEmptyTimesheetHasOnlyItsTotalColumn) {
    Project project = timesheet();
    project.hours.clear();
    const SheetBlock block = hoursInvoiceBlock(project, texts(), {0, 0});
    EXPECT_EQ(block.rows[1], (SheetRow{T("hours.invoice_activity"), T("hours.invoice_total")}));
    EXPECT_EQ(block.rows[2], (SheetRow{activityLabels()[0], N(0)}));
    EXPECT_EQ(block.rows.back(), (SheetRow{T("hours.invoice_total"), F("=SUM(B3:B11)")}));
}

TEST(HoursSheet, EntriesInReadingOrderWithARunningTotal) {
    const SheetBlock block = hoursEntriesBlock(timesheet(), texts(), {0, 0});
    EXPECT_EQ(block.name, "ETS_Hours_Entries");
    const std::vector<SheetRow> expected = {
        {T("hours.col_date"), T("hours.col_person"), T("hours.col_hours"), T("hours.col_activity"),
         T("hours.col_organisation"), T("hours.col_note"), T("hours.col_cumulative")},
        {T("2025-11-05"), T("amina"), N(2), T("Entretiens"), T(""), T(""), F("=SUM(C$2:C2)")},
        {T("2025-11-05"), T("Claire V."), N(2), T("Entretiens"), T("Le Sureau"), T("premier"), F("=SUM(C$2:C3)")},
        {T("2025-11-20"), T("Amina"), N(6.5), T("Transcription"), T(""), T(""), F("=SUM(C$2:C4)")},
        // A note stays a text, even one that looks like a formula.
        {T("2025-12-02"), T("Claire V."), N(7.75), T("Analyse"), T(""), T("=1+1"), F("=SUM(C$2:C5)")},
    };
    EXPECT_EQ(block.rows, expected);
    EXPECT_EQ(block.looks.boldRows, (std::vector<int>{0}));
    EXPECT_EQ(hoursEntriesBlock(timesheet(), texts(), {1, 40}).rows[1][6], F("=SUM(D$42:D42)"));
}

TEST(HoursSheet, BlocksAreStackedOneRowApartInColumnA) {
    EXPECT_EQ(kHoursBlockPlace.emptyRows, 1);
    EXPECT_TRUE(kHoursBlockPlace.inColumnA);
}

TEST(HoursSheet, MessageSaysLinesTotalMinimumAndWhatIsLeft) {
    EXPECT_EQ(hoursSheetMessage(timesheet(), "Heures", texts()), "done Heures|4|18,25|75|56,75");
}

}  // namespace
}  // namespace ets
