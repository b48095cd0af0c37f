#include "core/coding/passage_index.hpp"

#include "core/coding/codebook.hpp"
#include "core/project/project_checks.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <chrono>
#include <fstream>

namespace fs = std::filesystem;

namespace ets {
namespace {

using Strings = std::vector<std::string>;

const std::string kA = "ETS_aaaaaaaaaaaa";
const std::string kB = "ETS_bbbbbbbbbbbb";
const std::string kC = "ETS_cccccccccccc";
const std::string kTranscript = "transcripts/maison-medicale.odt";

Project indexProject() {
    Project project;
    project.name = "Index";
    project.themes = {{"th-a", "Logement", "", "", ""}, {"th-d", "Santé mentale", "", "", ""}};
    return project;
}

TagRecord record(const std::string& anchor, std::vector<ThemeRef> themes, const std::string& memo = "") {
    TagRecord tag;
    tag.anchor = anchor;
    tag.themes = std::move(themes);
    tag.memo = memo;
    tag.coder = "Amina";
    tag.created = "2025-01-15";
    return tag;
}

const ThemeRef kHousing{"th-a", "Logement"};
const ThemeRef kMentalHealth{"th-d", "Santé mentale"};

std::vector<const Passage*> passagesOf(const Project& project, const std::string& transcript) {
    std::vector<const Passage*> found;
    for (const Passage& passage : project.passages)
        if (passage.transcript == transcript)
            found.push_back(&passage);
    return found;
}

// ---- indexing ----------------------------------------------------------------------------

TEST(IndexPassage, AddsUpdatesAndRemovesOnePassageWithoutTouchingTheOthers) {
    Project project = indexProject();
    indexTranscript(project, kTranscript, {record(kA, {kHousing})}, {{kA, "Le loyer prend tout."}});
    const std::string firstId = project.passages.at(0).id;

    IndexUpdate update = indexPassage(project, kTranscript, record(kB, {kMentalHealth}, "à creuser"), "On est à bout.");
    EXPECT_EQ(update.added, 1);
    ASSERT_EQ(project.passages.size(), 2u);
    EXPECT_EQ(project.passages[0].id, firstId);
    EXPECT_EQ(project.passages[1].text, "On est à bout.");
    EXPECT_EQ(project.passages[1].themeIds, Strings{"th-d"});
    EXPECT_EQ(project.passages[1].memo, "à creuser");

    // Re-tagging the same anchor changes that passage, keeps its id, adds no other.
    const std::string secondId = project.passages[1].id;
    update = indexPassage(project, kTranscript, record(kB, {kMentalHealth, {"", "Non-recours"}}), "On est à bout.");
    EXPECT_EQ(update.updated, 1);
    EXPECT_EQ(update.createdThemes, Strings{"Non-recours"});
    ASSERT_EQ(project.passages.size(), 2u);
    EXPECT_EQ(project.passages[1].id, secondId);
    EXPECT_EQ(project.passages[1].themeIds.size(), 2u);

    // A record left with no theme is no passage any more.
    update = indexPassage(project, kTranscript, record(kB, {}), "On est à bout.");
    EXPECT_EQ(update.removed, 1);
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].id, firstId);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(IndexPassage, GivesTheSameIdAsAFullIndex) {
    Project incremental = indexProject();
    indexPassage(incremental, kTranscript, record(kA, {kHousing}), "Le loyer prend tout.");
    Project full = indexProject();
    indexTranscript(full, kTranscript, {record(kA, {kHousing})}, {{kA, "Le loyer prend tout."}});
    EXPECT_EQ(incremental.passages.at(0).id, full.passages.at(0).id);
}

TEST(IndexTranscript, OnePassagePerRecordWithTheAnchorsText) {
    Project project = indexProject();
    const IndexUpdate update = indexTranscript(
        project, kTranscript, {record(kA, {kHousing}, "À creuser"), record(kB, {kMentalHealth, kHousing})},
        {{kB, "On est à bout."}, {kA, "Le loyer prend tout « le CPAS »."}});
    EXPECT_EQ(update.added, 2);
    EXPECT_EQ(update.removed, 0);
    EXPECT_EQ(update.updated, 0);
    EXPECT_TRUE(update.createdThemes.empty());
    ASSERT_EQ(project.passages.size(), 2u);
    const Passage& first = project.passages[0];
    EXPECT_EQ(first.transcript, kTranscript);
    EXPECT_EQ(first.anchor, kA);
    EXPECT_EQ(first.text, "Le loyer prend tout « le CPAS ».");
    EXPECT_EQ(first.memo, "À creuser");
    EXPECT_EQ(first.coder, "Amina");
    EXPECT_EQ(first.themeIds, Strings{"th-a"});
    EXPECT_EQ(project.passages[1].themeIds, (Strings{"th-d", "th-a"}));
    EXPECT_EQ(first.id.rfind("pa-", 0), 0u);
    EXPECT_NE(first.id, project.passages[1].id);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(IndexTranscript, DeletedAnchorOrEmptiedTextDropsThePassage) {
    Project project = indexProject();
    indexTranscript(project, kTranscript, {record(kA, {kHousing}), record(kB, {kHousing}), record(kC, {kHousing})},
                    {{kA, "un"}, {kB, "deux"}, {kC, "trois"}});
    ASSERT_EQ(project.passages.size(), 3u);
    // kB's text was deleted (the bookmark collapsed), kC's bookmark is gone altogether.
    const IndexUpdate update =
        indexTranscript(project, kTranscript, {record(kA, {kHousing}), record(kB, {kHousing}), record(kC, {kHousing})},
                        {{kA, "un"}, {kB, ""}});
    EXPECT_EQ(update.removed, 2);
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].anchor, kA);

