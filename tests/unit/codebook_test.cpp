#include "core/coding/codebook.hpp"

#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace ets {
namespace {

using Strings = std::vector<std::string>;

// Logement > Insalubrité > Expulsions, and Santé mentale; four passages in three transcripts.
Project codebookProject() {
    Project project;
    project.name = "Codebook";
    project.themes = {
        {"th-a", "Logement", "", "#112233", ""},
        {"th-b", "Insalubrité", "", "", "th-a"},
        {"th-c", "Expulsions", "", "", "th-b"},
        {"th-d", "Santé mentale", "", "", ""},
    };
    auto passage = [](const char* id, const char* transcript, Strings themeIds) {
        Passage p;
        p.id = id;
        p.transcript = transcript;
        p.anchor = std::string("ETS_00000000000") + id[3];
        p.themeIds = std::move(themeIds);
        p.text = "« Les murs sont noirs de moisissure. »";
        return p;
    };
    project.passages = {
        passage("pa-1", "t/b.odt", {"th-a", "th-d"}),
        passage("pa-2", "t/c.odt", {"th-b"}),
        passage("pa-3", "t/a.odt", {"th-a"}),
        passage("pa-4", "t/b.odt", {"th-d", "th-b"}),
    };
    return project;
}

// Runs `action`, expecting exactly this error and a project left as it was.
void expectRefused(Project& project, const std::function<void(Project&)>& action, const std::string& key,
                   const Strings& args) {
    const auto before = toJson(project);
    try {
        action(project);
        ADD_FAILURE() << "accepted, expected " << key;
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), key) << error.what();
        EXPECT_EQ(error.args(), args) << error.what();
    }
    EXPECT_EQ(toJson(project), before) << "changed although refused: " << key;
}

const Theme& theme(const Project& project, const char* id) {
    const Theme* found = project.findTheme(id);
    if (found == nullptr)
        throw std::runtime_error(std::string("no theme ") + id);
    return *found;
}

// ---- names -------------------------------------------------------------------------------

TEST(SplitList, TrimsDropsEmptiesAndRepeatsKeepsOrder) {
    EXPECT_EQ(splitList("a; b ;; c"), (Strings{"a", "b", "c"}));
    EXPECT_EQ(splitList(" Logement ;Santé;Logement; "), (Strings{"Logement", "Santé"}));
    EXPECT_EQ(splitList("Logement\xC2\xA0; Santé\xC2\xA0"), (Strings{"Logement", "Santé"}));
    EXPECT_EQ(splitList("Accès aux droits"), (Strings{"Accès aux droits"}));
    EXPECT_TRUE(splitList("").empty());
    EXPECT_TRUE(splitList(" ; ;; ").empty());
}

TEST(FindThemeNamed, IgnoresSurroundingSpacesAndCase) {
    const Project project = codebookProject();
    ASSERT_NE(findThemeNamed(project, " logement "), nullptr);
    EXPECT_EQ(findThemeNamed(project, " logement ")->id, "th-a");
    EXPECT_EQ(findThemeNamed(project, "SANTé MENTALE")->id, "th-d");
    EXPECT_EQ(findThemeNamed(project, "insalubrité")->id, "th-b");
    // Accented capitals fold too (É is é, as for organisations), but an accent is not dropped: e is not é.
    ASSERT_NE(findThemeNamed(project, "INSALUBRITÉ"), nullptr);
    EXPECT_EQ(findThemeNamed(project, "INSALUBRITÉ")->id, "th-b");
    EXPECT_EQ(findThemeNamed(project, "Insalubrite"), nullptr);
    EXPECT_EQ(findThemeNamed(project, "Logement social"), nullptr);
    EXPECT_EQ(findThemeNamed(project, ""), nullptr);
    EXPECT_TRUE(sameThemeName("Logement\xC2\xA0", "logement"));
}

// TagSelection and the Themes arguments take "a;b" as two themes: a name with a semicolon would come back as two.
TEST(AddTheme, ANameWithASemicolonOrHiddenCharactersIsRefused) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { addTheme(p, "Logement; santé"); }, "theme.name_separator",
                  {"Logement; santé"});
    expectRefused(project, [](Project& p) { renameTheme(p, "Logement", "Logement;santé"); }, "theme.name_separator",
                  {"Logement;santé"});
    expectRefused(project, [](Project& p) { addTheme(p, "Loge\u200Bment"); }, "name.bad_character", {"Loge?ment"});
    expectRefused(project, [](Project& p) { addTheme(p, "\u202Etnemegol"); }, "name.bad_character", {"?tnemegol"});
    expectRefused(project, [](Project& p) { addTheme(p, std::string(201, 'a')); }, "name.too_long", {"201", "200"});
    // A broken lead byte must not swallow the line feeds after it (a decoder that skips continuation checks would).
    expectRefused(project, [](Project& p) { addTheme(p, "Loge\xE2\n\nment"); }, "name.bad_character", {"Loge???ment"});
    EXPECT_NO_THROW(addTheme(project, "Santé mentale, accès aux soins – « premier recours »"));
}

