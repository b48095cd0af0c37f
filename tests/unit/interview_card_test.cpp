#include "core/register/interview_card.hpp"

#include "core/text/error.hpp"
#include "sample_project.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ets {
namespace {

std::string errorKey(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& error) {
        return error.key() + (error.args().empty() ? "" : " " + error.args()[0]);
    }
    return "";
}

InterviewCard validCard() {
    InterviewCard card;
    card.organisation = "maison médicale du Nord";
    card.date = "2026-11-05";
    card.durationMinutes = 120;
    card.interviewers = {"Samir B.", "Claire V."};
    card.participants = {"médecin généraliste", "accueillante"};
    card.participantNames = {"Dr Jeanne X."};
    card.place = "Molenbeek";
    card.consent = true;
    card.status = "transcribed";
    card.transcript = "transcripts/sureau.odt";
    return card;
}

TEST(RecordInterview, AddsANewInterviewWithAFreshId) {
    Project project = testing::sampleProject();
    const Interview& recorded = recordInterview(project, validCard(), "");
    EXPECT_EQ(recorded.id.rfind("int-", 0), 0u);
    EXPECT_NE(recorded.id, "int-1");
    EXPECT_EQ(recorded.organisationId, "org-1");
    EXPECT_EQ(recorded.durationMinutes, 120);
    EXPECT_EQ(recorded.status, "Transcribed");  // the stored identifier, whatever the case typed
    EXPECT_EQ(recorded.participants, (std::vector<std::string>{"médecin généraliste", "accueillante"}));
    EXPECT_EQ(project.interviews.size(), 2u);
}

TEST(RecordInterview, ReplacesTheCardOfAKnownIdAndKeepsItsTranscript) {
    Project project = testing::sampleProject();
    InterviewCard card = validCard();
    card.transcript.clear();
    card.place = "ailleurs";
    const Interview& recorded = recordInterview(project, card, "int-1");
    EXPECT_EQ(recorded.id, "int-1");
    EXPECT_EQ(recorded.place, "ailleurs");
    EXPECT_EQ(recorded.transcript, "transcripts/maison-medicale.odt");
    EXPECT_EQ(project.interviews.size(), 1u);
}

TEST(RecordInterview, KeepsTheIdOfATranscriptFromAnotherProject) {
    Project project = testing::sampleProject();
    EXPECT_EQ(recordInterview(project, validCard(), "int-ailleurs").id, "int-ailleurs");
    EXPECT_NE(project.findInterview("int-ailleurs"), nullptr);
}

TEST(RecordInterview, RefusesBadCardsAndChangesNothing) {
    Project project = testing::sampleProject();
    const std::size_t count = project.interviews.size();
    const std::string place = project.interviews[0].place;
    auto refused = [&](InterviewCard card) { return errorKey([&] { recordInterview(project, card, "int-1"); }); };
    InterviewCard card = validCard();
    card.date = "2026-02-30";
    EXPECT_EQ(refused(card), "interview.bad_date 2026-02-30");
    card = validCard();
    card.date = "5/11/2026";
    EXPECT_EQ(refused(card), "interview.bad_date 5/11/2026");
    card = validCard();
    card.durationMinutes = -5;
    EXPECT_EQ(refused(card), "interview.bad_duration -5");
    card.durationMinutes = 24 * 60 + 1;
    EXPECT_EQ(refused(card), "interview.bad_duration 1441");
    card = validCard();
    card.organisation = "Inconnue";
    EXPECT_EQ(refused(card), "organisation.unknown Inconnue");
    card.organisation = "";
    EXPECT_EQ(refused(card), "organisation.unknown ");
    card = validCard();
    card.status = "Fini";
    EXPECT_EQ(refused(card), "interview.bad_status Fini");
    EXPECT_EQ(project.interviews.size(), count);
    EXPECT_EQ(project.interviews[0].place, place);
}

TEST(RecordInterview, AcceptsAnUnfixedDateAndTheLimits) {
    Project project = testing::sampleProject();
    InterviewCard card = validCard();
    card.date = "";
    card.durationMinutes = 0;
    card.status = "";
    EXPECT_NO_THROW(recordInterview(project, card, ""));
    card.durationMinutes = 24 * 60;
    card.date = "2024-02-29";
    EXPECT_NO_THROW(recordInterview(project, card, ""));
}

TEST(CanonicalCard, NamesTheOrganisationAndStatusAsStored) {
    const Project project = testing::sampleProject();
    const InterviewCard card = canonicalCard(project, validCard());
    EXPECT_EQ(card.organisation, "Maison médicale du Nord");
    EXPECT_EQ(card.status, "Transcribed");
    InterviewCard bad = validCard();
    bad.date = "2026-13-01";
    EXPECT_EQ(errorKey([&] { canonicalCard(project, bad); }), "interview.bad_date 2026-13-01");
}