    indexTranscript(project, kTranscript, {record(kA, {kHousing})}, {{kA, " \n"}});
    EXPECT_TRUE(project.passages.empty());
}

TEST(IndexTranscript, AnchorsWithoutARecordAndRecordsWithoutThemeAreNotPassages) {
    Project project = indexProject();
    indexTranscript(project, kTranscript, {record(kA, {}), record("", {kHousing}), record(kB, {{"th-x", " "}})},
                    {{kA, "un"}, {kB, "deux"}, {kC, "trois"}});
    EXPECT_TRUE(project.passages.empty());
}

TEST(IndexTranscript, IdsDoNotChurn) {
    Project project = indexProject();
    const std::vector<TagRecord> records{record(kA, {kHousing}), record(kB, {kMentalHealth})};
    indexTranscript(project, kTranscript, records, {{kA, "un"}, {kB, "deux"}});
    const Strings before{project.passages[0].id, project.passages[1].id};

    const IndexUpdate again = indexTranscript(project, kTranscript, records, {{kA, "un"}, {kB, "deux"}});
    EXPECT_EQ(again.added + again.removed + again.updated, 0);
    EXPECT_EQ((Strings{project.passages[0].id, project.passages[1].id}), before);

    // Edited text and a new memo: the same passages, updated.
    const IndexUpdate edited = indexTranscript(project, kTranscript, {record(kA, {kHousing}, "memo"), records[1]},
                                               {{kA, "un, corrigé"}, {kB, "deux"}});
    EXPECT_EQ(edited.updated, 1);
    EXPECT_EQ(edited.added, 0);
    EXPECT_EQ((Strings{project.passages[0].id, project.passages[1].id}), before);

    // An index rebuilt from nothing (another machine, a lost project file) finds the same ids.
    Project rebuilt = indexProject();
    indexTranscript(rebuilt, kTranscript, records, {{kA, "un"}, {kB, "deux"}});
    EXPECT_EQ((Strings{rebuilt.passages[0].id, rebuilt.passages[1].id}), before);

    // The same anchors in another transcript (a copy of the file) are other passages.
    indexTranscript(project, "copie.odt", records, {{kA, "un"}, {kB, "deux"}});
    EXPECT_NE(passagesOf(project, "copie.odt")[0]->id, before[0]);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(IndexTranscript, KeepsIdsAlreadyInTheIndex) {
    Project project = indexProject();
    Passage old;
    old.id = "pa-1";
    old.transcript = kTranscript;
    old.anchor = kA;
    old.themeIds = {"th-a"};
    old.text = "un";
    project.passages.push_back(old);
    indexTranscript(project, kTranscript, {record(kA, {kHousing})}, {{kA, "un"}});
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].id, "pa-1");
}

