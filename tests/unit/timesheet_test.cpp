#include "core/timesheet/timesheet.hpp"

#include "core/project/project_checks.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <set>

namespace ets {
namespace {

const std::filesystem::path kStringsDir = ETS_STRINGS_DIR;

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

HourEntryFields line(const std::string& date, const std::string& person, const std::string& activity, double hours) {
    HourEntryFields fields;
    fields.date = date;
    fields.person = person;
    fields.activity = activity;
    fields.hours = hours;
    return fields;
}

Project projectWithOrganisation() {
    Project project;
    Organisation organisation;
    organisation.id = "org-1";
    organisation.name = "Maison médicale Le Sureau";
    project.organisations.push_back(organisation);
    return project;
}

// The labels of every shipped catalogue, as the UNO layer hands them over.
TimesheetVocabulary shippedVocabulary() {
    TimesheetVocabulary vocabulary;
    for (const char* language : {"fr", "en", "nl"}) {
        const Catalogue catalogue = Catalogue::load(kStringsDir, language);
        for (Activity activity : kActivities)
            vocabulary.activityLabels[catalogue.text(std::string_view(activityLabelKey(activity)))] = activity;
    }
    return vocabulary;
}

TEST(LogHours, StoresATrimmedLineWithItsOrganisation) {
    Project project = projectWithOrganisation();
    HourEntryFields fields = line(" 2025-11-05 ", "  Claire V. ", "Interviews", 2.5);
    fields.organisation = "maison médicale le sureau";
    fields.note = " entretien ";
    const HourEntry& entry = logHours(project, fields);
    ASSERT_EQ(project.hours.size(), 1u);
    EXPECT_EQ(entry.date, "2025-11-05");
    EXPECT_EQ(entry.person, "Claire V.");
    EXPECT_EQ(entry.activity, Activity::Interviews);
    EXPECT_EQ(entry.organisationId, "org-1");
    EXPECT_EQ(entry.hours, 2.5);
    EXPECT_EQ(entry.note, "entretien");
    EXPECT_EQ(entry.id.rfind("hr-", 0), 0u);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(LogHours, AcceptsIdentifiersInAnyCaseAndLabelsOfEveryLanguage) {
    const TimesheetVocabulary vocabulary = shippedVocabulary();
    EXPECT_EQ(findActivity("preparatorymeeting", vocabulary), Activity::PreparatoryMeeting);
    EXPECT_EQ(findActivity(" WRITING ", vocabulary), Activity::Writing);
    EXPECT_EQ(findActivity("entretiens", vocabulary), Activity::Interviews);
    EXPECT_EQ(findActivity("Entretiens", vocabulary), Activity::Interviews);
    EXPECT_EQ(findActivity("RÉDACTION DES THÉMATIQUES ET ARGUMENTAIRES", vocabulary), Activity::Writing);
    EXPECT_EQ(findActivity("réunion préparatoire avec le comité d\xE2\x80\x99"
                           "accompagnement",
                           vocabulary),
              Activity::PreparatoryMeeting);
    EXPECT_EQ(findActivity("identification des organisations", vocabulary), Activity::Identification);
    EXPECT_EQ(findActivity("réunion de restitution", vocabulary), Activity::Restitution);
    EXPECT_FALSE(findActivity("entretien", vocabulary));
    EXPECT_FALSE(findActivity("", vocabulary));
    EXPECT_FALSE(findActivity("entretiens", TimesheetVocabulary{}));  // labels come from the caller
    // Every activity has a label in every language, and no two share one.
    for (const char* language : {"fr", "en", "nl"}) {
        const Catalogue catalogue = Catalogue::load(kStringsDir, language);
        std::set<std::string> seen;
        for (Activity activity : kActivities) {
            const std::string label = catalogue.text(std::string_view(activityLabelKey(activity)));
            EXPECT_NE(label, activityLabelKey(activity)) << language;
            EXPECT_EQ(findActivity(label, vocabulary), activity) << language << " " << label;
            EXPECT_TRUE(seen.insert(label).second) << language << " " << label;
        }
    }
}

TEST(LogHours, RefusesEachBadValueAndChangesNothing) {
    Project project = projectWithOrganisation();
    logHours(project, line("2025-11-05", "Claire", "Interviews", 20));
    const std::size_t before = project.hours.size();
    const TimesheetVocabulary comma{{}, ','};

    using Args = std::vector<std::string>;
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-02-30", "Claire", "Analysis", 1)); }),
              std::make_pair(std::string("hours.bad_date"), Args{"2025-02-30"}));
    EXPECT_EQ(errorOf([&] { logHours(project, line("05/11/2025", "Claire", "Analysis", 1)); }).first, "hours.bad_date");
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-06", "Claire", "Analysis", 0)); }),
              std::make_pair(std::string("hours.not_positive"), Args{"0"}));
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-06", "Claire", "Analysis", -1.5), comma); }),
              std::make_pair(std::string("hours.not_positive"), Args{"-1,5"}));
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-06", "Claire", "Analysis", 0.3)); }),
              std::make_pair(std::string("hours.not_quarter"), Args{"0.3"}));
    HourEntryFields typed = line("2025-11-06", "Claire", "Analysis", 0.3);
    typed.hoursAsTyped = "0,3";
    EXPECT_EQ(errorOf([&] { logHours(project, typed); }),
              std::make_pair(std::string("hours.not_quarter"), Args{"0,3"}));
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-06", " \t", "Analysis", 1)); }).first,
              "hours.person_empty");
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-06", "Claire", "Cooking", 1)); }),
              std::make_pair(std::string("hours.unknown_activity"), Args{"Cooking"}));
    HourEntryFields elsewhere = line("2025-11-06", "Claire", "Analysis", 1);
    elsewhere.organisation = "Inconnue";
    EXPECT_EQ(errorOf([&] { logHours(project, elsewhere); }),
              std::make_pair(std::string("organisation.unknown"), Args{"Inconnue"}));
    // 20 hours already that day: 4.25 more passes 24, whatever the case of the name.
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-05", " claire ", "Analysis", 4.25)); }),
              std::make_pair(std::string("hours.day_over_24"), Args{"claire", "2025-11-05", "24.25"}));
    EXPECT_EQ(errorOf([&] { logHours(project, line("2025-11-07", "Claire", "Analysis", 25)); }).first,
              "hours.day_over_24");
    EXPECT_EQ(project.hours.size(), before);

    // Exactly 24, another person the same day, or the same person another day: all fine.
    logHours(project, line("2025-11-05", "Claire", "Analysis", 4));
    logHours(project, line("2025-11-05", "Amina", "Analysis", 24));
    logHours(project, line("2025-11-06", "Claire", "Analysis", 0.25));
    EXPECT_EQ(hoursOfDay(project, "CLAIRE", "2025-11-05"), 24);
    EXPECT_EQ(project.hours.size(), before + 3);
}

