#include "core/project/first_run.hpp"

#include "core/project/project_store.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>
#include <functional>

namespace ets {
namespace {

namespace fs = std::filesystem;

struct FirstRunTest : ::testing::Test {
    fs::path root = uniqueTempFolder("ets-first-run-test");
    fs::path demo = root / "demo";

    void SetUp() override {
        fs::create_directories(demo / "transcripts");
        createProject(demo, "Démo ETS", "");
        std::ofstream(demo / "transcripts" / "entretien.odt") << "a transcript";
        std::ofstream(demo / "notes-du-developpeur.txt") << "not part of the demo a person gets";
    }
    void TearDown() override { fs::remove_all(root); }

    std::string errorKey(const std::function<void()>& action) {
        try {
            action();
        } catch (const Error& error) {
            return error.key();
        }
        return "";
    }
};

TEST_F(FirstRunTest, DocumentsFolderIsHomeDocumentsWhenThereIsOne) {
    fs::create_directories(root / "home");
    EXPECT_EQ(documentsFolder(root / "home"), root / "home");
    fs::create_directories(root / "home" / "Documents");
    EXPECT_EQ(documentsFolder(root / "home"), root / "home" / "Documents");
}

TEST_F(FirstRunTest, ProposedFolderNeverOneThatExists) {
    EXPECT_EQ(proposedProjectFolder(root, "Démo ETS").filename().u8string(), "Démo ETS");
    fs::create_directories(root / fs::u8path("Démo ETS"));
    EXPECT_EQ(proposedProjectFolder(root, "Démo ETS").filename().u8string(), "Démo ETS 2");
    fs::create_directories(root / fs::u8path("Démo ETS 2"));
    EXPECT_EQ(proposedProjectFolder(root, "Démo ETS").filename().u8string(), "Démo ETS 3");
}

TEST_F(FirstRunTest, DemoCopiedIsAProjectWithItsTranscriptsOnly) {
    const fs::path target = root / "Documents" / "Démo";
    copyDemoProject(demo, target);
    EXPECT_TRUE(hasProject(target));
    EXPECT_EQ(loadProject(target).name, "Démo ETS");
    EXPECT_TRUE(fs::is_regular_file(target / "transcripts" / "entretien.odt"));
    EXPECT_FALSE(fs::exists(target / "notes-du-developpeur.txt"));
    // An empty folder the person made for it will do too.
    fs::create_directories(root / "vide");
    copyDemoProject(demo, root / "vide");
    EXPECT_TRUE(hasProject(root / "vide"));
}

TEST_F(FirstRunTest, DemoNeverMixedWithAPersonsFiles) {
    fs::create_directories(root / "mes-documents");
    std::ofstream(root / "mes-documents" / "lettre.odt") << "mine";
    EXPECT_EQ(errorKey([&] { copyDemoProject(demo, root / "mes-documents"); }), "project.demo_target_not_empty");
    EXPECT_FALSE(fs::exists(root / "mes-documents" / kProjectFileName));
    EXPECT_EQ(errorKey([&] { copyDemoProject(demo, demo); }), "project.already_exists");
    EXPECT_EQ(errorKey([&] { copyDemoProject(root / "nulle-part", root / "cible"); }), "project.demo_missing");
    EXPECT_FALSE(fs::exists(root / "cible"));
}

}  // namespace
}  // namespace ets