TEST(IndexTranscript, OtherTranscriptsAreUntouchedAndOrderIsKept) {
    Project project = indexProject();
    indexTranscript(project, "a.odt", {record(kA, {kHousing})}, {{kA, "a"}});
    indexTranscript(project, kTranscript, {record(kA, {kHousing}), record(kB, {kHousing})}, {{kA, "m1"}, {kB, "m2"}});
    indexTranscript(project, "z.odt", {record(kC, {kHousing})}, {{kC, "z"}});
    const Passage firstOfA = project.passages[0];

    const IndexUpdate update = indexTranscript(project, kTranscript, {record(kB, {kMentalHealth})}, {{kB, "m2"}});
    EXPECT_EQ(update.removed, 1);
    EXPECT_EQ(update.updated, 1);
    ASSERT_EQ(project.passages.size(), 3u);
    EXPECT_EQ(project.passages[0].transcript, "a.odt");
    EXPECT_EQ(project.passages[0].id, firstOfA.id);
    EXPECT_EQ(project.passages[1].transcript, kTranscript);
    EXPECT_EQ(project.passages[2].transcript, "z.odt");

    indexTranscript(project, kTranscript, {}, {});
    EXPECT_EQ(project.passages.size(), 2u);
}

TEST(IndexTranscript, RecordFindsItsBookmarkRenamedByWriter) {
    Project project = indexProject();
    indexTranscript(project, kTranscript, {record(kA, {kHousing})}, {{kA, "texte"}});
    const std::string id = project.passages[0].id;

    // Cut and pasted while the name was still taken: only the renamed copy remains.
    const std::string copy = kA + "Copy 1";
    const IndexUpdate update = indexTranscript(project, kTranscript, {record(kA, {kHousing})}, {{copy, "texte"}});
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].anchor, copy);  // the bookmark to jump to
    EXPECT_EQ(project.passages[0].id, id);
    EXPECT_EQ(update.updated, 1);

    // Once the record is rewritten with the bookmark's name, the id still holds.
    indexTranscript(project, kTranscript, {record(copy, {kHousing})}, {{copy, "texte"}});
    EXPECT_EQ(project.passages[0].id, id);
}

TEST(IndexTranscript, CopiedBookmarkBesideTheOriginalMakesNoSecondPassage) {
    Project project = indexProject();
    const std::string copy = kA + "Copy 1";
    indexTranscript(project, kTranscript, {record(kA, {kHousing})}, {{copy, "texte collé"}, {kA, "texte"}});
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].anchor, kA);
    EXPECT_EQ(project.passages[0].text, "texte");

    // Two records for one anchor (a record copied by hand): still one passage.
    indexTranscript(project, kTranscript, {record(kB, {kHousing}), record(kB, {kMentalHealth})}, {{kB, "b"}});
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].themeIds, Strings{"th-a"});
}

TEST(IndexTranscript, ThemesFromAnotherProjectMatchByNameOrAreCreated) {
    Project project = indexProject();
    const IndexUpdate update = indexTranscript(
        project, kTranscript,
        {record(kA, {{"th-elsewhere", " logement"}, {"th-new", "Mobilité"}}), record(kB, {{"", "Transport"}})},
        {{kA, "a"}, {kB, "b"}});
    EXPECT_EQ(update.createdThemes, (Strings{"Mobilité", "Transport"}));
    ASSERT_NE(project.findTheme("th-new"), nullptr);  // keeps the document's id
    EXPECT_EQ(project.findTheme("th-new")->name, "Mobilité");
    EXPECT_EQ(project.passages[0].themeIds, (Strings{"th-a", "th-new"}));
    ASSERT_NE(findThemeNamed(project, "transport"), nullptr);
    EXPECT_EQ(project.passages[1].themeIds, Strings{findThemeNamed(project, "transport")->id});

    // A second transcript from the same project finds the created theme by id.
    const IndexUpdate second =
        indexTranscript(project, "autre.odt", {record(kC, {{"th-new", "Mobilité urbaine"}})}, {{kC, "c"}});
    EXPECT_TRUE(second.createdThemes.empty());
    EXPECT_EQ(passagesOf(project, "autre.odt")[0]->themeIds, Strings{"th-new"});
    EXPECT_EQ(project.themes.size(), 4u);
    EXPECT_NO_THROW(checkProject(project));
}

