// Issue 17, items 5 and 6: the interview calendar and consent, the review copy of a transcript.
#include "core/analysis/calendar_sheet.hpp"
#include "core/project/project_json.hpp"
#include "core/project/same_values.hpp"
#include "core/register/interview_card.hpp"
#include "core/register/organisations.hpp"
#include "core/register/review_copy.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "sheet_test_support.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>

namespace ets {
namespace {

using namespace ets::testing;
using nlohmann::json;

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& error) {
        std::string text = error.key();
        for (const std::string& argument : error.args())
            text += " " + argument;
        return text;
    }
    return "";
}

Organisation organisation(const char* id, const char* name, const char* referent,
                          OrganisationStatus status = OrganisationStatus::Identified) {
    Organisation o;
    o.id = id;
    o.name = name;
    o.referent = referent;
    o.status = status;
    return o;
}

Interview interview(const char* id, const char* organisationId, const char* status) {
    Interview i;
    i.id = id;
    i.organisationId = organisationId;
    i.status = status;
    return i;
}

// Five organisations: Zèbre met and validated, Abeille planned, Mouette named only, Lynx contacted, Orque declined.
Project calendarProject() {
    Project project;
    project.name = "Exploration";
    project.organisations = {organisation("o-z", "Zèbre", "Marie D.", OrganisationStatus::Interviewed),
                             organisation("o-a", "abeille", "Jan V.", OrganisationStatus::Planned),
                             organisation("o-m", "Mouette", "Marie D."),
                             organisation("o-l", "Lynx", "Jan V.", OrganisationStatus::Contacted),
                             organisation("o-o", "Orque", "Luc", OrganisationStatus::Declined)};
    project.organisations[1].plannedDate = "2026-12-10";
    Interview zebre = interview("in-z", "o-z", "Validated");
    zebre.date = "2026-11-05";
    zebre.plannedDate = "2026-11-04";
    zebre.consent = true;
    zebre.consentDate = "2026-11-05";
    zebre.consentForm = "Signed";
    zebre.reviewSent = "2026-11-20";
    zebre.validated = "2026-11-28";
    Interview abeille = interview("in-a", "o-a", "Planned");
    abeille.date = "2026-12-12";  // an old card: the date of a planned interview is the planned one
    project.interviews = {zebre, abeille};
    return project;
}

// ---- the calendar ----------------------------------------------------------------------------------------------------

TEST(Calendar, ALinePerInterviewOrOrganisationByName) {
    const InterviewCalendar calendar = interviewCalendar(calendarProject(), "2026-12-01", "");
    std::vector<std::string> names;
    for (const CalendarLine& line : calendar.lines)
        names.push_back(line.organisation);
    EXPECT_EQ(names, (std::vector<std::string>{"abeille", "Lynx", "Mouette", "Orque", "Zèbre"}));
}

TEST(Calendar, EachStepOfAnInterviewFromItsCard) {
    const InterviewCalendar calendar = interviewCalendar(calendarProject(), "2026-12-01", "");
    const CalendarLine& zebre = calendar.lines.back();
    EXPECT_EQ(zebre.planned, "2026-11-04");
    EXPECT_TRUE(zebre.held);
    EXPECT_EQ(zebre.heldOn, "2026-11-05");
    EXPECT_TRUE(zebre.transcribed);
    EXPECT_TRUE(zebre.sentForReview);
    EXPECT_EQ(zebre.reviewSent, "2026-11-20");
    EXPECT_TRUE(zebre.validated);
    EXPECT_EQ(zebre.validatedOn, "2026-11-28");
    EXPECT_EQ(zebre.consent, std::optional<bool>(true));
    EXPECT_EQ(zebre.consentForm, "Signed");
    EXPECT_EQ(zebre.referent, "Marie D.");

    const CalendarLine& abeille = calendar.lines.front();
    EXPECT_EQ(abeille.planned, "2026-12-12");  // the card's date, not held yet
    EXPECT_FALSE(abeille.held);
    EXPECT_FALSE(abeille.transcribed);
    EXPECT_EQ(abeille.consent, std::optional<bool>(false));

    const CalendarLine& mouette = calendar.lines[2];
    EXPECT_EQ(mouette.consent, std::nullopt);  // no card: nothing known of consent
}