TEST(RequireTheme, UnknownNameIsSaidAsGiven) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { requireTheme(p, "Mobilité "); }, "theme.unknown", {"Mobilité "});
}

// ---- add, describe, colour, parent --------------------------------------------------------

TEST(AddTheme, TrimsTheNameAndPlacesItUnderItsParent) {
    Project project = codebookProject();
    const Theme& added = addTheme(project, "  Marchands de sommeil ", "logement", "Loyers abusifs.", "#A0b1C2");
    EXPECT_EQ(added.name, "Marchands de sommeil");
    EXPECT_EQ(added.parentId, "th-a");
    EXPECT_EQ(added.description, "Loyers abusifs.");
    EXPECT_EQ(added.colour, "#A0b1C2");
    EXPECT_EQ(added.id.rfind("th-", 0), 0u);
    EXPECT_EQ(project.themes.size(), 5u);
    EXPECT_NO_THROW(checkProject(project));
    EXPECT_EQ(addTheme(project, "Mobilité").parentId, "");
}

TEST(AddTheme, RefusesWithoutChangingAnything) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { addTheme(p, " \xC2\xA0 "); }, "theme.name_empty", {});
    expectRefused(project, [](Project& p) { addTheme(p, "LOGEMENT "); }, "theme.exists", {"Logement"});
    expectRefused(project, [](Project& p) { addTheme(p, "Mobilité", "Transport"); }, "theme.unknown", {"Transport"});
    expectRefused(project, [](Project& p) { addTheme(p, "Mobilité", "", "", "rouge"); }, "theme.bad_colour", {"rouge"});
}

TEST(DescribeAndColour, ChangeOnlyThatField) {
    Project project = codebookProject();
    describeTheme(project, "expulsions", "Procédures devant le juge de paix.");
    EXPECT_EQ(theme(project, "th-c").description, "Procédures devant le juge de paix.");
    setThemeColour(project, "Expulsions", "#FF0000");
    EXPECT_EQ(theme(project, "th-c").colour, "#FF0000");
    setThemeColour(project, "Logement", "");
    EXPECT_EQ(theme(project, "th-a").colour, "");
    expectRefused(project, [](Project& p) { setThemeColour(p, "Logement", "#12345"); }, "theme.bad_colour", {"#12345"});
    expectRefused(project, [](Project& p) { describeTheme(p, "Mobilité", "x"); }, "theme.unknown", {"Mobilité"});
}

TEST(SetThemeParent, MovesAndGoesBackToTopLevel) {
    Project project = codebookProject();
    setThemeParent(project, "Expulsions", "Santé mentale");
    EXPECT_EQ(theme(project, "th-c").parentId, "th-d");
    setThemeParent(project, "Expulsions", "");
    EXPECT_EQ(theme(project, "th-c").parentId, "");
    setThemeParent(project, "Logement", "Santé mentale");  // a whole branch moves
    EXPECT_EQ(theme(project, "th-a").parentId, "th-d");
    EXPECT_NO_THROW(checkProject(project));
}

TEST(SetThemeParent, RefusesLoops) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { setThemeParent(p, "Logement", "logement"); }, "theme.parent_cycle",
                  {"Logement", "Logement"});
    expectRefused(project, [](Project& p) { setThemeParent(p, "logement", "expulsions"); }, "theme.parent_cycle",
                  {"Logement", "Expulsions"});
    expectRefused(project, [](Project& p) { setThemeParent(p, "Insalubrité", "Expulsions"); }, "theme.parent_cycle",
                  {"Insalubrité", "Expulsions"});
    expectRefused(project, [](Project& p) { setThemeParent(p, "Logement", "Mobilité"); }, "theme.unknown",
                  {"Mobilité"});
}

// ---- rename --------------------------------------------------------------------------------

TEST(RenameTheme, ReportsThePassagesAndTranscriptsToRewrite) {
    Project project = codebookProject();
    const ThemeChange change = renameTheme(project, "santé mentale", "  Souffrance psychique ");
    EXPECT_EQ(theme(project, "th-d").name, "Souffrance psychique");
    EXPECT_EQ(change.passages, 2);
    EXPECT_EQ(change.transcripts, (Strings{"t/b.odt"}));
    EXPECT_TRUE(change.removedAnchors.empty());
    EXPECT_EQ(project.passages[0].themeIds, (Strings{"th-a", "th-d"}));  // ids do not change
}

