#include "core/timesheet/log_hours.hpp"

#include "core/text/error.hpp"
#include "core/timesheet/hours_texts.hpp"
#include "sheet_test_support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

namespace ets {
namespace {

using namespace ets::testing;

const std::filesystem::path kStringsDir = ETS_STRINGS_DIR;

const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"json({
        "activity.Analysis": "analyse", "activity.Interviews": "entretiens", "hours.decimal_separator": ",",
        "hours.no_organisation": "(aucune)", "hours.total_so_far": "so far {0}|{1}",
        "hours.logged": "logged {0}|{1}|{2}|{3}|{4}|{5}|{6}", "hours.logged_reached": "reached {0}|{1}|{2}|{3}|{4}|{5}"})json");
    return catalogue;
}

TEST(TimesheetTexts, ActivityLabelsStartWithACapital) {
    const Catalogue french = Catalogue::load(kStringsDir, "fr");
    EXPECT_EQ(activityLabel(Activity::Interviews, french), "Entretiens");
    EXPECT_EQ(activityLabel(Activity::PreparatoryMeeting, french),
              "Réunion préparatoire avec le comité d’accompagnement");
    EXPECT_EQ(activityLabel(Activity::Writing, Catalogue::load(kStringsDir, "en")), "Writing themes and briefs");
    const Catalogue accented = Catalogue::fromJsonText(R"({"activity.Other": "étude"})");
    EXPECT_EQ(activityLabel(Activity::Other, accented), "étude");  // only a to z are raised
}

TEST(TimesheetTexts, HoursWithTheCataloguesDecimalSeparator) {
    EXPECT_EQ(hoursText(7.5, Catalogue::load(kStringsDir, "fr")), "7,5");
    EXPECT_EQ(hoursText(7.5, Catalogue::load(kStringsDir, "nl")), "7,5");
    EXPECT_EQ(hoursText(7.5, Catalogue::load(kStringsDir, "en")), "7.5");
    EXPECT_EQ(hoursText(12, Catalogue::load(kStringsDir, "fr")), "12");
    EXPECT_EQ(decimalSeparator(Catalogue()), '.');  // no separator of one character: a point
    EXPECT_EQ(decimalSeparator(Catalogue::fromJsonText(R"({"hours.decimal_separator": ", "})")), '.');
}

TEST(TimesheetTexts, VocabularyHasTheLabelsOfEveryLanguage) {
    const std::vector<Catalogue> shipped = {Catalogue::load(kStringsDir, "fr"), Catalogue::load(kStringsDir, "en"),
                                            Catalogue::load(kStringsDir, "nl")};
    const TimesheetVocabulary vocabulary = timesheetVocabulary(shipped, Catalogue::load(kStringsDir, "en"));
    EXPECT_EQ(vocabulary.decimalSeparator, '.');
    EXPECT_EQ(vocabulary.activityLabels.at("entretiens"), Activity::Interviews);
    EXPECT_EQ(vocabulary.activityLabels.at("identifying organisations"), Activity::Identification);
    EXPECT_EQ(vocabulary.activityLabels.at("transcriptie"), Activity::Transcription);
    EXPECT_EQ(vocabulary.activityLabels.at("terugkoppelingsvergadering"), Activity::Restitution);
    EXPECT_EQ(timesheetVocabulary(shipped, Catalogue::load(kStringsDir, "fr")).decimalSeparator, ',');
    EXPECT_TRUE(timesheetVocabulary({Catalogue::fromJsonText("{}")}, Catalogue()).activityLabels.empty());
}

TEST(LogHoursArguments, DateActivityAndHoursAreRequiredPersonDefaultsToTheCoder) {
    const HourEntryFields fields = hourFieldsFromArguments(FakeArguments{{"Date", std::string("2025-11-05")},
                                                                         {"Activity", std::string("Analysis")},
                                                                         {"Hours", std::string("1,75")},
                                                                         {"Organisation", std::string("Le Sureau")},
                                                                         {"Note", std::string("relu")}},
                                                           "Claire");
    EXPECT_EQ(fields.date, "2025-11-05");
    EXPECT_EQ(fields.person, "Claire");
    EXPECT_EQ(fields.activity, "Analysis");
    EXPECT_EQ(fields.organisation, "Le Sureau");
    EXPECT_EQ(fields.hours, 1.75);
    EXPECT_EQ(fields.hoursAsTyped, "");
    EXPECT_EQ(fields.note, "relu");

    // A person given, even empty, is the one refused or kept.
    EXPECT_EQ(hourFieldsFromArguments(FakeArguments{{"Date", std::string("d")},
                                                    {"Activity", std::string("a")},
                                                    {"Hours", 2.0},
                                                    {"Person", std::string("")}},
                                      "Claire")
                  .person,
              "");
    // The first required argument missing is named.
    EXPECT_EQ(errorOf([] {
                  hourFieldsFromArguments(FakeArguments{{"Hours", 1.0}}, "Claire");
              }),
              (std::pair<std::string, std::vector<std::string>>{"args.missing", {"Date"}}));
    EXPECT_EQ(errorOf([] {
                  hourFieldsFromArguments(FakeArguments{{"Date", std::string("d")}}, "Claire");
              }).second,
              (std::vector<std::string>{"Activity"}));
    // Named without a value: missing too.
    EXPECT_EQ(errorOf([] {
                  hourFieldsFromArguments(FakeArguments{{"Date", std::string("d")},
                                                        {"Activity", std::string("a")},
                                                        {"Hours", FakeArguments::Value{}}},
                                          "Claire");
              }).second,
              (std::vector<std::string>{"Hours"}));
    // The required ones are checked before any value is read.
    EXPECT_EQ(errorOf([] {
                  hourFieldsFromArguments(
                      FakeArguments{{"Hours", std::string("beaucoup")}, {"Activity", std::string("a")}}, "Claire");
              }).first,
              "args.missing");
}

