#include "core/project/project_store.hpp"

#include "core/project/project_json.hpp"
#include "core/text/error.hpp"
#include "sample_project.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "temp_folder.hpp"
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ets {
namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

void writeFile(const fs::path& file, const std::string& contents) {
    std::ofstream out(file, std::ios::binary);
    out << contents;
}

// Files in the folder other than the project file and its backup (leftover temporaries).
std::vector<std::string> strayFiles(const fs::path& folder) {
    std::vector<std::string> stray;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name != kProjectFileName && name != kBackupFileName)
            stray.push_back(name);
    }
    return stray;
}

// Runs `action`, which must throw an Error with this key; returns the Error's arguments.
template <typename Action>
std::vector<std::string> expectError(const std::string& key, Action action) {
    try {
        action();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), key) << error.what();
        return error.args();
    }
    ADD_FAILURE() << "no Error, expected " << key;
    return {};
}

class ProjectStore : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = uniqueTempFolder("ets-store-test");
        fs::create_directories(folder_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::permissions(folder_, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(folder_, ignored);
    }
    fs::path projectFile() const { return folder_ / kProjectFileName; }
    fs::path backupFile() const { return folder_ / kBackupFileName; }

    fs::path folder_;
};

TEST_F(ProjectStore, SaveThenLoadGivesTheSameProjectTheIndexKeptApart) {
    const Project original = testing::sampleProject();
    saveProject(folder_, original);
    const fs::path index = folder_.parent_path() / (folder_.filename().string() + "-index") / indexFileName(folder_);
    saveIndex(index, original);
    Project loaded = loadProject(folder_);
    EXPECT_TRUE(loaded.passages.empty());  // the project file holds what people confirmed, not the index
    EXPECT_TRUE(loaded.transcripts.empty());
    loadIndex(index, loaded);
    EXPECT_EQ(toJson(loaded), toJson(original));
    EXPECT_TRUE(strayFiles(folder_).empty());
    fs::remove_all(index.parent_path());
}

TEST_F(ProjectStore, AnIndexThatNoLongerFitsTheProjectIsLeftOut) {
    Project original = testing::sampleProject();
    const fs::path index = folder_ / "index.json";
    saveIndex(index, original);
    original.passages.clear();
    original.themes.erase(original.themes.begin() + 1);  // a passage of the index carries it
    loadIndex(index, original);
    EXPECT_TRUE(original.passages.empty());
    writeFile(index, "{not json");
    loadIndex(index, original);
    EXPECT_TRUE(original.passages.empty());
}

TEST_F(ProjectStore, TheContextOfPassagesIsKeptAndAnIndexWithoutItIsReadAgain) {
    Project original = testing::sampleProject();
    ASSERT_FALSE(original.passages.empty());
    original.passages[0].speaker = "Directrice";
    original.passages[0].prompt = "Et le CPAS ?";
    const fs::path index = folder_ / "index.json";
    saveIndex(index, original);
    Project loaded = original;
    loaded.passages.clear();
    loadIndex(index, loaded);
    ASSERT_FALSE(loaded.passages.empty());
    EXPECT_EQ(loaded.passages[0].speaker, "Directrice");
    EXPECT_EQ(loaded.passages[0].prompt, "Et le CPAS ?");
    Project changed = original;
    changed.passages[0].leadIn = "Au début,";  // the context alone changed: the index is written again
    EXPECT_NE(indexFingerprint(changed), indexFingerprint(original));
    // An index of an earlier version (no context yet): the transcripts are read again.
    std::string old = readFile(index);
    const std::size_t version = old.find(std::to_string(kIndexVersion), old.find("\"version\""));
    ASSERT_NE(version, std::string::npos);
    old[version] = '1';
    writeFile(index, old);
    Project again = original;
    again.passages.clear();
    again.transcripts.clear();
    loadIndex(index, again);
    EXPECT_TRUE(again.passages.empty());
    EXPECT_TRUE(again.transcripts.empty());
}