// ---- stamps --------------------------------------------------------------------------------

class TranscriptFiles : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = uniqueTempFolder("ets-index-test");
        fs::create_directories(folder_ / "transcripts");
    }
    void TearDown() override { fs::remove_all(folder_); }
    fs::path folder_;
};

TEST_F(TranscriptFiles, StampIsSizeAndUnixTimeOfTheFile) {
    std::ofstream(folder_ / "transcripts" / "entretien é.odt", std::ios::binary) << "0123456789";
    const TranscriptStamp stamp = stampOf(folder_, "transcripts/entretien é.odt");
    EXPECT_EQ(stamp.transcript, "transcripts/entretien é.odt");
    EXPECT_EQ(stamp.size, 10u);
    const auto now =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    EXPECT_LT(std::llabs(now - stamp.modified), 60LL * 1000 * 1000) << "not microseconds since 1970";
    EXPECT_EQ(stampOf(folder_, "transcripts/entretien é.odt").modified, stamp.modified);

    // Absolute paths (transcripts kept outside the project folder) work too.
    const std::string absolute = (folder_ / "transcripts" / "entretien é.odt").u8string();
    EXPECT_EQ(stampOf("/elsewhere", absolute).size, 10u);
}

TEST_F(TranscriptFiles, MissingTranscriptSaysItsPath) {
    for (const char* transcript : {"transcripts/absent.odt", "transcripts"}) {
        try {
            stampOf(folder_, transcript);
            ADD_FAILURE() << transcript;
        } catch (const Error& error) {
            EXPECT_EQ(error.key(), "transcript.missing");
            EXPECT_EQ(error.args(), Strings{(folder_ / transcript).u8string()});
        }
    }
}

