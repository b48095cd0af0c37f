// The passages' generation (core/project/tracked_list.hpp) lets a save skip comparing them: it must change with every
// access that can change them, and never tell two different lists apart as the same. Every unit test runs with the
// save's shortcut held to the full comparison (verifyShortcuts), so a path that changes passages behind the
// generation's back stops the test that takes it.

#include "core/project/opened_project.hpp"
#include "core/project/project_store.hpp"
#include "core/project/same_values.hpp"
#include "core/project/save_memo.hpp"
#include "core/project/tracked_list.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace ets {
namespace {

// Before any test runs: every save of every test compares the passages even when their generation says they did not
// change, and stops at the first that did.
const bool verifying = (verifyShortcuts(true), true);

Passage passage(const std::string& id, const std::string& text) {
    Passage made;
    made.id = id;
    made.transcript = "entretien.odt";
    made.anchor = "ets-" + id;
    made.text = text;
    return made;
}

TEST(TrackedList, EveryAccessThatCanChangeItGivesANewGeneration) {
    ASSERT_TRUE(verifying && verifyingShortcuts());
    TrackedList<Passage> list{passage("p1", "a"), passage("p2", "b")};
    const TrackedList<Passage>& reading = list;
    std::uint64_t last = list.generation();
    const auto changed = [&] {
        const bool differs = list.generation() != last;
        last = list.generation();
        return differs;
    };
    // Reading through a const list changes nothing.
    EXPECT_EQ(reading[0].text, "a");
    EXPECT_EQ(reading.size(), 2u);
    for (const Passage& item : reading)
        EXPECT_FALSE(item.id.empty());
    EXPECT_FALSE(changed());

    list[0].text = "c";
    EXPECT_TRUE(changed());
    list.back().memo = "m";
    EXPECT_TRUE(changed());
    list.push_back(passage("p3", "d"));
    EXPECT_TRUE(changed());
    list.erase(list.begin());
    EXPECT_TRUE(changed());
    for (Passage& item : list)
        item.coder = "Claire";
    EXPECT_TRUE(changed());
    std::sort(list.begin(), list.end(), [](const Passage& a, const Passage& b) { return a.id > b.id; });
    EXPECT_TRUE(changed());
    list.edit().clear();
    EXPECT_TRUE(changed());
    list = {passage("p4", "e")};
    EXPECT_TRUE(changed());
    list = std::vector<Passage>{passage("p5", "f")};
    EXPECT_TRUE(changed());
}

TEST(TrackedList, ACopyKeepsTheGenerationAndNothingElseShares) {
    TrackedList<Passage> list{passage("p1", "a")};
    TrackedList<Passage> copy = list;
    EXPECT_EQ(copy.generation(), list.generation());  // the same items
    copy[0].text = "b";
    EXPECT_NE(copy.generation(), list.generation());

    TrackedList<Passage> moved = std::move(list);
    EXPECT_NE(moved.generation(), list.generation());  // NOLINT: the list moved from holds no items now
    TrackedList<Passage> other{passage("p1", "a")};
    EXPECT_NE(other.generation(), moved.generation());  // equal items made apart: compared, never assumed

    Project a, b;
    a.passages = {passage("p1", "a")};
    b.passages = {passage("p2", "b")};
    const std::uint64_t ga = a.passages.generation(), gb = b.passages.generation();
    std::swap(a, b);  // as changeAndSave swaps the changed copy in
    EXPECT_EQ(a.passages.generation(), gb);
    EXPECT_EQ(a.passages[0].id, "p2");
    EXPECT_EQ(b.passages.generation(), ga);
}

TEST(TrackedList, ASaveThatMissesAChangeIsCaughtWhenVerifying) {
    Project project;
    project.name = "Étude";
    project.themes.push_back({"th-1", "Logement", "", "", ""});
    Passage tagged = passage("p1", "a");
    tagged.themeIds = {"th-1"};
    project.passages.push_back(tagged);
    SaveMemo memo;
    rememberSave(memo, project, FilePieces::of(projectFileContent(project)), "h0");
    EXPECT_FALSE(changedParts(memo, project).passages);
    // A reference kept from before the save and used after it: the one change the generation cannot see.
    Passage& kept = project.passages[0];
    rememberSave(memo, project, FilePieces::of(projectFileContent(project)), "h1");
    kept.memo = "changed behind the list's back";
    EXPECT_THROW(changedParts(memo, project), std::logic_error);
    verifyShortcuts(false);
    EXPECT_FALSE(changedParts(memo, project).passages);  // what a build without the check would miss
    verifyShortcuts(true);
}

// Two offices tagging, untagging and editing passages at random, saving in turn: the passages and the index written
// are always the memory's, whether the save compared them or knew them unchanged.
TEST(TrackedList, RandomSavesWriteTheIndexOfThePassagesInMemory) {
    const std::filesystem::path folder = uniqueTempFolder("ets-tracked-list");
    std::filesystem::create_directories(folder);
    Project start;
    start.name = "Étude";
    start.themes.push_back({"th-1", "Logement", "", "", ""});
    start.themes.push_back({"th-2", "Santé", "", "", ""});
    saveProject(folder, start);
    std::mt19937 random(5);
    OpenedProject office = openProject(folder, folder / "claire-index.json", "Claire");
    int skipped = 0;
    for (int step = 0; step < 200; ++step) {
        switch (random() % 6) {
        case 0: {
            Passage made = passage(newId("p-"), "texte " + std::to_string(step));
            made.themeIds = {random() % 2 ? "th-1" : "th-2"};
            office.project.passages.push_back(made);
            break;
        }
        case 1:
            if (!office.project.passages.empty())
                office.project.passages.erase(office.project.passages.begin() +
                                              static_cast<std::ptrdiff_t>(random() % office.project.passages.size()));
            break;
        case 2:
            if (!office.project.passages.empty())
                office.project.passages[random() % office.project.passages.size()].memo = std::to_string(step);
            break;
        case 3:
            changeAndSave(office, [&](Project& project) {
                if (!project.passages.empty())
                    project.passages.back().themeIds = {"th-1", "th-2"};
            });
            break;
        default:  // the register changes, the passages do not: the save need not read them
            office.project.organisations.clear();
            ++skipped;
            break;
        }
        saveProject(office);
        Project read = loadProject(folder);
        loadIndex(folder / "claire-index.json", read);
        ASSERT_EQ(read.passages.size(), office.project.passages.size()) << "step " << step;
        for (std::size_t i = 0; i < read.passages.size(); ++i)
            ASSERT_TRUE(same(read.passages[i], office.project.passages[i])) << "step " << step;
    }
    EXPECT_GT(skipped, 20);
    std::filesystem::remove_all(folder);
}

// Two offices tagging passages with themes the other deletes, in random turns: a save that merges a deletion takes the
// theme off this office's passages (the passages are rebuilt), one that merges anything else moves them across
// unchanged. Every save is verified against the long way; each office's index on disk is always its memory's, and its
// passages name only themes that exist.
TEST(TrackedList, TwoOfficesDeletingThemesTheOtherTaggedWithLoseNothingAndKeepTheirIndexTrue) {
    const std::filesystem::path folder = uniqueTempFolder("ets-tracked-two");
    std::filesystem::create_directories(folder);
    Project start;
    start.name = "Étude";
    for (int i = 0; i < 4; ++i)
        start.themes.push_back({"th-" + std::to_string(i), "Thème " + std::to_string(i), "", "", ""});
    saveProject(folder, start);
    std::mt19937 random(11);
    OpenedProject offices[] = {openProject(folder, folder / "claire.json", "Claire"),
                               openProject(folder, folder / "yasmine.json", "Yasmine")};
    int made = 0, takenOff = 0;
    for (int step = 0; step < 150; ++step) {
        OpenedProject& office = offices[random() % 2];
        if (random() % 3 == 0)
            refreshProject(office);
        Project& project = office.project;
        switch (random() % 5) {
        case 0:
            project.themes.push_back({newId("th-"), "Thème " + std::to_string(++made + 10), "", "", ""});
            break;
        case 1:
            if (project.themes.size() > 2) {  // a theme deleted with its tags (no sub-themes here)
                const std::string id = project.themes[random() % project.themes.size()].id;
                project.themes.erase(std::remove_if(project.themes.begin(), project.themes.end(),
                                                    [&](const Theme& theme) { return theme.id == id; }),
                                     project.themes.end());
                for (Passage& passage : project.passages)
                    passage.themeIds.erase(std::remove(passage.themeIds.begin(), passage.themeIds.end(), id),
                                           passage.themeIds.end());
                project.passages.erase(std::remove_if(project.passages.begin(), project.passages.end(),
                                                      [](const Passage& passage) { return passage.themeIds.empty(); }),
                                       project.passages.end());
            }
            break;
        case 2:
            if (!project.passages.empty())
                project.passages[random() % project.passages.size()].memo = "mémo " + std::to_string(step);
            break;
        default:
            if (!project.themes.empty()) {
                Passage tagged = passage(newId("p-"), "texte " + std::to_string(step));
                tagged.themeIds = {project.themes[random() % project.themes.size()].id};
                project.passages.push_back(tagged);
            }
            break;
        }
        const std::size_t before = project.passages.size();
        saveProject(office);
        takenOff += office.project.passages.size() < before ? 1 : 0;  // the other office deleted their theme
        Project read = loadProject(folder);
        loadIndex(office.indexFile, read);
        ASSERT_EQ(read.passages.size(), office.project.passages.size()) << "step " << step;
        for (std::size_t i = 0; i < read.passages.size(); ++i)
            ASSERT_TRUE(same(read.passages[i], office.project.passages[i])) << "step " << step;
        for (const Passage& tagged : office.project.passages)
            for (const std::string& theme : tagged.themeIds)
                ASSERT_NE(office.project.findTheme(theme), nullptr) << "step " << step;
    }
    EXPECT_GT(takenOff, 3);
    std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace ets