TEST_F(ProjectStore, FileIsPrettyPrintedUtf8WithTrailingNewline) {
    saveProject(folder_, testing::sampleProject());
    const std::string text = readFile(projectFile());
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    EXPECT_EQ(text.rfind("{\n  \"", 0), 0u) << "expected a 2-space indented object";
    EXPECT_NE(text.find("Numérisation des services"), std::string::npos) << "UTF-8 written as is, not \\u escapes";
}

TEST_F(ProjectStore, BackupHoldsThePreviousVersionByteForByte) {
    Project project = testing::sampleProject();
    saveProject(folder_, project);
    EXPECT_FALSE(fs::exists(backupFile())) << "a first save has no previous version";
    const std::string firstVersion = readFile(projectFile());

    project.name = "Deuxième version";
    saveProject(folder_, project);
    EXPECT_EQ(readFile(backupFile()), firstVersion);
    const std::string secondVersion = readFile(projectFile());
    EXPECT_NE(secondVersion, firstVersion);

    project.name = "Troisième version";
    saveProject(folder_, project);
    EXPECT_EQ(readFile(backupFile()), secondVersion);
    EXPECT_EQ(readFile(projectFile()).find("Deuxième"), std::string::npos);
    EXPECT_EQ(loadProject(folder_).name, "Troisième version");
    EXPECT_TRUE(strayFiles(folder_).empty());
}

TEST_F(ProjectStore, BackupIsCopiedEvenWhenTheOldFileWasDamaged) {
    writeFile(projectFile(), "{ damaged");
    saveProject(folder_, testing::sampleProject());
    EXPECT_EQ(readFile(backupFile()), "{ damaged");
}

TEST_F(ProjectStore, FailedSaveLeavesTheOldFileUnchangedAndNoTemporary) {
    Project project = testing::sampleProject();
    saveProject(folder_, project);
    const std::string before = readFile(projectFile());
    // A folder where the backup should go makes the save fail after the new version
    // was already written to its temporary: the worst moment to fail.
    fs::create_directory(backupFile());
    writeFile(backupFile() / "keep", "x");

    project.name = "Jamais enregistré";
    const auto args = expectError("project.write_failed", [&] { saveProject(folder_, project); });
    ASSERT_EQ(args.size(), 2u);
    EXPECT_EQ(args[0], folder_.u8string());
    EXPECT_FALSE(args[1].empty()) << "the reason should be given";
    EXPECT_EQ(readFile(projectFile()), before);
    EXPECT_TRUE(strayFiles(folder_).empty()) << strayFiles(folder_).front();
}

// A file of 100,000 nested arrays once took LibreOffice down while the message about it was being written; when it
// was the remembered project, at every start again.
TEST_F(ProjectStore, AFileNestedTooDeepIsRefusedByNameAndLeftAsItIs) {
    const std::string hostile = R"({"schemaVersion": 2, "name": )" + std::string(100000, '[') + "1" +
                                std::string(100000, ']') + "}\n";
    writeFile(projectFile(), hostile);
    const std::vector<std::string> args = expectError("project.too_deep", [&] { loadProject(folder_); });
    ASSERT_EQ(args.size(), 2u);
    EXPECT_EQ(args[0], projectFile().u8string());
    EXPECT_EQ(args[1], "32");
    EXPECT_EQ(readFile(projectFile()), hostile);
}

TEST_F(ProjectStore, SaveIntoAFileInsteadOfAFolderIsRefused) {
    const fs::path notAFolder = folder_ / "notes.txt";
    writeFile(notAFolder, "not a folder");
    const auto args =
        expectError("project.folder_not_writable", [&] { saveProject(notAFolder, testing::sampleProject()); });
    EXPECT_EQ(args, std::vector<std::string>{notAFolder.u8string()});
    EXPECT_EQ(readFile(notAFolder), "not a folder");
}