TEST(Calendar, AnOrganisationsPlannedDateWhenItsCardHasNone) {
    Project project = calendarProject();
    project.interviews[1].date.clear();
    EXPECT_EQ(interviewCalendar(project, "2026-12-01", "").lines.front().planned, "2026-12-10");
}

TEST(Calendar, NotContactedFlaggedOnlyTwoWeeksBeforeTheEndOfThePhase) {
    const Project project = calendarProject();
    const auto flagged = [&](const std::string& today) {
        std::vector<std::string> names;
        for (const CalendarLine& line : interviewCalendar(project, today, "2027-02-26").lines)
            if (line.notContacted)
                names.push_back(line.organisation);
        return names;
    };
    EXPECT_EQ(flagged("2027-02-11"), std::vector<std::string>{});             // 15 days left
    EXPECT_EQ(flagged("2027-02-12"), std::vector<std::string>{"Mouette"});    // 14 days left
    EXPECT_EQ(flagged("2027-02-26"), std::vector<std::string>{"Mouette"});    // the last day
    EXPECT_EQ(flagged("2027-03-10"), std::vector<std::string>{"Mouette"});    // and after it
    EXPECT_EQ(interviewCalendar(project, "2027-02-20", "2027-02-26").notContacted, 1);
    EXPECT_EQ(interviewCalendar(project, "2027-02-20", "2027-02-26").daysLeft, std::optional<int>(6));
    // Without an end of phase nobody is flagged.
    EXPECT_EQ(interviewCalendar(project, "2027-02-20", "").notContacted, 0);
}

TEST(Calendar, APlannedDatePassedWithoutTheInterviewIsFlagged) {
    const InterviewCalendar calendar = interviewCalendar(calendarProject(), "2026-12-15", "");
    EXPECT_TRUE(calendar.lines.front().plannedPast);  // abeille, planned on the 12th
    EXPECT_FALSE(calendar.lines.back().plannedPast);  // Zèbre was met
}

TEST(Calendar, DaysBetweenDates) {
    EXPECT_EQ(daysBetween("2026-12-31", "2027-01-14"), std::optional<int>(14));
    EXPECT_EQ(daysBetween("2024-02-28", "2024-03-01"), std::optional<int>(2));
    EXPECT_EQ(daysBetween("2027-01-14", "2026-12-31"), std::optional<int>(-14));
    EXPECT_EQ(daysBetween("", "2026-12-31"), std::nullopt);
    EXPECT_EQ(daysBetween("2026-02-30", "2026-12-31"), std::nullopt);
}