TEST(Summarise, AddsUpPerActivityPersonAndMonthAgainstTheMinimum) {
    Project project;
    project.settings.minimumHours = 75;
    logHours(project, line("2025-11-05", "Claire", "Interviews", 2));
    logHours(project, line("2025-11-20", "claire", "Transcription", 6.5));
    logHours(project, line("2025-12-02", "Amina", "Interviews", 2));
    logHours(project, line("2026-01-15", "Claire", "Writing", 7.75));

    const HoursSummary summary = summarise(project);
    ASSERT_EQ(summary.perActivity.size(), std::size(kActivities));
    double byActivity = 0;
    for (const auto& [activity, hours] : summary.perActivity)
        byActivity += hours;
    EXPECT_EQ(byActivity, 18.25);
    EXPECT_EQ(summary.perActivity[3], std::make_pair(Activity::Interviews, 4.0));
    EXPECT_EQ(summary.perActivity[4], std::make_pair(Activity::Transcription, 6.5));
    EXPECT_EQ(summary.perActivity[0].second, 0);
    EXPECT_EQ(summary.perPerson, (std::vector<std::pair<std::string, double>>{{"Amina", 2}, {"Claire", 16.25}}));
    EXPECT_EQ(summary.perMonth,
              (std::vector<std::pair<std::string, double>>{{"2025-11", 8.5}, {"2025-12", 2}, {"2026-01", 7.75}}));
    EXPECT_EQ(summary.total, 18.25);
    EXPECT_EQ(summary.minimum, 75);
    EXPECT_EQ(summary.remaining, 56.75);

    for (int i = 0; i < 8; ++i)
        logHours(project, line("2026-02-0" + std::to_string(i + 1), "Claire", "Analysis", 8));
    EXPECT_EQ(summarise(project).remaining, 0);  // never below zero
    EXPECT_EQ(summarise(project).total, 82.25);
}

TEST(InvoiceSummary, OneMonthPerRowWithEveryActivity) {
    Project project;
    logHours(project, line("2025-12-02", "Amina", "Interviews", 2));
    logHours(project, line("2025-11-05", "Claire", "Interviews", 2));
    logHours(project, line("2025-11-20", "Claire", "Transcription", 6.5));
    const std::vector<InvoiceMonth> invoice = invoiceSummary(project);
    ASSERT_EQ(invoice.size(), 2u);
    EXPECT_EQ(invoice[0].month, "2025-11");
    EXPECT_EQ(invoice[0].total, 8.5);
    EXPECT_EQ(invoice[0].perActivity.size(), std::size(kActivities));
    EXPECT_EQ(invoice[0].perActivity[3].second, 2);
    EXPECT_EQ(invoice[0].perActivity[4].second, 6.5);
    EXPECT_EQ(invoice[1].month, "2025-12");
    EXPECT_EQ(invoice[1].total, 2);
    EXPECT_TRUE(invoiceSummary(Project{}).empty());
}

TEST(EntriesInOrder, ByDateThenPerson) {
    Project project;
    logHours(project, line("2025-12-02", "Claire", "Interviews", 1));
    logHours(project, line("2025-11-05", "claire", "Analysis", 1));
    logHours(project, line("2025-11-05", "Amina", "Analysis", 1));
    const auto entries = entriesInOrder(project);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0]->person, "Amina");
    EXPECT_EQ(entries[1]->person, "claire");
    EXPECT_EQ(entries[2]->date, "2025-12-02");
}

TEST(FormatHours, ShortestExactWriting) {
    EXPECT_EQ(formatHours(7.5), "7.5");
    EXPECT_EQ(formatHours(12), "12");
    EXPECT_EQ(formatHours(0.25, ','), "0,25");
}

}  // namespace
}  // namespace ets
