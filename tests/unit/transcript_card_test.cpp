#include "core/coding/transcript_card.hpp"

#include "core/coding/memory_transcript.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>

namespace ets {
namespace {

namespace fs = std::filesystem;

class TranscriptCard : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = uniqueTempFolder("ets-transcript-card-test");
        fs::remove_all(folder_);
        fs::create_directories(folder_ / "transcripts");
        opened_.folder = folder_;
        Organisation organisation;
        organisation.id = "org-1";
        organisation.name = "Clic Solidaire";
        opened_.project.organisations.push_back(organisation);
        saveProject(opened_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    static InterviewCard clic() {
        InterviewCard card;
        card.organisation = "clic solidaire";
        card.date = "2026-11-26";
        card.place = "Forest";
        card.participantNames = {"Anne X."};
        return card;
    }

    fs::path folder_;
    OpenedProject opened_;
};

TEST_F(TranscriptCard, TheCardGoesIntoTheTranscriptThenIntoTheSavedProject) {
    MemoryTranscript transcript("text", folder_ / "transcripts" / "clic.odt");
    const std::string id = recordTranscriptCard(opened_, transcript, clic(), "");
    const std::map<std::string, std::string> card = transcript.cardProperties();
    EXPECT_EQ(card.at("ETS.InterviewId"), id);
    EXPECT_EQ(card.at("ETS.Organisation"), "Clic Solidaire");
    EXPECT_EQ(card.at("ETS.ParticipantNames"), "Anne X.");
    ASSERT_EQ(opened_.project.interviews.size(), 1u);
    EXPECT_EQ(opened_.project.interviews[0].id, id);
    EXPECT_EQ(opened_.project.interviews[0].transcript, "transcripts/clic.odt");
    EXPECT_EQ(loadProject(folder_).interviews.size(), 1u);  // saved
}

TEST_F(TranscriptCard, RecordingAgainKeepsTheInterview) {
    MemoryTranscript transcript("text", folder_ / "transcripts" / "clic.odt");
    const std::string id = recordTranscriptCard(opened_, transcript, clic(), "");
    StoredCard stored = cardOfTranscript(opened_.project, transcript);
    EXPECT_EQ(stored.interviewId, id);
    stored.card.status = "Coded";
    EXPECT_EQ(recordTranscriptCard(opened_, transcript, stored.card, stored.interviewId), id);
    ASSERT_EQ(opened_.project.interviews.size(), 1u);
    EXPECT_EQ(opened_.project.interviews[0].status, "Coded");
    EXPECT_EQ(opened_.project.interviews[0].place, "Forest");
}

TEST_F(TranscriptCard, TheCardReadNamesTheOrganisationAsTheRegisterDoesNow) {
    MemoryTranscript transcript("text", folder_ / "transcripts" / "clic.odt");
    const std::string id = recordTranscriptCard(opened_, transcript, clic(), "");
    opened_.project.organisations[0].name = "Clic Solidaire asbl";
    const StoredCard stored = cardOfTranscript(opened_.project, transcript);
    EXPECT_EQ(stored.card.organisation, "Clic Solidaire asbl");
    EXPECT_EQ(stored.card.participantNames, std::vector<std::string>{"Anne X."});
    // A transcript of another project keeps the name it carries.
    const StoredCard elsewhere = cardOfTranscript(Project{}, transcript);
    EXPECT_EQ(elsewhere.interviewId, id);
    EXPECT_EQ(elsewhere.card.organisation, "Clic Solidaire");
}

TEST_F(TranscriptCard, ARefusedCardChangesNeitherTranscriptNorProject) {
    MemoryTranscript transcript("text", folder_ / "transcripts" / "clic.odt");
    InterviewCard bad = clic();
    bad.date = "2026-02-30";
    try {
        recordTranscriptCard(opened_, transcript, bad, "");
        FAIL() << "expected interview.bad_date";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "interview.bad_date");
    }
    EXPECT_TRUE(transcript.cardProperties().empty());
    EXPECT_TRUE(opened_.project.interviews.empty());
}

TEST_F(TranscriptCard, WhenTheProjectCannotBeSavedTheTranscriptGetsItsPreviousCardBack) {
    MemoryTranscript transcript("text", folder_ / "transcripts" / "clic.odt");
    const std::string id = recordTranscriptCard(opened_, transcript, clic(), "");
    const std::map<std::string, std::string> before = transcript.cardProperties();
    // The project's folder becomes a file: no save can succeed.
    OpenedProject unsavable = opened_;
    unsavable.folder = folder_ / "not-a-folder" / "project";
    std::ofstream(folder_ / "not-a-folder") << "x";
    InterviewCard changed = clic();
    changed.place = "Ixelles";
    EXPECT_ANY_THROW(recordTranscriptCard(unsavable, transcript, changed, id));
    EXPECT_EQ(transcript.cardProperties(), before);
    EXPECT_EQ(unsavable.project.interviews[0].place, "Forest");  // memory follows the file
}

}  // namespace
}  // namespace ets
