// Two offices on one project folder (a network drive, a folder a sync client keeps in step): every save merges with
// what is on disk, under the project's lock; nothing either confirmed is lost.

#include "core/project/opened_project.hpp"
#include "core/project/project_lock.hpp"
#include "core/project/sync_copies.hpp"
#include "core/register/organisations.hpp"
#include "core/text/error.hpp"
#include "core/timesheet/timesheet.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include "temp_folder.hpp"
#include <fstream>
#include <sstream>
#include <thread>

namespace ets {
namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

void writeFile(const fs::path& file, const std::string& contents) { std::ofstream(file, std::ios::binary) << contents; }

class SharedFolder : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = uniqueTempFolder("ets-shared");
        createProject(folder_, "Étude partagée", "");
    }
    void TearDown() override { fs::remove_all(folder_); }

    OpenedProject office(const std::string& who) { return openProject(folder_, fs::path(), who); }

    static void addOrganisation(OpenedProject& opened, const std::string& name) {
        OrganisationFields fields;
        fields.name = name;
        changeAndSave(opened, [&](Project& project) { ets::addOrganisation(project, fields); });
    }

    static std::vector<std::string> organisationNames(const Project& project) {
        std::vector<std::string> names;
        for (const Organisation& organisation : project.organisations)
            names.push_back(organisation.name);
        return names;
    }

    fs::path folder_;
};

TEST_F(SharedFolder, WhatEachOfficeAddsIsKeptAndTheOtherSeesItAtItsNextCommand) {
    OpenedProject claire = office("Claire");
    OpenedProject yasmine = office("Yasmine");
    addOrganisation(claire, "Maison X");
    addOrganisation(yasmine, "Maison Y");  // Yasmine's memory never held Maison X: the save merges it in
    EXPECT_EQ(organisationNames(loadProject(folder_)), (std::vector<std::string>{"Maison X", "Maison Y"}));
    EXPECT_EQ(organisationNames(yasmine.project), (std::vector<std::string>{"Maison X", "Maison Y"}));
    EXPECT_TRUE(refreshProject(claire));
    EXPECT_EQ(organisationNames(claire.project), (std::vector<std::string>{"Maison X", "Maison Y"}));
    EXPECT_FALSE(refreshProject(claire));  // nothing new since
}

TEST_F(SharedFolder, FortyLinesOfHoursFromEachOfTwoOfficesAtOnceAreEightyLines) {
    const auto logForty = [this](const std::string& who) {
        OpenedProject opened = office(who);
        for (int i = 0; i < 40; ++i) {
            HourEntryFields fields;
            fields.date = "2026-11-" + std::to_string(10 + i % 15);
            fields.person = who;
            fields.activity = "Analysis";
            fields.hours = 0.25;
            changeAndSave(opened, [&](Project& project) { logHours(project, fields, TimesheetVocabulary{}); });
        }
    };
    std::thread claire(logForty, "Claire");
    std::thread yasmine(logForty, "Yasmine");
    claire.join();
    yasmine.join();
    EXPECT_EQ(loadProject(folder_).hours.size(), 80u);
}

TEST_F(SharedFolder, CommandsThatOnlyReadNeverWriteTheProjectFile) {
    OpenedProject claire = office("Claire");
    const std::string before = readFile(folder_ / kProjectFileName);
    claire.indexFile = folder_.parent_path() / (folder_.filename().string() + "-index.json");
    refreshProject(claire);
    saveIndex(claire);
    EXPECT_EQ(readFile(folder_ / kProjectFileName), before);
    fs::remove(claire.indexFile);
}

TEST_F(SharedFolder, AFileReplacedUnderUsByASyncClientIsMergedNotOverwritten) {
    OpenedProject claire = office("Claire");
    addOrganisation(claire, "Maison X");
    const std::string withX = readFile(folder_ / kProjectFileName);
    OpenedProject yasmine = office("Yasmine");
    addOrganisation(yasmine, "Maison Y");
    // The sync client writes the partner's older version beside the file and renames it over.
    writeFile(folder_ / ".sync-tmp", withX);
    fs::rename(folder_ / ".sync-tmp", folder_ / kProjectFileName);
    addOrganisation(yasmine, "Maison Z");
    EXPECT_EQ(organisationNames(loadProject(folder_)), (std::vector<std::string>{"Maison X", "Maison Y", "Maison Z"}));
}