TEST_F(ProjectStore, SaveIntoAMissingFolderIsRefused) {
    expectError("project.folder_not_writable", [&] { saveProject(folder_ / "missing", testing::sampleProject()); });
    EXPECT_FALSE(fs::exists(folder_ / "missing"));
}

TEST_F(ProjectStore, SaveIntoAReadOnlyFolderIsRefusedAndChangesNothing) {
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders; covered by the failure tests above";
    Project project = testing::sampleProject();
    saveProject(folder_, project);
    const std::string before = readFile(projectFile());
    fs::permissions(folder_, fs::perms::owner_read | fs::perms::owner_exec);
    project.name = "Jamais enregistré";
    expectError("project.folder_not_writable", [&] { saveProject(folder_, project); });
    fs::permissions(folder_, fs::perms::owner_all);
    EXPECT_EQ(readFile(projectFile()), before);
    EXPECT_TRUE(strayFiles(folder_).empty());
}

TEST_F(ProjectStore, SaveRefusesAProjectItCouldNotOpenAgain) {
    saveProject(folder_, testing::sampleProject());
    const std::string before = readFile(projectFile());
    Project broken = testing::sampleProject();
    broken.hours[0].date = "2025-02-30";
    const auto args = expectError("project.save_invalid", [&] { saveProject(folder_, broken); });
    EXPECT_EQ(args, (std::vector<std::string>{folder_.u8string(), "hours[0].date", "2025-02-30", "json.bad_value"}));
    EXPECT_EQ(readFile(projectFile()), before);
    EXPECT_FALSE(fs::exists(backupFile())) << "nothing was attempted";
}

TEST_F(ProjectStore, SaveRefusesValuesTheFileCouldNotHold) {
    Project broken = testing::sampleProject();
    broken.organisations[0].role = static_cast<OrganisationRole>(17);
    auto args = expectError("project.save_invalid", [&] { saveProject(folder_, broken); });
    EXPECT_EQ(args, (std::vector<std::string>{folder_.u8string(), "organisations[0].role", "17", "json.bad_value"}));

    broken = testing::sampleProject();
    broken.themes.push_back(broken.themes[0]);
    args = expectError("project.save_invalid", [&] { saveProject(folder_, broken); });
    EXPECT_EQ(args, (std::vector<std::string>{folder_.u8string(), "themes[2].id", "th-1", "json.duplicate_id"}));
    EXPECT_FALSE(hasProject(folder_));
}