TEST(RenameTheme, SameNameInOtherCaseIsAllowed) {
    Project project = codebookProject();
    const ThemeChange change = renameTheme(project, "Logement", "LOGEMENT");
    EXPECT_EQ(theme(project, "th-a").name, "LOGEMENT");
    EXPECT_EQ(change.passages, 2);
    EXPECT_EQ(change.transcripts, (Strings{"t/a.odt", "t/b.odt"}));
    EXPECT_EQ(renameTheme(project, "logement", " LOGEMENT ").passages, 0);  // nothing changed
}

TEST(RenameTheme, RefusesAnotherThemesNameWhateverItsCase) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { renameTheme(p, "Expulsions", "insalubrité"); }, "theme.exists",
                  {"Insalubrité"});
    expectRefused(project, [](Project& p) { renameTheme(p, "Expulsions", " "); }, "theme.name_empty", {});
    expectRefused(project, [](Project& p) { renameTheme(p, "Mobilité", "Transport"); }, "theme.unknown", {"Mobilité"});
}

// ---- merge ---------------------------------------------------------------------------------

TEST(MergeTheme, PassagesGetTheOtherThemeOnceAndChildrenMove) {
    Project project = codebookProject();
    // Insalubrité (pa-2, pa-4) into Santé mentale (pa-1, pa-4): pa-4 must not get it twice.
    const ThemeChange change = mergeTheme(project, "Insalubrité", "Santé mentale");
    EXPECT_EQ(project.findTheme("th-b"), nullptr);
    EXPECT_EQ(theme(project, "th-c").parentId, "th-d");
    EXPECT_EQ(project.findPassage("pa-2")->themeIds, (Strings{"th-d"}));
    EXPECT_EQ(project.findPassage("pa-4")->themeIds, (Strings{"th-d"}));
    EXPECT_EQ(project.findPassage("pa-1")->themeIds, (Strings{"th-a", "th-d"}));
    EXPECT_EQ(change.passages, 2);
    EXPECT_EQ(change.transcripts, (Strings{"t/b.odt", "t/c.odt"}));
    EXPECT_TRUE(change.removedAnchors.empty());
    EXPECT_EQ(project.passages.size(), 4u);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(MergeTheme, KeepsThePlaceOfTheMergedTheme) {
    Project project = codebookProject();
    project.passages[0].themeIds = {"th-b", "th-d", "th-c"};
    mergeTheme(project, "Insalubrité", "Logement");
    EXPECT_EQ(project.passages[0].themeIds, (Strings{"th-a", "th-d", "th-c"}));
}

TEST(MergeTheme, TheCommitteesPriorityAndSlotFollowTheMergedTheme) {
    Project project = codebookProject();
    project.committee.priorities = {{"th-b", 1}, {"th-d", 2}};
    project.committee.slots = {{2, "th-b"}};
    mergeTheme(project, "Insalubrité", "Logement");  // th-b into th-a, which had neither
    ASSERT_EQ(project.committee.priorities.size(), 2u);
    EXPECT_EQ(project.committee.priorities[0].themeId, "th-a");
    ASSERT_EQ(project.committee.slots.size(), 1u);
    EXPECT_EQ(project.committee.slots[0].themeId, "th-a");
    // Into a theme with its own priority: that one stays, the merged theme's goes.
    project.committee.priorities = {{"th-a", 1}, {"th-d", 2}};
    mergeTheme(project, "Logement", project.findTheme("th-d")->name);
    ASSERT_EQ(project.committee.priorities.size(), 1u);
    EXPECT_EQ(project.committee.priorities[0].themeId, "th-d");
    EXPECT_EQ(project.committee.priorities[0].priority, 2);
    ASSERT_EQ(project.committee.slots.size(), 1u);  // th-d had no slot: th-a's follows it
    EXPECT_EQ(project.committee.slots[0].themeId, "th-d");
}

TEST(MergeTheme, IntoItsOwnChildOrGrandchild) {
    Project child = codebookProject();
    mergeTheme(child, "Logement", "Insalubrité");
    EXPECT_EQ(theme(child, "th-b").parentId, "");
    EXPECT_EQ(theme(child, "th-c").parentId, "th-b");
    EXPECT_EQ(child.findPassage("pa-1")->themeIds, (Strings{"th-b", "th-d"}));
    EXPECT_NO_THROW(checkProject(child));

    Project grandchild = codebookProject();
    mergeTheme(grandchild, "Logement", "Expulsions");
    EXPECT_EQ(theme(grandchild, "th-c").parentId, "");      // took Logement's place
    EXPECT_EQ(theme(grandchild, "th-b").parentId, "th-c");  // Logement's child moved under it
    EXPECT_NO_THROW(checkProject(grandchild));
}

TEST(MergeTheme, IntoItsParent) {
    Project project = codebookProject();
    mergeTheme(project, "Expulsions", "Insalubrité");
    EXPECT_EQ(project.findTheme("th-c"), nullptr);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(MergeTheme, RefusesItselfAndUnknownThemes) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { mergeTheme(p, "Logement", " logement"); }, "theme.merge_self",
                  {"Logement"});
    expectRefused(project, [](Project& p) { mergeTheme(p, "Logement", "Mobilité"); }, "theme.unknown", {"Mobilité"});
    expectRefused(project, [](Project& p) { mergeTheme(p, "Mobilité", "Logement"); }, "theme.unknown", {"Mobilité"});
}