TEST(Stamps, ChangedTimeOrSizeNeedsIndexing) {
    Project project = indexProject();
    const TranscriptStamp stamp{"b.odt", 1736935200000000, 48213};
    EXPECT_TRUE(needsIndexing(project, stamp));
    recordStamp(project, stamp);
    EXPECT_FALSE(needsIndexing(project, stamp));
    EXPECT_TRUE(needsIndexing(project, {"b.odt", stamp.modified + 1, stamp.size}));
    EXPECT_TRUE(needsIndexing(project, {"b.odt", stamp.modified, stamp.size - 1}));
    EXPECT_TRUE(needsIndexing(project, {"c.odt", stamp.modified, stamp.size}));

    recordStamp(project, {"a.odt", 1, 1});
    recordStamp(project, {"b.odt", 2, 2});
    ASSERT_EQ(project.transcripts.size(), 2u);
    EXPECT_EQ(project.transcripts[0].transcript, "a.odt");
    EXPECT_EQ(project.transcripts[1].modified, 2);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(Stamps, AForgottenStampMakesTheFileReadAgain) {
    Project project = indexProject();
    const TranscriptStamp stamp{"b.odt", 1736935200000000, 48213};
    recordStamp(project, {"a.odt", 1, 1});
    recordStamp(project, stamp);
    forgetStamp(project, "b.odt");
    EXPECT_TRUE(needsIndexing(project, stamp));
    EXPECT_FALSE(needsIndexing(project, {"a.odt", 1, 1}));
    forgetStamp(project, "never-seen.odt");  // nothing to forget is no error
    EXPECT_EQ(project.transcripts.size(), 1u);
}

// ---- refreshing a document's records --------------------------------------------------------

Project indexedProject(std::vector<TagRecord>& records) {
    Project project = indexProject();
    project.themes.push_back({"th-b", "Insalubrité", "", "", "th-a"});
    records = {record(kA, {kHousing, {"th-b", "Insalubrité"}}), record(kB, {{"th-b", "Insalubrité"}}),
               record(kC, {kMentalHealth})};
    indexTranscript(project, kTranscript, records, {{kA, "a"}, {kB, "b"}, {kC, "c"}});
    return project;
}

TEST(RefreshRecords, NothingToDoIsSaid) {
    std::vector<TagRecord> records;
    const Project project = indexedProject(records);
    EXPECT_FALSE(refreshRecords(project, records, kTranscript));
    EXPECT_EQ(records.size(), 3u);
}

TEST(RefreshRecords, RenamedThemeGetsItsNewName) {
    std::vector<TagRecord> records;
    Project project = indexedProject(records);
    renameTheme(project, "Insalubrité", "Logement insalubre");
    EXPECT_TRUE(refreshRecords(project, records));
    EXPECT_EQ(records[0].themes[1].name, "Logement insalubre");
    EXPECT_EQ(records[1].themes[0].name, "Logement insalubre");
    EXPECT_EQ(records[0].memo, "");
    EXPECT_EQ(records[0].coder, "Amina");
}

TEST(RefreshRecords, MergedThemeBecomesTheOneMergedInto) {
    std::vector<TagRecord> records;
    Project project = indexedProject(records);
    mergeTheme(project, "Insalubrité", "Santé mentale");
    EXPECT_TRUE(refreshRecords(project, records, kTranscript));
    ASSERT_EQ(records.size(), 3u);
    ASSERT_EQ(records[0].themes.size(), 2u);
    EXPECT_EQ(records[0].themes[1].id, "th-d");
    EXPECT_EQ(records[0].themes[1].name, "Santé mentale");
    ASSERT_EQ(records[1].themes.size(), 1u);
    EXPECT_EQ(records[1].themes[0].id, "th-d");
}

TEST(RefreshRecords, DeletedThemeLeavesRecordsAndEmptyOnesGo) {
    std::vector<TagRecord> records;
    Project project = indexedProject(records);
    deleteTheme(project, "Insalubrité", true);
    EXPECT_TRUE(refreshRecords(project, records, kTranscript));
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].anchor, kA);
    ASSERT_EQ(records[0].themes.size(), 1u);
    EXPECT_EQ(records[0].themes[0].id, "th-a");
    EXPECT_EQ(records[1].anchor, kC);
}

TEST(RefreshRecords, ForeignIdsAreReplacedByTheProjectsOnes) {
    Project project = indexProject();
    std::vector<TagRecord> records{record(kA, {{"th-elsewhere", "LOGEMENT"}, {"", "Santé mentale"}}),
                                   record(kB, {{"th-gone", "Disparu"}})};
    EXPECT_TRUE(refreshRecords(project, records));  // not indexed: matched by name, unknown dropped
    ASSERT_EQ(records.size(), 1u);
    ASSERT_EQ(records[0].themes.size(), 2u);
    EXPECT_EQ(records[0].themes[0].id, "th-a");
    EXPECT_EQ(records[0].themes[0].name, "Logement");
    EXPECT_EQ(records[0].themes[1].id, "th-d");
}

TEST(RefreshRecords, RecordOfABookmarkRenamedByWriterFindsItsPassage) {
    Project project = indexProject();
    project.themes.push_back({"th-b", "Insalubrité", "", "", ""});
    const std::vector<TagRecord> tagged{record(kA, {{"th-b", "Insalubrité"}})};
    indexTranscript(project, kTranscript, tagged, {{kA + "Copy 1", "a"}});
    mergeTheme(project, "Insalubrité", "Logement");
    std::vector<TagRecord> records = tagged;
    EXPECT_TRUE(refreshRecords(project, records, kTranscript));
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].themes[0].id, "th-a");
}

}  // namespace
}  // namespace ets
