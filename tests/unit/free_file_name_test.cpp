#include "core/project/free_file_name.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>

namespace ets {
namespace {

namespace fs = std::filesystem;

TEST(FreeFileName, NeverATakenNameWithAnyOfTheExtensions) {
    const fs::path folder = uniqueTempFolder("ets-free-file-name-test");
    fs::remove_all(folder);
    fs::create_directories(folder);
    EXPECT_EQ(freeFileName(folder, "livrable", {".odt", ".pdf"}), folder / "livrable.odt");
    std::ofstream(folder / "livrable.pdf") << "a PDF left from an earlier run";
    EXPECT_EQ(freeFileName(folder, "livrable", {".odt", ".pdf"}), folder / "livrable-2.odt");
    std::ofstream(folder / "livrable-2.odt") << "x";
    EXPECT_EQ(freeFileName(folder, "livrable", {".odt", ".pdf"}), folder / "livrable-3.odt");
    EXPECT_EQ(freeFileName(folder, "entretien", {".odt"}), folder / "entretien.odt");
    EXPECT_EQ(freeFileName(folder, "Clic Solidaire é", {".odt"}).filename().u8string(), "Clic Solidaire é.odt");
    fs::remove_all(folder);
}

}  // namespace
}  // namespace ets