// ---- delete --------------------------------------------------------------------------------

TEST(DeleteTheme, UsedThemeIsRefusedWithoutForceAndNothingChanges) {
    Project project = codebookProject();
    expectRefused(project, [](Project& p) { deleteTheme(p, "insalubrité", false); }, "theme.has_passages",
                  {"Insalubrité", "2"});
    expectRefused(project, [](Project& p) { deleteTheme(p, "Mobilité", true); }, "theme.unknown", {"Mobilité"});
}

TEST(DeleteTheme, ForcedLeavesPassagesAndRemovesThoseLeftWithout) {
    Project project = codebookProject();
    const ThemeChange change = deleteTheme(project, "Insalubrité", true);
    EXPECT_EQ(project.findTheme("th-b"), nullptr);
    EXPECT_EQ(theme(project, "th-c").parentId, "th-a");  // to the deleted theme's parent
    EXPECT_EQ(project.findPassage("pa-2"), nullptr);
    EXPECT_EQ(project.findPassage("pa-4")->themeIds, (Strings{"th-d"}));
    EXPECT_EQ(change.passages, 2);
    EXPECT_EQ(change.transcripts, (Strings{"t/b.odt", "t/c.odt"}));
    EXPECT_EQ(change.removedAnchors, (Strings{"ETS_000000000002"}));
    EXPECT_EQ(project.passages.size(), 3u);
    EXPECT_NO_THROW(checkProject(project));
}

TEST(DeleteTheme, WhatTheCommitteeSaidOfItGoesToo) {
    Project project = codebookProject();
    project.committee.priorities = {{"th-c", 1}, {"th-a", 2}};
    project.committee.slots = {{3, "th-c"}};
    deleteTheme(project, "Expulsions", true);
    ASSERT_EQ(project.committee.priorities.size(), 1u);
    EXPECT_EQ(project.committee.priorities[0].themeId, "th-a");
    EXPECT_TRUE(project.committee.slots.empty());
}

TEST(DeleteTheme, UnusedThemeNeedsNoForce) {
    Project project = codebookProject();
    const ThemeChange change = deleteTheme(project, "Expulsions", false);
    EXPECT_EQ(project.findTheme("th-c"), nullptr);
    EXPECT_EQ(change.passages, 0);
    EXPECT_TRUE(change.transcripts.empty());
    deleteTheme(project, "Logement", true);
    EXPECT_EQ(theme(project, "th-b").parentId, "");  // top-level theme's children become top level
    EXPECT_NO_THROW(checkProject(project));
}

// ---- resolve, count -------------------------------------------------------------------------

TEST(ResolveThemes, IdsInOrderEachOnce) {
    Project project = codebookProject();
    EXPECT_EQ(resolveThemes(project, {"santé mentale", "Logement", " LOGEMENT", ""}, false), (Strings{"th-d", "th-a"}));
}

TEST(ResolveThemes, UnknownNameIsRefusedUnlessCreated) {
    Project project = codebookProject();
    expectRefused(project,
                  [](Project& p) {
                      resolveThemes(p, {"Logement", "Mobilité", "Transport"}, false);
                  },
                  "theme.unknown", {"Mobilité"});
    const Strings ids = resolveThemes(project, {"Mobilité", "Logement", "mobilité"}, true);
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(theme(project, ids[0].c_str()).name, "Mobilité");
    EXPECT_EQ(ids[1], "th-a");
    EXPECT_EQ(project.themes.size(), 5u);
}

TEST(CountPassages, CountsPassagesCarryingTheTheme) {
    const Project project = codebookProject();
    EXPECT_EQ(countPassages(project, "th-a"), 2);
    EXPECT_EQ(countPassages(project, "th-c"), 0);
    EXPECT_EQ(countPassages(project, "th-zz"), 0);
}

}  // namespace
}  // namespace ets