TEST(Calendar, TheSheetWritesDatesAsDatesAndTheFlagsInWords) {
    const SheetBlock block = calendarBlock(interviewCalendar(calendarProject(), "2027-02-20", "2027-02-26"), Catalogue());
    EXPECT_EQ(block.name, kCalendarBlock);
    EXPECT_EQ(block.sheetName, "calendar.sheet");
    ASSERT_EQ(block.rows.size(), 6u);
    EXPECT_EQ(block.rows[0][0], T("calendar.column_organisation"));
    EXPECT_EQ(block.rows[0].size(), 11u);
    const SheetRow& zebre = block.rows[5];
    EXPECT_EQ(zebre[0], T("Zèbre"));
    EXPECT_EQ(zebre[1], T("Marie D."));
    EXPECT_EQ(zebre[2], T(""));
    EXPECT_EQ(zebre[3], SheetCell::numberCell(*spreadsheetDay("2026-11-04")));
    EXPECT_EQ(zebre[4], SheetCell::numberCell(*spreadsheetDay("2026-11-05")));
    EXPECT_EQ(zebre[5], T("calendar.yes"));
    EXPECT_EQ(zebre[6], SheetCell::numberCell(*spreadsheetDay("2026-11-20")));
    EXPECT_EQ(zebre[7], SheetCell::numberCell(*spreadsheetDay("2026-11-28")));
    EXPECT_EQ(zebre[8], T("calendar.yes"));
    EXPECT_EQ(zebre[9], SheetCell::numberCell(*spreadsheetDay("2026-11-05")));
    EXPECT_EQ(zebre[10], T("calendar.form.Signed"));
    const SheetRow& mouette = block.rows[3];
    EXPECT_EQ(mouette[8], SheetCell::empty());
    EXPECT_EQ(mouette[2], T("calendar.flag_not_contacted"));
    EXPECT_EQ(block.rows[4][2], T("calendar.flag_declined"));
    EXPECT_EQ(block.rows[1][2], T("calendar.flag_planned_past"));  // abeille: planned on 2026-12-12
    const std::vector<CellArea> dates = {{1, 3, 5, 3}, {1, 4, 5, 4}, {1, 6, 5, 6}, {1, 7, 5, 7}, {1, 9, 5, 9}};
    EXPECT_EQ(block.looks.dates, dates);
    EXPECT_TRUE(block.print.has_value());
    // The steps narrow under wrapped headers, what to do wide and wrapped.
    EXPECT_EQ(block.looks.columnWidths.size(), 9u);
    EXPECT_EQ(block.looks.columnWidths.front().first, 2);
    EXPECT_EQ(block.looks.wrapped.front(), (CellArea{0, 0, 0, 10}));
}

TEST(Calendar, AnEmptyRegisterGivesTheHeaderAlone) {
    const SheetBlock block = calendarBlock(interviewCalendar(Project(), "2027-02-20", "2027-02-26"), Catalogue());
    EXPECT_EQ(block.rows.size(), 1u);
    EXPECT_TRUE(block.looks.dates.empty());
}

// ---- the card: planned date, consent, review ---------------------------------------------------------------------

InterviewCard zebreCard() {
    InterviewCard card;
    card.organisation = "zèbre";
    card.status = "held";
    card.date = "2026-11-05";
    card.consent = true;
    card.consentDate = "2026-11-05";
    card.consentForm = "oral";
    card.plannedDate = "2026-11-04";
    return card;
}

TEST(InterviewCardConsent, TheFormIsStoredAsItsIdentifierAndOldValuesStillRead) {
    Project project = calendarProject();
    const InterviewCard card = canonicalCard(project, zebreCard());
    EXPECT_EQ(card.consentForm, "Oral");
    EXPECT_EQ(card.status, "Held");
    for (const char* status : {"Planned", "Held", "Transcribed", "Coded", "sentforreview", "VALIDATED"}) {
        InterviewCard other = zebreCard();
        other.status = status;
        EXPECT_EQ(errorOf([&] { canonicalCard(project, other); }), "") << status;
    }
    InterviewCard bad = zebreCard();
    bad.consentForm = "by pigeon";
    EXPECT_EQ(errorOf([&] { recordInterview(project, bad, "in-z"); }), "interview.bad_consent_form by pigeon");
    EXPECT_EQ(project.findInterview("in-z")->consentForm, "Signed");  // nothing changed
}

TEST(InterviewCardConsent, InvalidDatesAreRefusedWhateverTheField) {
    const Project project = calendarProject();
    const std::vector<std::function<void(InterviewCard&)>> breakers = {
        [](InterviewCard& c) { c.plannedDate = "2026-02-30"; }, [](InterviewCard& c) { c.consentDate = "05/11/2026"; },
        [](InterviewCard& c) { c.reviewSent = "2026-13-01"; }, [](InterviewCard& c) { c.validated = "demain"; }};
    for (const auto& breaker : breakers) {
        InterviewCard card = zebreCard();
        breaker(card);
        EXPECT_EQ(errorOf([&] { checkInterviewCard(project, card); }).rfind("interview.bad_date", 0), 0u);
    }
}

