#include "core/project/project_paths.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

namespace fs = std::filesystem;

TEST(ProjectPaths, InsideTheFolderRelativeOutsideAbsoluteNeverSaveEmpty) {
    const fs::path folder = fs::temp_directory_path() / "ets-project-paths" / "projet";
    EXPECT_EQ(projectPathOf(folder, folder / "transcripts" / "a.odt"), "transcripts/a.odt");
    EXPECT_EQ(projectPathOf(folder / "", folder / "transcripts" / ".." / "b.odt"), "b.odt");
    const fs::path outside = fs::temp_directory_path() / "ets-project-paths" / "projet-2" / "c.odt";
    EXPECT_EQ(projectPathOf(folder, outside),
              fs::weakly_canonical(outside).u8string());  // a sibling with the same prefix
    EXPECT_EQ(projectPathOf(folder, fs::path()), "");
    EXPECT_EQ(transcriptFile(folder, "transcripts/a.odt"), folder / "transcripts" / "a.odt");
    EXPECT_EQ(transcriptFile(folder, outside.u8string()), outside);
}

TEST(ProjectPaths, ATranscriptNeverSavedHasNoKey) {
    try {
        transcriptKey("/p", fs::path());
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "transcript.not_saved");
    }
}

std::string refusal(const fs::path& path) {
    try {
        checkGivenPath(path, "Folder");
    } catch (const Error& error) {
        EXPECT_EQ(error.args().at(0), "Folder");
        return error.key();
    }
    return "accepted";
}

TEST(GivenPaths, OnlyAbsolutePathsWithoutControlCharactersAreTaken) {
    EXPECT_EQ(refusal("/home/amina/Étude ETS"), "accepted");
    EXPECT_EQ(refusal("123"), "args.path_not_absolute");
    EXPECT_EQ(refusal("Etude/projet"), "args.path_not_absolute");
    EXPECT_EQ(refusal(""), "args.path_not_absolute");
    EXPECT_EQ(refusal(fs::path(std::string("/tmp/a\0b", 8))), "args.path_bad_character");
    EXPECT_EQ(refusal("/tmp/a\nb"), "args.path_bad_character");
}

}  // namespace
}  // namespace ets