TEST_F(ProjectStore, KeepsThePermissionsOfTheFileItReplaces) {
    saveProject(folder_, testing::sampleProject());
    fs::permissions(projectFile(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    saveProject(folder_, testing::sampleProject());
    EXPECT_EQ(fs::status(projectFile()).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(ProjectStore, LoadFromAFolderWithoutProject) {
    const auto args = expectError("project.not_found", [&] { loadProject(folder_); });
    EXPECT_EQ(args, std::vector<std::string>{folder_.u8string()});
    EXPECT_FALSE(hasProject(folder_));
}

TEST_F(ProjectStore, LoadOfAFileThatIsNotJsonSaysWhere) {
    writeFile(projectFile(), "{\n  \"schemaVersion\": 1,\n  \"name\": oops\n}\n");
    const auto args = expectError("project.not_json", [&] { loadProject(folder_); });
    EXPECT_EQ(args, (std::vector<std::string>{projectFile().u8string(), "3", "11"}));
}

TEST_F(ProjectStore, LoadOfATruncatedFileIsRefusedAndTheFileKept) {
    saveProject(folder_, testing::sampleProject());
    const std::string whole = readFile(projectFile());
    const std::string truncated = whole.substr(0, whole.size() / 2);
    writeFile(projectFile(), truncated);
    const auto args = expectError("project.not_json", [&] { loadProject(folder_); });
    ASSERT_EQ(args.size(), 3u);
    EXPECT_EQ(args[0], projectFile().u8string());
    EXPECT_EQ(readFile(projectFile()), truncated);
}

TEST_F(ProjectStore, LoadOfAnEmptyFileIsRefused) {
    writeFile(projectFile(), "");
    expectError("project.not_json", [&] { loadProject(folder_); });
}

TEST_F(ProjectStore, LoadOfAFolderInPlaceOfTheFileIsUnreadable) {
    fs::create_directory(projectFile());
    const auto args = expectError("project.unreadable", [&] { loadProject(folder_); });
    EXPECT_EQ(args, std::vector<std::string>{projectFile().u8string()});
}

TEST_F(ProjectStore, LoadPassesValidationErrorsThrough) {
    nlohmann::json document = toJson(testing::sampleProject());
    document["organisations"][0]["status"] = "Finished";
    writeFile(projectFile(), document.dump(2));
    const auto args = expectError("json.bad_value", [&] { loadProject(folder_); });
    EXPECT_EQ(args, (std::vector<std::string>{"organisations[0].status", "Finished", projectFile().string()}));
}

TEST_F(ProjectStore, LoadOfANewerProjectIsRefused) {
    nlohmann::json document = toJson(testing::sampleProject());
    document["schemaVersion"] = 7;
    writeFile(projectFile(), document.dump(2));
    const auto args = expectError("project.future_version", [&] { loadProject(folder_); });
    EXPECT_EQ(args, (std::vector<std::string>{"7", std::to_string(kSchemaVersion), projectFile().string()}));
}

TEST_F(ProjectStore, CreateMakesTheFolderAndAnEmptyProject) {
    const fs::path nested = folder_ / "ETS 2025" / "exploration";
    const Project created = createProject(nested, "Exploration", "Amina");
    EXPECT_EQ(created.name, "Exploration");
    EXPECT_EQ(created.settings.coder, "Amina");
    EXPECT_TRUE(hasProject(nested));
    const Project loaded = loadProject(nested);
    EXPECT_EQ(loaded.name, "Exploration");
    EXPECT_TRUE(loaded.themes.empty());
    EXPECT_DOUBLE_EQ(loaded.settings.minimumHours, 75);
}

TEST_F(ProjectStore, ANewProjectStartsWithTheOptionsCapOfPlaces) {
    createProject(folder_ / "a", "A", "Amina");
    EXPECT_EQ(loadProject(folder_ / "a").cycle.placesPerOrganisation, 8);  // without options: the cycle's default
    createProject(folder_ / "b", "B", "Amina", 5);
    EXPECT_EQ(loadProject(folder_ / "b").cycle.placesPerOrganisation, 5);
    createProject(folder_ / "c", "C", "Amina", 0);  // no cap from the options: the default
    EXPECT_EQ(loadProject(folder_ / "c").cycle.placesPerOrganisation, 8);
}

TEST_F(ProjectStore, CreateRefusesAFolderThatHasAProject) {
    createProject(folder_, "Premier", "Amina");
    const std::string before = readFile(projectFile());
    const auto args = expectError("project.already_exists", [&] { createProject(folder_, "Second", "Luc"); });
    EXPECT_EQ(args, std::vector<std::string>{folder_.u8string()});
    EXPECT_EQ(readFile(projectFile()), before);
}

TEST_F(ProjectStore, CreateRefusesABlankName) {
    const auto args = expectError("project.name_empty", [&] { createProject(folder_ / "p", " \xC2\xA0 ", "Amina"); });
    EXPECT_TRUE(args.empty());
    EXPECT_FALSE(fs::exists(folder_ / "p"));
}

TEST_F(ProjectStore, CreateBelowAFileIsRefused) {
    writeFile(folder_ / "file", "x");
    expectError("project.folder_not_writable", [&] { createProject(folder_ / "file" / "p", "Nom", "Amina"); });
}

}  // namespace
}  // namespace ets
