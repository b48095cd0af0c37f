// A transcript moved or renamed on disk, then opened from its new place: recognised by its interview id, the project's
// path follows it (passages, pending rewrite), and the whole project lists each of its passages once.

#include "core/coding/codebook.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/coding/passage_list.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/transcript_moves.hpp"
#include "core/project/project_store.hpp"
#include "core/register/interview_card.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>

namespace ets {
namespace {

namespace fs = std::filesystem;

const std::string kOld = "transcripts/sureau.odt";
const std::string kNew = "transcripts/2026/sureau-entretien.odt";

MemoryTranscript taggedTranscript(Project& project, const std::string& key) {
    MemoryTranscript transcript("Premier passage. Second passage.");
    transcript.setCardProperties({{kInterviewIdProperty, "int-1"}});
    tagSpan(project, key, transcript, *transcript.spanOf("Premier passage."),
            {{"Logement"}, "", "Claire", "2026-12-01", "Thèmes"});
    tagSpan(project, key, transcript, *transcript.spanOf("Second passage."),
            {{"Santé"}, "", "Claire", "2026-12-01", "Thèmes"});
    return transcript;
}

Project projectWithInterview() {
    Project project;
    Interview interview;
    interview.id = "int-1";
    interview.transcript = kOld;
    project.interviews.push_back(interview);
    return project;
}

const auto kGone = [](const std::string&) { return false; };
const auto kStillThere = [](const std::string&) { return true; };

TEST(TranscriptMoves, ThePathFollowsAMovedTranscriptWithItsPassagesAndWhatItWaitsFor) {
    Project project = projectWithInterview();
    MemoryTranscript transcript = taggedTranscript(project, kOld);
    const std::vector<std::string> ids = {project.passages[0].id, project.passages[1].id};
    recordStamp(project, {kOld, 1, 2});
    addPendingRewrite(project, kOld, {});

    EXPECT_EQ(followMovedTranscript(project, "int-1", kNew, kGone), kOld);
    EXPECT_EQ(project.findInterview("int-1")->transcript, kNew);
    ASSERT_EQ(project.passages.size(), 2u);
    EXPECT_EQ(project.passages[0].transcript, kNew);
    EXPECT_EQ((std::vector<std::string>{project.passages[0].id, project.passages[1].id}), ids);
    EXPECT_EQ(pendingRewriteOf(project, kOld), nullptr);
    EXPECT_NE(pendingRewriteOf(project, kNew), nullptr);
    EXPECT_TRUE(project.transcripts.empty());  // read again at its new place
    EXPECT_EQ(knownTranscripts(project), (std::set<std::string>{kNew}));
    EXPECT_EQ(followMovedTranscript(project, "int-1", kNew, kGone), "");  // once
}

TEST(TranscriptMoves, ACopyBesideTheOriginalIsNotAMove) {
    Project project = projectWithInterview();
    taggedTranscript(project, kOld);
    EXPECT_EQ(followMovedTranscript(project, "int-1", "transcripts/sureau (Yasmine).odt", kStillThere), "");
    EXPECT_EQ(project.findInterview("int-1")->transcript, kOld);
    // Even when the original was renamed meanwhile: the copy never takes its place.
    EXPECT_EQ(followMovedTranscript(project, "int-1", "transcripts/sureau (Yasmine).odt", kGone), "");
    EXPECT_EQ(project.findInterview("int-1")->transcript, kOld);
    EXPECT_EQ(followMovedTranscript(project, "int-unknown", kNew, kGone), "");
    EXPECT_EQ(followMovedTranscript(project, "", kNew, kGone), "");
}

// The case of the report: indexed at its new place before the project knew it moved, each passage was listed twice.
TEST(TranscriptMoves, PassagesIndexedAtTheNewPlaceAreListedOnceAfterFollowing) {
    Project project = projectWithInterview();
    MemoryTranscript transcript = taggedTranscript(project, kOld);
    indexTranscript(project, kNew, transcript.records(), transcript.anchors());
    ASSERT_EQ(listPassages(project, {}).size(), 4u);  // what Passages showed
    followMovedTranscript(project, "int-1", kNew, kGone);
    const std::vector<ListedPassage> listed = listPassages(project, {});
    ASSERT_EQ(listed.size(), 2u);
    for (const ListedPassage& passage : listed)
        EXPECT_EQ(passage.transcript, kNew);
    indexTranscript(project, kNew, transcript.records(), transcript.anchors());
    EXPECT_EQ(listPassages(project, {}).size(), 2u);
}

TEST(TranscriptMoves, AnOfficeFollowsATranscriptOpenedFromItsNewPlaceAndSaysSo) {
    const fs::path folder = uniqueTempFolder("ets-moves");
    createProject(folder, "Étude", "");
    {
        OpenedProject opened = openProject(folder, fs::path(), "Claire");
        Project project = projectWithInterview();
        changeAndSave(opened, [&](Project& changed) { changed.interviews = project.interviews; });
        MemoryTranscript transcript = taggedTranscript(opened.project, kOld);
        transcript.setFile(folder / kNew);
        fs::create_directories((folder / kNew).parent_path());
        std::ofstream(folder / kNew) << "odt";
        EXPECT_EQ(followedTranscriptKey(opened, transcript), kNew);
        EXPECT_EQ(opened.project.passages[0].transcript, kNew);
        EXPECT_NE(takeSyncReport(opened, Catalogue::load(ETS_STRINGS_DIR, "fr")).find("nouvel emplacement"),
                  std::string::npos);
        // The old file back in its place: the one open at the new place is then a copy, and nothing moves.
        fs::create_directories((folder / kOld).parent_path());
        std::ofstream(folder / kOld) << "odt";
        transcript.setFile(folder / kOld);
        EXPECT_EQ(followedTranscriptKey(opened, transcript), kOld);
        EXPECT_EQ(opened.project.findInterview("int-1")->transcript, kNew);
    }
    EXPECT_EQ(openProject(folder, fs::path(), "Claire").project.findInterview("int-1")->transcript, kNew);
    fs::remove_all(folder);
}

TEST(TranscriptMoves, AMissingTranscriptLocatedByAPersonIsFollowedOnlyWhenItIsThatInterview) {
    Project project = projectWithInterview();
    taggedTranscript(project, kOld);
    Interview other;
    other.id = "int-2";
    other.transcript = "transcripts/autre.odt";
    project.interviews.push_back(other);
    EXPECT_FALSE(locateTranscript(project, kOld, kNew, "int-2"));  // the file of another interview
    EXPECT_FALSE(locateTranscript(project, kOld, kNew, ""));       // no transcript at all
    EXPECT_EQ(project.findInterview("int-1")->transcript, kOld);
    EXPECT_TRUE(locateTranscript(project, kOld, kNew, "int-1"));
    EXPECT_EQ(project.findInterview("int-1")->transcript, kNew);
    EXPECT_EQ(project.passages[0].transcript, kNew);
}

TEST(TranscriptMoves, ACommandThatWentOnWithoutATranscriptNamesIt) {
    OpenedProject opened;
    opened.leftOutTranscripts = {"transcripts/sureau.odt"};
    const Catalogue texts = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const std::string report = takeSyncReport(opened, texts);
    EXPECT_NE(report.find("1 transcription introuvable ou illisible n’a pas été lue"), std::string::npos) << report;
    EXPECT_NE(report.find("transcripts/sureau.odt"), std::string::npos) << report;
    EXPECT_EQ(takeSyncReport(opened, texts), "");
}

}  // namespace
}  // namespace ets