TEST_F(SharedFolder, AnOlderVersionASyncClientPutInPlaceSilentlyIsWrittenBackAtTheNextCommand) {
    OpenedProject claire = office("Claire");
    addOrganisation(claire, "Maison X");
    const std::string withX = readFile(folder_ / kProjectFileName);
    addOrganisation(claire, "Maison Y");
    // Syncthing with maxConflicts 0: the partner's version, older, replaces ours and no copy is left.
    writeFile(folder_ / ".sync-tmp", withX);
    fs::rename(folder_ / ".sync-tmp", folder_ / kProjectFileName);
    refreshProject(claire);  // the next command, even one that only reads
    EXPECT_EQ(organisationNames(loadProject(folder_)), (std::vector<std::string>{"Maison X", "Maison Y"}));
}

TEST_F(SharedFolder, TakingInThePartnersSaveWritesNothingWhenTheDiskLacksNothingOfOurs) {
    OpenedProject claire = office("Claire");
    OpenedProject yasmine = office("Yasmine");
    addOrganisation(claire, "Maison X");
    refreshProject(yasmine);
    addOrganisation(yasmine, "Maison Y");
    const std::string written = readFile(folder_ / kProjectFileName);
    const fs::file_time_type when = fs::last_write_time(folder_ / kProjectFileName);
    EXPECT_TRUE(refreshProject(claire));
    EXPECT_EQ(organisationNames(claire.project), (std::vector<std::string>{"Maison X", "Maison Y"}));
    EXPECT_EQ(readFile(folder_ / kProjectFileName), written);
    EXPECT_EQ(fs::last_write_time(folder_ / kProjectFileName), when);
}

TEST_F(SharedFolder, AConflictCopyArrivingWhileTheProjectIsOpenIsMergedAtTheNextCommand) {
    OpenedProject claire = office("Claire");
    addOrganisation(claire, "Maison X");
    OpenedProject yasmine = office("Yasmine");
    addOrganisation(yasmine, "Maison Y");
    const fs::path copy = folder_ / "ets-project.sync-conflict-20261202-101112-ABCDEFG.json";
    fs::copy_file(folder_ / kProjectFileName, copy);
    const fs::path backupCopy = folder_ / "ets-project.json.sync-conflict-20261202-101112-ABCDEFG.bak";
    fs::copy_file(folder_ / kBackupFileName, backupCopy);
    writeFile(folder_ / kProjectFileName, readFile(folder_ / kBackupFileName));
    refreshProject(claire);
    EXPECT_EQ(organisationNames(loadProject(folder_)), (std::vector<std::string>{"Maison X", "Maison Y"}));
    EXPECT_FALSE(fs::exists(copy));
    EXPECT_FALSE(fs::exists(backupCopy));
    EXPECT_TRUE(fs::exists(mergedCopiesFolder(folder_) / backupCopy.filename()));
    EXPECT_EQ(claire.mergedCopies, (std::vector<std::string>{copy.filename().string()}));
}

TEST_F(SharedFolder, ConflictCopiesAreMergedThenMovedAsideAndSaid) {
    OpenedProject claire = office("Claire");
    addOrganisation(claire, "Maison X");
    OpenedProject yasmine = office("Yasmine");
    addOrganisation(yasmine, "Maison Y");
    // Syncthing, cut off while both saved, kept Claire's version and made a copy of Yasmine's.
    const fs::path copy = folder_ / "ets-project.sync-conflict-20261202-101112-ABCDEFG.json";
    fs::copy_file(folder_ / kProjectFileName, copy);
    writeFile(folder_ / kProjectFileName, readFile(folder_ / kBackupFileName));
    OpenedProject again = office("Claire");
    EXPECT_EQ(organisationNames(again.project), (std::vector<std::string>{"Maison X", "Maison Y"}));
    EXPECT_FALSE(fs::exists(copy));
    EXPECT_TRUE(fs::exists(mergedCopiesFolder(folder_) / copy.filename()));
    const Catalogue texts = Catalogue::fromJsonText(R"({"sync.copies_merged": "merged {0} into {1}"})");
    EXPECT_NE(takeSyncReport(again, texts).find(copy.filename().string()), std::string::npos);
    EXPECT_TRUE(takeSyncReport(again, texts).empty());  // said once
}