TEST(InterviewCardConsent, TheNewFieldsGoIntoTheDocumentPropertiesOnlyWhenSet) {
    InterviewCard card = canonicalCard(calendarProject(), zebreCard());
    card.reviewSent = "2026-11-20";
    const auto properties = cardToProperties(card, "in-z");
    EXPECT_EQ(properties.at("ETS.ConsentForm"), "Oral");
    EXPECT_EQ(properties.at("ETS.PlannedDate"), "2026-11-04");
    EXPECT_EQ(properties.at("ETS.ReviewSent"), "2026-11-20");
    EXPECT_EQ(properties.count("ETS.Validated"), 0u);
    const StoredCard back = cardFromProperties(properties);
    EXPECT_EQ(back.card.consentDate, "2026-11-05");
    EXPECT_EQ(back.card.reviewSent, "2026-11-20");
    const std::vector<std::string> names = cardPropertyNames();
    for (const char* name : {"ETS.PlannedDate", "ETS.ConsentDate", "ETS.ConsentForm", "ETS.ReviewSent", "ETS.Validated"})
        EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
    // An old transcript's card (none of them) reads as empty fields.
    const StoredCard old = cardFromProperties({{"ETS.InterviewId", "in-1"}, {"ETS.Status", "Coded"}});
    EXPECT_EQ(old.card.consentForm, "");
    EXPECT_EQ(old.card.plannedDate, "");
}

TEST(InterviewCardConsent, ACardReadBackFromItsTranscriptKeepsTheReviewSent) {
    Project project = calendarProject();
    InterviewCard card = cardOfInterview(project, *project.findInterview("in-z"));
    card.reviewSent.clear();  // the transcript never had it: the copy was made without changing it
    card.place = "Schaerbeek";
    recordInterview(project, card, "in-z");
    EXPECT_EQ(project.findInterview("in-z")->reviewSent, "2026-11-20");
    EXPECT_EQ(project.findInterview("in-z")->place, "Schaerbeek");
}

TEST(PlannedDate, InThePastRefusedForAnInterviewNotHeld) {
    EXPECT_EQ(errorOf([] { checkPlannedDate("2026-11-30", "", false, "2026-12-01"); }),
              "interview.planned_past 2026-11-30 2026-12-01");
    EXPECT_EQ(errorOf([] { checkPlannedDate("2026-12-01", "", false, "2026-12-01"); }), "");  // today is fine
    EXPECT_EQ(errorOf([] { checkPlannedDate("2026-11-30", "", true, "2026-12-01"); }), "");   // held: a record
    // A date kept as it was: the card can still be changed after the day has passed.
    EXPECT_EQ(errorOf([] { checkPlannedDate("2026-11-30", "2026-11-30", false, "2026-12-01"); }), "");
    EXPECT_EQ(errorOf([] { checkPlannedDate("2026-11-31", "", false, "2026-12-01"); }), "interview.bad_date 2026-11-31");
}

TEST(PlannedDate, OfACardComparedWithWhatTheProjectHad) {
    const Project project = calendarProject();
    InterviewCard card = cardOfInterview(project, *project.findInterview("in-a"));
    card.plannedDate = "2026-11-20";
    EXPECT_EQ(errorOf([&] { checkCardPlan(project, card, "in-a", "2026-12-01"); }),
              "interview.planned_past 2026-11-20 2026-12-01");
    card.status = "Held";
    EXPECT_EQ(errorOf([&] { checkCardPlan(project, card, "in-a", "2026-12-01"); }), "");
    card = cardOfInterview(project, *project.findInterview("in-z"));
    EXPECT_EQ(errorOf([&] { checkCardPlan(project, card, "in-z", "2027-06-01"); }), "");
}

