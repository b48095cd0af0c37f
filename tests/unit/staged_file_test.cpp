#include "core/project/staged_file.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>

namespace fs = std::filesystem;

namespace ets {
namespace {

class StagedFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = uniqueTempFolder("ets-staged-test");
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }
    std::size_t fileCount() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
    }
    fs::path dir_;
};

TEST_F(StagedFileTest, TargetIsUntouchedUntilCommit) {
    write(dir_ / "f", "old");
    {
        StagedFile staged(dir_ / "f", "new");
        EXPECT_EQ(readWholeFile(dir_ / "f"), "old");
        EXPECT_EQ(readWholeFile(staged.temporaryPath()), "new");
        EXPECT_EQ(staged.temporaryPath().parent_path(), dir_);
    }
    EXPECT_EQ(readWholeFile(dir_ / "f"), "old");
    EXPECT_EQ(fileCount(), 1u) << "an uncommitted temporary is removed";
}

TEST_F(StagedFileTest, CommitReplacesTheTarget) {
    write(dir_ / "f", "old");
    StagedFile staged(dir_ / "f", std::string("new\0bytes", 9));
    staged.commit();
    EXPECT_EQ(readWholeFile(dir_ / "f"), std::string("new\0bytes", 9));
    EXPECT_EQ(fileCount(), 1u);
}

TEST_F(StagedFileTest, StagingInAMissingFolderThrows) {
    EXPECT_THROW(StagedFile(dir_ / "missing" / "f", "x"), std::system_error);
}

// The copy is what file systems without hard links (FAT, some shares) get.
TEST_F(StagedFileTest, CopyReplacesTheTargetWithAnIndependentCopy) {
    write(dir_ / "source", "version 1");
    write(dir_ / "target", "older");
    copyFileAtomically(dir_ / "source", dir_ / "target");
    EXPECT_EQ(readWholeFile(dir_ / "target"), "version 1");
    write(dir_ / "source", "version 2");
    EXPECT_EQ(readWholeFile(dir_ / "target"), "version 1");
    EXPECT_EQ(fileCount(), 2u);
}

TEST_F(StagedFileTest, LinkOrCopyLeavesNoTemporaryWhenTargetIsAlreadyTheSameFile) {
    write(dir_ / "source", "same");
    linkOrCopyFileAtomically(dir_ / "source", dir_ / "target");
    linkOrCopyFileAtomically(dir_ / "source", dir_ / "target");  // target is now a link to source
    EXPECT_EQ(readWholeFile(dir_ / "target"), "same");
    EXPECT_EQ(fileCount(), 2u);
}

TEST_F(StagedFileTest, CopyOfAMissingFileThrowsAndChangesNothing) {
    write(dir_ / "target", "kept");
    EXPECT_THROW(linkOrCopyFileAtomically(dir_ / "missing", dir_ / "target"), std::system_error);
    EXPECT_EQ(readWholeFile(dir_ / "target"), "kept");
    EXPECT_EQ(fileCount(), 1u);
}

// A project file kept elsewhere through a symbolic link: the link stays, the file it names takes the new bytes, and a
// backup made from the link holds the old bytes rather than a second link to the changing file.
TEST_F(StagedFileTest, ASymbolicLinkIsWrittenThroughNotReplaced) {
    fs::create_directories(dir_ / "elsewhere");
    write(dir_ / "elsewhere" / "real.json", "old");
    fs::create_symlink(fs::path("elsewhere") / "real.json", dir_ / "link.json");
    linkOrCopyFileAtomically(dir_ / "link.json", dir_ / "link.json.bak");
    StagedFile staged(dir_ / "link.json", "new");
    staged.commit();
    EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
    EXPECT_EQ(readWholeFile(dir_ / "elsewhere" / "real.json"), "new");
    EXPECT_FALSE(fs::is_symlink(dir_ / "link.json.bak"));
    EXPECT_EQ(readWholeFile(dir_ / "link.json.bak"), "old");
}

TEST_F(StagedFileTest, StaleTemporariesOfKilledSavesAreRemovedYoungOnesKept) {
    write(dir_ / ".p.json.tmp-old", "half");
    write(dir_ / ".p.json.tmp-young", "under way");
    write(dir_ / ".other.tmp-old", "not ours");
    write(dir_ / "p.json", "kept");
    const auto anHourAgo = fs::file_time_type::clock::now() - std::chrono::hours(1);
    fs::last_write_time(dir_ / ".p.json.tmp-old", anHourAgo);
    fs::last_write_time(dir_ / ".other.tmp-old", anHourAgo);
    EXPECT_EQ(removeStaleTemporaries(dir_, "p.json", std::chrono::minutes(10)), std::vector<std::string>{".p.json.tmp-old"});
    EXPECT_FALSE(fs::exists(dir_ / ".p.json.tmp-old"));
    EXPECT_TRUE(fs::exists(dir_ / ".p.json.tmp-young"));
    EXPECT_TRUE(fs::exists(dir_ / ".other.tmp-old"));
    EXPECT_TRUE(fs::exists(dir_ / "p.json"));
}

}  // namespace
}  // namespace ets