TEST_F(SharedFolder, ADamagedFileOnDiskIsNeverWrittenOver) {
    OpenedProject claire = office("Claire");
    writeFile(folder_ / kProjectFileName, "{ this is not a project");
    OrganisationFields fields;
    fields.name = "Maison X";
    try {
        changeAndSave(claire, [&](Project& project) { ets::addOrganisation(project, fields); });
        FAIL() << "a damaged file must stop the save";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "project.disk_damaged");
    }
    EXPECT_EQ(readFile(folder_ / kProjectFileName), "{ this is not a project");
    EXPECT_TRUE(claire.project.organisations.empty());
}

TEST_F(SharedFolder, TheSameFieldChangedDifferentlyIsNamedAndKeptForReview) {
    OpenedProject claire = office("Claire");
    OpenedProject yasmine = office("Yasmine");
    changeAndSave(claire, [&](Project& project) { project.name = "Nom de Claire"; });
    changeAndSave(yasmine, [&](Project& project) { project.name = "Nom de Yasmine"; });
    EXPECT_EQ(loadProject(folder_).name, "Nom de Yasmine");
    ASSERT_EQ(yasmine.conflicts.size(), 1u);
    EXPECT_EQ(yasmine.conflicts[0].other, "\"Nom de Claire\"");
    EXPECT_EQ(conflictsOf(yasmine.file.content).size(), 1u);
    const Catalogue texts = Catalogue::fromJsonText(
        R"json({"sync.conflict_line": "{0}, {1}: kept {2}, set aside {3} (by {4})", "sync.record.project": "project",
            "sync.field.name": "name", "sync.value": "«\u00a0{0}\u00a0»", "sync.value_empty": "(empty)"})json");
    EXPECT_EQ(conflictLines(yasmine, texts),
              (std::vector<std::string>{"project, name: kept «\u00a0Nom de Yasmine\u00a0», set aside «\u00a0Nom de "
                                        "Claire\u00a0» (by Claire)"}));
    markConflictsReviewed(yasmine);
    refreshProject(claire);
    EXPECT_TRUE(conflictsOf(claire.file.content).empty());
}

// The argument's records (carriers, analyses) are named in a conflict as a person knows them, not by their ids.
TEST_F(SharedFolder, AConflictOnACarrierNamesTheOrganisationTheThemeAndTheField) {
    OpenedProject claire = office("Claire");
    addOrganisation(claire, "Maison X");
    changeAndSave(claire, [&](Project& project) {
        project.themes.push_back(Theme{"th-log", "Logement", "", "", ""});
        RecordedCarrier carrier;
        carrier.id = "car-1";
        carrier.themeId = "th-log";
        carrier.organisationId = project.organisations.front().id;
        project.carriers.push_back(carrier);
    });
    OpenedProject yasmine = office("Yasmine");
    changeAndSave(claire, [&](Project& project) { project.carriers[0].reason = "Un projet en cours."; });
    changeAndSave(yasmine, [&](Project& project) { project.carriers[0].reason = "Une équipe formée."; });
    const Catalogue texts = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const std::vector<std::string> lines = conflictLines(yasmine, texts);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find("Maison X \u2013 Logement"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("organisation porteuse"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("raison"), std::string::npos) << lines[0];
    EXPECT_EQ(lines[0].find("car-1"), std::string::npos) << lines[0];
}

TEST_F(SharedFolder, AFolderThatKeptOnlyItsBackupCanBeRestored) {
    OpenedProject claire = office("Claire");
    addOrganisation(claire, "Maison X");
    fs::remove(folder_ / kProjectFileName);
    EXPECT_TRUE(hasOnlyBackup(folder_));
    restoreBackup(folder_);
    EXPECT_FALSE(hasOnlyBackup(folder_));
    EXPECT_EQ(loadProject(folder_).name, "Étude partagée");
}

TEST_F(SharedFolder, AStaleLockIsBrokenAndALiveOneIsWaitedFor) {
    // A lock written by a process of this machine that is gone.
    writeFile(lockFileOf(folder_), "ETS Workbench,Claire," + hostName() + ",999999,2026-12-02T08:00:00.000Z;");
    {
        ProjectLock lock(folder_, "Yasmine");
        EXPECT_TRUE(lock.brokeStaleLock());
        EXPECT_EQ(lock.brokenHolder().who, "Claire");
        EXPECT_EQ(readLock(lockFileOf(folder_)).who, "Yasmine");
        try {
            ProjectLock second(folder_, "Claire", std::chrono::milliseconds(50));
            FAIL() << "a live lock must be waited for";
        } catch (const Error& error) {
            EXPECT_EQ(error.key(), "project.locked");
            EXPECT_EQ(error.args()[0], "Yasmine");
        }
    }
    EXPECT_FALSE(fs::exists(lockFileOf(folder_)));
}

// An office killed between creating the lock file and writing its line leaves an empty file: no process to ask
// about, so it is broken once it has stayed empty for two seconds (a live office writes its line at once), not after
// the minute of a lock that names its holder; until then it is waited for.
TEST_F(SharedFolder, AnEmptyLockLeftByAKilledOfficeIsBrokenAfterTwoSeconds) {
    writeFile(lockFileOf(folder_), "");
    try {
        ProjectLock waiting(folder_, "Yasmine", std::chrono::milliseconds(50));
        FAIL() << "a lock file just created must be waited for";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "project.locked");
    }
    fs::last_write_time(lockFileOf(folder_), fs::file_time_type::clock::now() - std::chrono::seconds(3));
    {
        ProjectLock lock(folder_, "Yasmine", std::chrono::milliseconds(50));
        EXPECT_TRUE(lock.brokeStaleLock());
        EXPECT_EQ(readLock(lockFileOf(folder_)).who, "Yasmine");
    }
    EXPECT_FALSE(fs::exists(lockFileOf(folder_)));
}