Project withHours() {
    Project project;
    project.organisations = {{"or-z", "Zeta"}, {"or-e", "écoute"}, {"or-a", "Alpha"}};
    HourEntry first, last;
    first.activity = Activity::Interviews;
    first.hours = 2;
    last.activity = Activity::Analysis;
    last.hours = 1.5;
    project.hours = {first, last};
    return project;
}

TEST(LogHoursDialog, ShowsTodayTheCoderTheLastActivityAndTheRegisterByName) {
    const LogHoursDialogContent content = logHoursDialogContent(withHours(), texts(), "Claire", "2025-11-05");
    EXPECT_EQ(content.date, "2025-11-05");
    EXPECT_EQ(content.person, "Claire");
    ASSERT_EQ(content.activities.size(), 9u);
    EXPECT_EQ(content.activities[3], "Entretiens");
    EXPECT_EQ(content.activities[5], "Analyse");
    EXPECT_EQ(content.chosenActivity, 5);  // the last line's: Analysis
    EXPECT_EQ(content.organisations, (std::vector<std::string>{"(aucune)", "Alpha", "Zeta", "écoute"}));
    EXPECT_EQ(content.total, "so far 3,5|75");
    EXPECT_EQ(content.hours, "1,00");  // as the hint beside it writes hours, not "1.00"
    EXPECT_EQ(logHoursDialogContent(Project(), texts(), "", "2025-11-05").chosenActivity, 0);
}

TEST(LogHoursDialog, ChoicesBecomeFields) {
    const LogHoursDialogContent content = logHoursDialogContent(withHours(), texts(), "Claire", "2025-11-05");
    LogHoursDialogInput input;
    input.date = "2025-11-06";
    input.person = "Amina";
    input.activity = 3;
    input.organisation = 3;
    input.hours = 1.5;
    input.hoursAsTyped = "1,5";
    input.note = "note";
    HourEntryFields fields = hourFieldsFromDialog(input, content);
    EXPECT_EQ(fields.date, "2025-11-06");
    EXPECT_EQ(fields.person, "Amina");
    EXPECT_EQ(fields.activity, "Interviews");
    EXPECT_EQ(fields.organisation, "écoute");
    EXPECT_EQ(fields.hours, 1.5);
    EXPECT_EQ(fields.hoursAsTyped, "1,5");
    EXPECT_EQ(fields.note, "note");
    input.activity = -1;
    input.organisation = 0;  // "(none)"
    fields = hourFieldsFromDialog(input, content);
    EXPECT_EQ(fields.activity, "");
    EXPECT_EQ(fields.organisation, "");
    input.activity = 9;
    input.organisation = 4;
    fields = hourFieldsFromDialog(input, content);
    EXPECT_EQ(fields.activity, "");
    EXPECT_EQ(fields.organisation, "");
}

TEST(LogHoursDialog, HoursFieldInTheUisWayReadEitherWay) {
    EXPECT_EQ(hoursFieldText(1, Catalogue::load(kStringsDir, "fr")), "1,00");
    EXPECT_EQ(hoursFieldText(2.75, Catalogue::load(kStringsDir, "nl")), "2,75");
    EXPECT_EQ(hoursFieldText(1, Catalogue::load(kStringsDir, "en")), "1.00");
    EXPECT_EQ(hoursFieldText(0.25, texts()), "0,25");
    EXPECT_EQ(hoursFieldText(12.5, texts()), "12,50");
    const LogHoursDialogContent content = logHoursDialogContent(withHours(), texts(), "Claire", "2025-11-05");
    LogHoursDialogInput input;
    input.activity = 3;
    for (const char* typed : {"1,5", "1.5", " 1,50 ", "1.50"}) {
        input.hoursAsTyped = typed;
        EXPECT_EQ(hourFieldsFromDialog(input, content).hours, 1.5) << typed;
    }
    for (const char* typed : {"1,5 h", "une heure", "1,5,0"}) {
        input.hoursAsTyped = typed;
        const HourEntryFields fields = hourFieldsFromDialog(input, content);
        EXPECT_TRUE(std::isnan(fields.hours)) << typed;
        EXPECT_EQ(fields.hoursAsTyped, typed);  // the refusal names what was typed
    }
    // What is refused is refused by logHours, with what was typed.
    input.hoursAsTyped = "1,5 h";
    input.date = "2025-11-06";
    input.person = "Amina";
    Project project = withHours();
    try {
        logHours(project, hourFieldsFromDialog(input, content));
        ADD_FAILURE() << "hours that are not a number were logged";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "hours.not_positive");
        EXPECT_EQ(error.args(), std::vector<std::string>{"1,5 h"});
    }
}

TEST(LogHoursMessage, SaysWhatIsLeftOrThatTheMinimumIsReached) {
    Project project = withHours();
    project.hours.back().person = "Claire";
    project.hours.back().date = "2025-11-05";
    EXPECT_EQ(loggedMessage(project.hours.back(), project, texts()),
              "logged 1,5|Analyse|Claire|2025-11-05|3,5|75|71,5");
    project.settings.minimumHours = 3.5;
    EXPECT_EQ(loggedMessage(project.hours.back(), project, texts()), "reached 1,5|Analyse|Claire|2025-11-05|3,5|3,5");
}

}  // namespace
}  // namespace ets