TEST(PlannedDate, OfAnOrganisationOfTheRegister) {
    Project project = calendarProject();
    OrganisationFields fields;
    fields.plannedDate = "2026-11-20";
    EXPECT_EQ(errorOf([&] { checkOrganisationPlan(project, "Mouette", fields, "2026-12-01"); }),
              "interview.planned_past 2026-11-20 2026-12-01");
    fields.status = "Interviewed";
    EXPECT_EQ(errorOf([&] { checkOrganisationPlan(project, "Mouette", fields, "2026-12-01"); }), "");
    fields = OrganisationFields();
    fields.plannedDate = "2026-12-20";
    EXPECT_EQ(errorOf([&] { checkOrganisationPlan(project, "Mouette", fields, "2026-12-01"); }), "");
    updateOrganisation(project, "Mouette", fields);
    EXPECT_EQ(findOrganisationNamed(project, "mouette")->plannedDate, "2026-12-20");
    fields.plannedDate = "le 20";
    EXPECT_EQ(errorOf([&] { updateOrganisation(project, "Mouette", fields); }), "interview.bad_date le 20");
    fields.name = "Nouvelle";
    fields.plannedDate = "2026-11-01";
    EXPECT_EQ(errorOf([&] { checkOrganisationPlan(project, "", fields, "2026-12-01"); }),
              "interview.planned_past 2026-11-01 2026-12-01");
}

TEST(ReviewSent, RecordedOnTheCardAndTheStatusMovesOn) {
    Project project = calendarProject();
    project.interviews[1].status = "Transcribed";
    recordReviewSent(project, "in-a", "2026-12-03");
    EXPECT_EQ(project.findInterview("in-a")->reviewSent, "2026-12-03");
    EXPECT_EQ(project.findInterview("in-a")->status, "SentForReview");
    recordReviewSent(project, "in-z", "2026-12-04");  // validated already: stays so
    EXPECT_EQ(project.findInterview("in-z")->status, "Validated");
    EXPECT_EQ(project.findInterview("in-z")->reviewSent, "2026-12-04");
    EXPECT_EQ(errorOf([&] { recordReviewSent(project, "in-x", "2026-12-04"); }), "interview.unknown in-x");
}

// ---- the project file -----------------------------------------------------------------------------------------------

TEST(PaperworkFile, NewFieldsRoundTripAndAreLeftOutWhenEmpty) {
    Project project = calendarProject();
    project.phase.end = "2027-02-26";
    project.guide.contact = "Claire V.";
    project.guide.questions = {{"Q?", "", {}}};
    const json written = toJson(project);
    EXPECT_EQ(written["phase"]["end"], "2027-02-26");
    EXPECT_EQ(written["guide"]["contact"], "Claire V.");
    EXPECT_EQ(written["organisations"][1]["plannedDate"], "2026-12-10");
    EXPECT_FALSE(written["organisations"][0].contains("plannedDate"));
    EXPECT_EQ(written["interviews"][0]["consentForm"], "Signed");
    EXPECT_FALSE(written["interviews"][1].contains("consentForm"));
    const Project read = projectFromJson(json::parse(written.dump()));
    EXPECT_EQ(toJson(read), written);
    EXPECT_TRUE(same(read.phase, project.phase));
    EXPECT_TRUE(same(read.interviews, project.interviews));
    EXPECT_TRUE(same(read.organisations, project.organisations));
    // A file from before the calendar has none of them; the phase is written anyway, so that clearing it merges.
    EXPECT_EQ(toJson(Project())["phase"], (json{{"end", ""}}));
    EXPECT_FALSE(toJson(Project())["guide"].contains("contact"));
    json old = toJson(Project());
    old.erase("phase");
    EXPECT_EQ(projectFromJson(old).phase.end, "");
}

