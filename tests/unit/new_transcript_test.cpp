#include "core/register/new_transcript.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>

namespace ets {
namespace {

namespace fs = std::filesystem;

const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"({
        "transcript.title": "Interview - {0}", "transcript.header": "{0} - {1}",
        "transcript.interviewer_label": "Interviewer:", "transcript.interviewee_label": "Met:"})");
    return catalogue;
}

InterviewCard sureau() {
    InterviewCard card;
    card.organisation = " Maison médicale Le Sureau ";
    card.date = "2026-11-05";
    return card;
}

TEST(TranscriptTemplate, TitleTurnsAndTheGridsQuestionsEachWithATurnOfThePersonMet) {
    const TranscriptTemplate made =
        transcriptTemplate(sureau(), {{"Who are you?", "", {}}, {"What next?", "", {}}}, texts());
    EXPECT_EQ(made.title, "Interview - Maison médicale Le Sureau");
    EXPECT_EQ(made.header, "Maison médicale Le Sureau - 2026-11-05");
    using R = ParagraphRole;
    const std::vector<std::pair<R, std::string>> expected = {{R::Title, "Interview - Maison médicale Le Sureau"},
                                                             {R::Interviewer, "Interviewer: "},
                                                             {R::Interviewee, "Met: "},
                                                             {R::Heading2, "Who are you?"},
                                                             {R::Interviewee, "Met: "},
                                                             {R::Heading2, "What next?"},
                                                             {R::Interviewee, "Met: "}};
    ASSERT_EQ(made.paragraphs.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(made.paragraphs[i].role, expected[i].first) << i;
        EXPECT_EQ(made.paragraphs[i].text, expected[i].second) << i;
    }
}

TEST(TranscriptTemplate, ASpeakersLabelIsInTheSpeakersCharacterStyleNotTheSpaceAfterIt) {
    const TranscriptTemplate made = transcriptTemplate(sureau(), {}, texts());
    ASSERT_TRUE(made.paragraphs[1].span.has_value());
    EXPECT_EQ(made.paragraphs[1].span->role, CharacterRole::Speaker);
    EXPECT_EQ(made.paragraphs[1].span->start, 0u);
    EXPECT_EQ(made.paragraphs[1].span->length, 12u);  // "Interviewer:"
    EXPECT_EQ(made.paragraphs[2].span->length, 4u);   // "Met:"
    EXPECT_FALSE(made.paragraphs[0].span.has_value());
}

TEST(TranscriptTemplate, WithoutDateTheHeaderIsTheOrganisationAndAnEmptyLabelIsNoSpan) {
    InterviewCard card = sureau();
    card.date.clear();
    const Catalogue unlabelled =
        Catalogue::fromJsonText(R"({"transcript.interviewer_label": "", "transcript.interviewee_label": ""})");
    const TranscriptTemplate made = transcriptTemplate(card, {}, unlabelled);
    EXPECT_EQ(made.header, "Maison médicale Le Sureau");
    EXPECT_EQ(made.paragraphs[1].text, "");
    EXPECT_FALSE(made.paragraphs[1].span.has_value());
}

class NewTranscriptFiles : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = uniqueTempFolder("ets-new-transcript-test");
        fs::remove_all(folder_);
        fs::create_directories(folder_ / "transcripts");
    }
    void TearDown() override { fs::remove_all(folder_); }
    fs::path folder_;
};

TEST_F(NewTranscriptFiles, ThePersonsTranscriptGoesToTranscriptsNumberedWhenTaken) {
    EXPECT_EQ(defaultTranscriptFile(folder_, sureau()),
              folder_ / "transcripts" / "maison-medicale-le-sureau-2026-11-05.odt");
    std::ofstream(folder_ / "transcripts" / "maison-medicale-le-sureau-2026-11-05.odt") << "x";
    EXPECT_EQ(defaultTranscriptFile(folder_, sureau()),
              folder_ / "transcripts" / "maison-medicale-le-sureau-2026-11-05-2.odt");
}

TEST_F(NewTranscriptFiles, AMacrosTranscriptGoesWhereFileAndFolderSay) {
    EXPECT_EQ(transcriptTarget(folder_, std::nullopt, std::nullopt, sureau()), fs::path());
    EXPECT_EQ(transcriptTarget(folder_, fs::path("sureau"), std::nullopt, sureau()),
              folder_ / "transcripts" / "sureau.odt");
    EXPECT_EQ(transcriptTarget(folder_, fs::path("sureau.docx"), fs::path("/elsewhere"), sureau()),
              fs::path("/elsewhere/sureau.docx"));
    EXPECT_EQ(transcriptTarget(folder_, std::nullopt, fs::path("/elsewhere"), sureau()),
              fs::path("/elsewhere/maison-medicale-le-sureau-2026-11-05.odt"));
}

OpenedProject withSureau(const fs::path& folder) {
    OpenedProject opened;
    opened.folder = folder;
    Organisation organisation;
    organisation.id = "org-1";
    organisation.name = "Maison médicale Le Sureau";
    opened.project.organisations.push_back(organisation);
    return opened;
}

TEST_F(NewTranscriptFiles, ThePlannedInterviewHasACanonicalCardItsPathInTheProjectAndANewId) {
    const OpenedProject opened = withSureau(folder_);
    InterviewCard card = sureau();
    card.organisation = "maison médicale le sureau";
    card.status = "held";
    const NewInterview planned = planNewTranscript(opened, card, folder_ / "transcripts" / "s.odt");
    EXPECT_EQ(planned.card.organisation, "Maison médicale Le Sureau");
    EXPECT_EQ(planned.card.status, "Held");
    EXPECT_EQ(planned.card.transcript, "transcripts/s.odt");
    EXPECT_EQ(planned.id.rfind("int-", 0), 0u);
    EXPECT_TRUE(opened.project.interviews.empty());  // nothing recorded yet
    EXPECT_EQ(planNewTranscript(opened, card, fs::path()).card.transcript, "");
}

TEST_F(NewTranscriptFiles, ABadCardThenAnExistingFileAreRefused) {
    const OpenedProject opened = withSureau(folder_);
    const fs::path taken = folder_ / "transcripts" / "taken.odt";
    std::ofstream(taken) << "x";
    InterviewCard unknown = sureau();
    unknown.organisation = "Inconnue";
    try {
        planNewTranscript(opened, unknown, taken);  // the card is checked first
        FAIL() << "expected organisation.unknown";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "organisation.unknown");
    }
    try {
        planNewTranscript(opened, sureau(), taken);
        FAIL() << "expected transcript.exists";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "transcript.exists");
        EXPECT_EQ(error.args(), (std::vector<std::string>{taken.string()}));
    }
}

}  // namespace
}  // namespace ets
