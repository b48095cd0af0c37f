#include "core/project/transcript_path.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

namespace fs = std::filesystem;

TEST(TranscriptPath, InsideTheProjectItIsRelativeElseAbsoluteAndEmptyForNoFile) {
    const fs::path folder = fs::temp_directory_path() / "ets-transcript-path-test";
    fs::create_directories(folder / "transcripts");
    EXPECT_EQ(transcriptPathInProject(folder / "transcripts" / "a.odt", folder), "transcripts/a.odt");
    EXPECT_EQ(transcriptPathInProject(folder / "transcripts" / ".." / "b.odt", folder / ""), "b.odt");
    EXPECT_EQ(transcriptPathInProject("/elsewhere/c.odt", folder), "/elsewhere/c.odt");
    EXPECT_EQ(transcriptPathInProject(fs::path(folder.string() + "-other") / "d.odt", folder),
              folder.string() + "-other/d.odt");  // a folder whose name starts the same is another folder
    EXPECT_EQ(transcriptPathInProject(fs::path(), folder), "");
    fs::remove_all(folder);
}

}  // namespace
}  // namespace ets