TEST(PaperworkFile, ABadDateInTheFileNamesItsField) {
    json file = toJson(calendarProject());
    file["interviews"][0]["consentDate"] = "2026-02-30";
    EXPECT_EQ(errorOf([&] { projectFromJson(file); }), "json.bad_value interviews[0].consentDate 2026-02-30");
    file = toJson(calendarProject());
    file["phase"] = {{"end", "fin février"}};
    EXPECT_EQ(errorOf([&] { projectFromJson(file); }), "json.bad_value phase.end fin février");
}

// ---- the review copy ------------------------------------------------------------------------------------------------

TEST(ReviewCopy, FormatPdfByDefaultOrOdt) {
    EXPECT_EQ(parseReviewFormat(""), ReviewFormat::Pdf);
    EXPECT_EQ(parseReviewFormat(" PDF "), ReviewFormat::Pdf);
    EXPECT_EQ(parseReviewFormat("odt"), ReviewFormat::Odt);
    EXPECT_EQ(errorOf([] { parseReviewFormat("docx"); }), "review.bad_format docx");
}

TEST(ReviewCopy, OnlyATranscriptOfTheProject) {
    const Project project = calendarProject();
    EXPECT_EQ(reviewedInterview(project, "in-z", "z.odt").organisationId, "o-z");
    EXPECT_EQ(errorOf([&] { reviewedInterview(project, "", "lettre.odt"); }), "review.not_transcript lettre.odt");
    EXPECT_EQ(errorOf([&] { reviewedInterview(project, "in-other", "x.odt"); }), "review.not_transcript x.odt");
}

TEST(ReviewCopy, BesideTheTranscriptNeverOverAFile) {
    const std::filesystem::path folder = uniqueTempFolder("ets-review");
    std::filesystem::create_directories(folder);
    const auto first = reviewCopyPath(folder, "/p/transcripts/zebre-2026-11-05.odt", ReviewFormat::Pdf, "relecture");
    EXPECT_EQ(first.filename().u8string(), "zebre-2026-11-05 \u2013 relecture.pdf");
    EXPECT_EQ(first.parent_path(), folder);
    std::ofstream(first).put('x');
    EXPECT_EQ(reviewCopyPath(folder, "/p/transcripts/zebre-2026-11-05.odt", ReviewFormat::Pdf, "relecture")
                  .filename()
                  .u8string(),
              "zebre-2026-11-05 \u2013 relecture-2.pdf");
    EXPECT_EQ(reviewCopyPath(folder, "/p/t.docx", ReviewFormat::Odt, "review").extension(), ".odt");
    std::filesystem::remove_all(folder);
}

TEST(ReviewCopy, TheOtherOrganisationsNamesHiddenTheOneMetKept) {
    const Project project = calendarProject();
    const std::vector<NameReplacement> names = otherOrganisationNames(project, "o-z", Catalogue());
    ASSERT_EQ(names.size(), 4u);
    for (const NameReplacement& name : names)
        EXPECT_NE(name.name, "Zèbre");
    // Longest first; abeille and Mouette are as long: register order then.
    EXPECT_EQ(names[0].name, "abeille");
    EXPECT_EQ(names[0].replacement, "[pseudonym.organisation B]");
    EXPECT_EQ(names[1].name, "Mouette");
    EXPECT_EQ(names[1].replacement, "[pseudonym.organisation C]");
    const std::string text = hideOtherOrganisations(project, "o-z", Catalogue(),
                                                    "Chez Zèbre on travaille avec MOUETTE et l'Abeille, pas les Lynxes.");
    EXPECT_EQ(text, "Chez Zèbre on travaille avec [pseudonym.organisation C] et l'[pseudonym.organisation B], pas les "
                    "Lynxes.");
}

TEST(ReviewCopy, PatternsFindTheNameLiterallyAsAWholeWord) {
    EXPECT_EQ(wholeWordPattern("A.S.B.L. (Nord)"),
              "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)A\\.S\\.B\\.L\\. \\(Nord\\)(?![\\p{L}\\p{N}])(?!-[\\p{L}\\p{N}])");
}

}  // namespace
}  // namespace ets