// An office killed while it rewrote a transcript hidden leaves LibreOffice's lock beside it: at its next start, that
// lock is known for the dead office's own and removed; a person's lock (no marker of ours) is never touched.
TEST_F(SharedFolder, TheLockAKilledOfficeLeftOnATranscriptItRewroteIsRemovedAtItsNextStart) {
    const fs::path transcript = folder_ / "sureau.odt";
    const fs::path other = folder_ / "cerf-volant.odt";
    writeFile(transcript, "odt");
    writeFile(officeLockFileOf(transcript), ",root,machine,02.12.2026 10:00,file:///x;");
    writeFile(officeLockFileOf(other), ",Yasmine,machine,02.12.2026 10:00,file:///y;");
    const fs::path marker = folder_ / "profile" / "rewriting";
    markRewriting(marker, transcript);
    EXPECT_EQ(clearStaleRewriteLock(marker), fs::path());  // this process is alive: its lock is its own, held
    EXPECT_TRUE(fs::exists(officeLockFileOf(transcript)));
    writeFile(marker, "999999\n" + transcript.u8string() + "\n");  // as a killed office left it
    EXPECT_EQ(clearStaleRewriteLock(marker), transcript);
    EXPECT_FALSE(fs::exists(officeLockFileOf(transcript)));
    EXPECT_FALSE(fs::exists(marker));
    EXPECT_TRUE(officeLockOf(other).has_value());
    EXPECT_EQ(clearStaleRewriteLock(marker), fs::path());
    markRewriting(marker, transcript);
    unmarkRewriting(marker);
    EXPECT_FALSE(fs::exists(marker));
}

TEST(SyncCopies, EachSyncClientsConflictCopyIsKnownAndOurOwnFilesAreNot) {
    const std::string original = "ets-project.json";
    for (const char* copy :
         {"ets-project.sync-conflict-20261202-101112-ABCDEFG.json",
          "ets-project (conflicted copy 2026-12-02 101112).json",
          "ets-project (conflicted copy claire 2026-12-02 101112).json", "ets-project_conflict-20261202-101112.json",
          "ets-project (Claire's conflicted copy 2026-12-02).json",
          "ets-project (copie en conflit de Claire 2026-12-02).json", "ets-project-PORTABLE-CLAIRE.json",
          "ets-project (1).json"})
        EXPECT_TRUE(isConflictCopy(copy, original)) << copy;
    for (const char* ours : {"ets-project.json", "ets-project.json.bak", ".~lock.ets-project.json#",
                             ".ets-project.json.tmp-12ab", "autre.json", "ets-project.json.sync-conflict"})
        EXPECT_FALSE(isConflictCopy(ours, original)) << ours;
}

}  // namespace
}  // namespace ets
