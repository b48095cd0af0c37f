// A rename, merge or deletion of a theme over several transcripts is one transaction: committed in the project first
// (the pending rewrites are its journal), then carried to each transcript; a kill at any step, a transcript that
// cannot be written, held, missing or open with unsaved changes leaves the project and the transcripts agreeing, and
// the next start finishes the work.

#include "core/coding/codebook.hpp"
#include "core/coding/codebook_rewrite.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/coding/tagging.hpp"
#include "core/project/project_store.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"

namespace ets {
namespace {

namespace fs = std::filesystem;

constexpr int kTranscripts = 6;

std::string keyOf(int number) { return "transcripts/t" + std::to_string(number) + ".odt"; }

// What a transcript says of its themes: the names in its records and in its margin comments.
std::set<std::string> namesIn(const MemoryTranscript& transcript) {
    std::set<std::string> names;
    for (const TagRecord& record : transcript.records()) {
        for (const ThemeRef& ref : record.themes)
            names.insert(ref.name);
        if (const MemoryTranscript::Comment* comment = transcript.comment(record.anchor))
            names.insert(comment->text);
    }
    return names;
}

class CodebookRewrite : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = uniqueTempFolder("ets-rewrite");
        createProject(folder_, "Étude", "");
        opened_ = office();
        for (int number = 1; number <= kTranscripts; ++number) {
            MemoryTranscript transcript("Premier passage. Second passage.");
            tagSpan(opened_.project, keyOf(number), transcript, *transcript.spanOf("Premier passage."),
                    {{"Logement"}, "", "Claire", "2026-12-01", "Thèmes"});
            tagSpan(opened_.project, keyOf(number), transcript, *transcript.spanOf("Second passage."),
                    {{"Santé", "Accueil"}, "", "Claire", "2026-12-01", "Thèmes"});
            files_.saved.emplace(keyOf(number), std::move(transcript));
        }
        saveProject(opened_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    // The office, as it starts: the project file and its index read from disk.
    OpenedProject office() { return openProject(folder_, folder_ / "index.json", "Claire"); }

    static ThemeEdit rename(const std::string& from, const std::string& to) {
        ThemeEdit edit;
        edit.action = ThemeAction::Rename;
        edit.name = from;
        edit.newName = to;
        return edit;
    }

    // After the next start: the project names the theme `name` and nothing waits any more; every transcript says so.
    void expectAllAgree(const std::string& name, const std::string& gone) {
        OpenedProject restarted = office();
        EXPECT_NE(findThemeNamed(restarted.project, name), nullptr);
        EXPECT_EQ(findThemeNamed(restarted.project, gone), nullptr);
        EXPECT_TRUE(restarted.project.pendingRewrites.empty());
        for (const auto& [key, transcript] : files_.saved) {
            EXPECT_TRUE(namesIn(transcript).count(name)) << key;
            EXPECT_TRUE(namesIn(transcript).count("Thèmes : " + name)) << key;
            EXPECT_FALSE(namesIn(transcript).count(gone)) << key;
        }
    }

    fs::path folder_;
    OpenedProject opened_;
    MemoryTranscriptFiles files_;
};

TEST_F(CodebookRewrite, ARenameRewritesEveryTranscriptAndLeavesNothingWaiting) {
    const ThemeEditOutcome outcome = changeThemes(opened_, rename("Logement", "Habitat"), files_, "Thèmes");
    ASSERT_EQ(outcome.transcripts.size(), static_cast<std::size_t>(kTranscripts));
    for (const TranscriptRewrite& rewrite : outcome.transcripts)
        EXPECT_EQ(rewrite.state, RewriteState::Saved) << rewrite.transcript;
    EXPECT_TRUE(opened_.project.pendingRewrites.empty());
    EXPECT_EQ(rewriteReport(outcome.transcripts, Catalogue::load(ETS_STRINGS_DIR, "fr")), "");
    expectAllAgree("Habitat", "Logement");
}

// The office killed before the first transcript, after each one, and after the last (before the last save of the
// project): the project already holds the change, each transcript not rewritten is read through its pending rewrite,
// and the next start finishes the work.
TEST_F(CodebookRewrite, AKillAtAnyStepIsFinishedAtTheNextStart) {
    for (int kill = 0; kill <= kTranscripts; ++kill) {
        SCOPED_TRACE("killed after " + std::to_string(kill) + " transcripts");
        TearDown();
        files_ = MemoryTranscriptFiles();
        SetUp();
        files_.killAfterSaves = kill;
        EXPECT_THROW(changeThemes(opened_, rename("Logement", "Habitat"), files_, "Thèmes"), OfficeKilled);
        files_.killAfterSaves = -1;

        OpenedProject restarted = office();
        ASSERT_NE(findThemeNamed(restarted.project, "Habitat"), nullptr);
        EXPECT_EQ(restarted.project.pendingRewrites.size(), static_cast<std::size_t>(kTranscripts));
        // Read before the work is finished (what a tally does), every transcript already says Habitat.
        const std::string habitat = findThemeNamed(restarted.project, "Habitat")->id;
        for (auto& [key, transcript] : files_.saved) {
            indexTranscript(restarted.project, key, transcript.records(), transcript.anchors());
            const auto first = std::find_if(restarted.project.passages.begin(), restarted.project.passages.end(),
                                            [&](const Passage& p) { return p.transcript == key && p.text == "Premier passage."; });
            ASSERT_NE(first, restarted.project.passages.end());
            EXPECT_EQ(first->themeIds, std::vector<std::string>{habitat});
        }
        EXPECT_EQ(findThemeNamed(restarted.project, "Logement"), nullptr);  // never brought back by an old record

        const std::vector<TranscriptRewrite> finished = finishPendingRewrites(restarted, files_, "Thèmes");
        EXPECT_EQ(finished.size(), static_cast<std::size_t>(kTranscripts));
        expectAllAgree("Habitat", "Logement");
    }
}

TEST_F(CodebookRewrite, AMergeAndADeletionKilledHalfWayAreFinishedToo) {
    files_.killAfterSaves = 2;
    ThemeEdit merge;
    merge.action = ThemeAction::Merge;
    merge.name = "Logement";
    merge.into = "Accueil";
    EXPECT_THROW(changeThemes(opened_, merge, files_, "Thèmes"), OfficeKilled);
    files_.killAfterSaves = -1;
    files_.saves = 0;
    OpenedProject restarted = office();
    finishPendingRewrites(restarted, files_, "Thèmes");
    for (const auto& [key, transcript] : files_.saved)
        EXPECT_EQ(namesIn(transcript), (std::set<std::string>{"Accueil", "Santé", "Thèmes : Accueil",
                                                              "Thèmes : Santé ; Accueil"}))
            << key;

    files_.saves = 0;
    files_.killAfterSaves = 3;
    ThemeEdit deletion;
    deletion.action = ThemeAction::Delete;
    deletion.name = "Santé";
    deletion.force = true;
    EXPECT_THROW(changeThemes(restarted, deletion, files_, "Thèmes"), OfficeKilled);
    files_.killAfterSaves = -1;
    OpenedProject again = office();
    finishPendingRewrites(again, files_, "Thèmes");
    for (const auto& [key, transcript] : files_.saved)
        EXPECT_EQ(namesIn(transcript), (std::set<std::string>{"Accueil", "Thèmes : Accueil"})) << key;
    EXPECT_TRUE(office().project.pendingRewrites.empty());
}

// The case of the report: one closed transcript cannot be written. The others are rewritten, the project takes the
// new name, the one left waits and is read with the new name; the message names both.
TEST_F(CodebookRewrite, ATranscriptThatCannotBeWrittenWaitsAndTheMessageSaysWhich) {
    files_.unwritable.insert(keyOf(3));
    const MemoryTranscript before = files_.saved.at(keyOf(3));
    const ThemeEditOutcome outcome = changeThemes(opened_, rename("Logement", "Habitat"), files_, "Thèmes");
    EXPECT_EQ(outcome.transcripts[2].state, RewriteState::Failed);
    EXPECT_EQ(files_.saved.at(keyOf(3)).storedTags(), before.storedTags());  // nothing of it changed
    OpenedProject restarted = office();
    EXPECT_NE(findThemeNamed(restarted.project, "Habitat"), nullptr);
    ASSERT_EQ(restarted.project.pendingRewrites.size(), 1u);
    EXPECT_EQ(restarted.project.pendingRewrites[0].transcript, keyOf(3));

    const Catalogue texts = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const std::string report = rewriteReport(outcome.transcripts, texts);
    EXPECT_NE(report.find("5 transcriptions mises à jour"), std::string::npos) << report;
    EXPECT_NE(report.find(keyOf(1) + ", " + keyOf(2) + ", " + keyOf(4)), std::string::npos) << report;
    EXPECT_NE(report.find("1 transcription n’a pas pu être enregistrée"), std::string::npos) << report;
    EXPECT_NE(report.find(keyOf(3)), std::string::npos) << report;

    // Writable again: the next start finishes it.
    files_.unwritable.clear();
    const std::vector<TranscriptRewrite> finished = finishPendingRewrites(restarted, files_, "Thèmes");
    ASSERT_EQ(finished.size(), 1u);
    EXPECT_NE(finishedReport(finished, texts).find(keyOf(3)), std::string::npos);
    expectAllAgree("Habitat", "Logement");
}

TEST_F(CodebookRewrite, HeldMissingAndOpenTranscriptsWaitAndAreSaidEachWithWhatToDo) {
    files_.heldBy[keyOf(1)] = "Yasmine";
    files_.saved.erase(keyOf(2));
    files_.open.emplace(keyOf(4), files_.saved.at(keyOf(4)));
    const ThemeEditOutcome outcome = changeThemes(opened_, rename("Logement", "Habitat"), files_, "Thèmes");
    EXPECT_EQ(outcome.transcripts[0].state, RewriteState::Held);
    EXPECT_EQ(outcome.transcripts[0].who, "Yasmine");
    EXPECT_EQ(outcome.transcripts[1].state, RewriteState::Missing);
    EXPECT_EQ(outcome.transcripts[3].state, RewriteState::LeftOpen);
    EXPECT_TRUE(namesIn(files_.open.at(keyOf(4))).count("Habitat"));  // rewritten where the person sees it
    EXPECT_EQ(opened_.project.pendingRewrites.size(), 3u);

    const std::string report = rewriteReport(outcome.transcripts, Catalogue::load(ETS_STRINGS_DIR, "fr"));
    EXPECT_NE(report.find(keyOf(1) + " (Yasmine)"), std::string::npos) << report;
    EXPECT_NE(report.find("introuvable"), std::string::npos) << report;
    EXPECT_NE(report.find("nouvel emplacement"), std::string::npos) << report;
    EXPECT_NE(report.find(keyOf(4)), std::string::npos) << report;
    const std::string english = rewriteReport(outcome.transcripts, Catalogue::load(ETS_STRINGS_DIR, "en"));
    EXPECT_NE(english.find("cannot be found"), std::string::npos) << english;
}

TEST_F(CodebookRewrite, AnEditThatIsRefusedOrASaveThatFailsChangesNoTranscript) {
    const auto before = files_.saved.at(keyOf(1)).storedTags();
    EXPECT_THROW(changeThemes(opened_, rename("Logement", "Santé"), files_, "Thèmes"), Error);  // the name is taken
    EXPECT_EQ(files_.saved.at(keyOf(1)).storedTags(), before);
    EXPECT_EQ(files_.saves, 0);
    EXPECT_TRUE(office().project.pendingRewrites.empty());
}

}  // namespace
}  // namespace ets