TEST(CardProperties, AreAllPrefixedAndNameTheInterviewIdExactly) {
    const auto properties = cardToProperties(validCard(), "int-42");
    EXPECT_EQ(properties.at("ETS.InterviewId"), "int-42");
    EXPECT_EQ(std::string(kInterviewIdProperty), "ETS.InterviewId");
    for (const auto& [name, value] : properties)
        EXPECT_EQ(name.rfind("ETS.", 0), 0u) << name;
    EXPECT_EQ(properties.at("ETS.Interviewers"), "Samir B.; Claire V.");
    EXPECT_EQ(properties.at("ETS.Participants"), "médecin généraliste; accueillante");
    EXPECT_EQ(properties.at("ETS.ParticipantNames"), "Dr Jeanne X.");
    EXPECT_EQ(properties.at("ETS.Consent"), "true");
    EXPECT_EQ(properties.at("ETS.DurationMinutes"), "120");
    // Names of people are in their own property only.
    for (const auto& [name, value] : properties)
        if (name != "ETS.ParticipantNames")
            EXPECT_EQ(value.find("Jeanne"), std::string::npos) << name;
}

TEST(CardProperties, WithoutNamesHaveNoNameProperty) {
    InterviewCard card = validCard();
    card.participantNames.clear();
    EXPECT_EQ(cardToProperties(card, "int-1").count("ETS.ParticipantNames"), 0u);
}

TEST(CardProperties, SurviveARoundTrip) {
    const InterviewCard card = validCard();
    std::map<std::string, std::string> properties = cardToProperties(card, "int-7");
    properties["Auteur"] = "not ours";  // other properties are ignored
    const StoredCard back = cardFromProperties(properties);
    EXPECT_EQ(back.interviewId, "int-7");
    EXPECT_EQ(back.card.organisation, "maison médicale du Nord");
    EXPECT_EQ(back.card.date, card.date);
    EXPECT_EQ(back.card.durationMinutes, 120);
    EXPECT_EQ(back.card.interviewers, card.interviewers);
    EXPECT_EQ(back.card.participants, card.participants);
    EXPECT_EQ(back.card.participantNames, card.participantNames);
    EXPECT_EQ(back.card.place, card.place);
    EXPECT_TRUE(back.card.consent);
    EXPECT_EQ(back.card.status, "transcribed");
}

TEST(CardProperties, NoCardGivesNoId) {
    const StoredCard none = cardFromProperties({{"Organisation", "vieux champ de la démo"}});
    EXPECT_EQ(none.interviewId, "");
    EXPECT_EQ(none.card.durationMinutes, 0);
    EXPECT_FALSE(none.card.consent);
}

TEST(ParseDurationMinutes, AcceptsWholeMinutesOnly) {
    EXPECT_EQ(parseDurationMinutes(" 90 "), 90);
    EXPECT_EQ(parseDurationMinutes("90.0"), 90);
    EXPECT_EQ(parseDurationMinutes(""), 0);
    EXPECT_EQ(parseDurationMinutes("-10"), -10);  // the range is the card's check
    EXPECT_EQ(errorKey([] { parseDurationMinutes("1h30"); }), "interview.bad_duration 1h30");
    EXPECT_EQ(errorKey([] { parseDurationMinutes("90.5"); }), "interview.bad_duration 90.5");
}

TEST(WholeMinutes, ANumberOfMinutesGivenByAMacroMustBeWhole) {
    EXPECT_EQ(wholeMinutes(120, "120"), 120);
    EXPECT_EQ(wholeMinutes(-5, "-5"), -5);  // the range is the card's check
    EXPECT_EQ(errorKey([] { wholeMinutes(90.5, "90,5"); }), "interview.bad_duration 90,5");
    EXPECT_EQ(errorKey([] { wholeMinutes(2e6, "2000000"); }), "interview.bad_duration 2000000");
    EXPECT_EQ(errorKey([] { wholeMinutes(std::nan(""), "nan"); }), "interview.bad_duration nan");
}

TEST(CardProperties, NamesCoverEveryPropertyACardWrites) {
    const auto names = cardPropertyNames();
    EXPECT_EQ(names.front(), "ETS.InterviewId");
    for (const auto& [name, value] : cardToProperties(validCard(), "int-1"))
        EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
}

TEST(TranscriptFileName, IsPlainAsciiFromOrganisationAndDate) {
    InterviewCard card;
    card.organisation = " Maison médicale « Le Sureau » ";
    card.date = "2026-11-05";
    EXPECT_EQ(transcriptFileName(card), "maison-medicale-le-sureau-2026-11-05.odt");
    card.organisation = "ÉCOLE ÇA-VA Œuvre";
    card.date = "";
    EXPECT_EQ(transcriptFileName(card), "ecole-ca-va-uvre.odt");
    card.organisation = "";
    EXPECT_EQ(transcriptFileName(card), "entretien.odt");
}

TEST(SplitEntries, TrimsAndDropsEmptyItems) {
    EXPECT_EQ(splitEntries(" a; b ;; c ;"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_TRUE(splitEntries("  ").empty());
    EXPECT_EQ(joinEntries({"a", "b"}), "a; b");
}

}  // namespace
}  // namespace ets
