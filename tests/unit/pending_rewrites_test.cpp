// Transcripts another person had open when the codebook changed: read as rewritten, rewritten when next opened.

#include "core/coding/codebook.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/coding/tagging.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

const std::string kKey = "transcripts/t.odt";

Project codebook() {
    Project project;
    project.themes = {{"th-a", "Logement", "", "", ""}, {"th-b", "Accueil", "", "", ""}, {"th-c", "Santé", "", "", ""}};
    return project;
}

TEST(PendingRewrites, ALaterChangeComposesWithTheOneWaiting) {
    Project project = codebook();
    addPendingRewrite(project, kKey, {{"th-a", "th-b"}});  // Logement merged into Accueil...
    addPendingRewrite(project, kKey, {{"th-b", ""}});      // ...then Accueil deleted
    ASSERT_EQ(project.pendingRewrites.size(), 1u);
    EXPECT_EQ(pendingRewriteOf(project, kKey)->replacedThemes,
              (std::map<std::string, std::string>{{"th-a", ""}, {"th-b", ""}}));
    EXPECT_EQ(pendingRewriteOf(project, "other.odt"), nullptr);
}

TEST(PendingRewrites, ReadingATranscriptThatWaitsNeverBringsAMergedThemeBack) {
    Project project = codebook();
    MemoryTranscript transcript("Un. Deux.");
    tagSpan(project, kKey, transcript, *transcript.spanOf("Un."), {{"Logement"}, "", "Claire", "2026-12-01", "Thèmes"});
    tagSpan(project, kKey, transcript, *transcript.spanOf("Deux."), {{"Santé"}, "", "Claire", "2026-12-01", "Thèmes"});
    // Another office merged Logement into Accueil while this transcript was open elsewhere.
    const ThemeChange change = mergeTheme(project, "Logement", "Accueil");
    addPendingRewrite(project, kKey, change.replacedThemes);
    indexTranscript(project, kKey, transcript.records(), transcript.anchors());
    EXPECT_EQ(findThemeNamed(project, "Logement"), nullptr);  // not created again from the old records
    ASSERT_EQ(project.passages.size(), 2u);
    EXPECT_EQ(project.passages[0].themeIds, (std::vector<std::string>{"th-b"}));

    // Opened by someone with the extension: rewritten for good.
    EXPECT_TRUE(rewritePending(project, kKey, transcript, "Thèmes"));
    EXPECT_EQ(transcript.comment(transcript.records()[0].anchor)->text, "Thèmes : Accueil");
    EXPECT_EQ(project.pendingRewrites.size(), 1u);  // until the transcript is saved so
    forgetPendingRewrite(project, kKey);
    EXPECT_TRUE(project.pendingRewrites.empty());
    EXPECT_FALSE(rewritePending(project, kKey, transcript, "Thèmes"));
}

TEST(PendingRewrites, ADeletedThemesPassagesLoseTheirTagAndARenameTakesTheNewName) {
    Project project = codebook();
    MemoryTranscript transcript("Un. Deux.");
    tagSpan(project, kKey, transcript, *transcript.spanOf("Un."), {{"Logement"}, "", "Claire", "2026-12-01", "Thèmes"});
    tagSpan(project, kKey, transcript, *transcript.spanOf("Deux."), {{"Santé"}, "", "Claire", "2026-12-01", "Thèmes"});
    renameTheme(project, "Santé", "Santé communautaire");
    addPendingRewrite(project, kKey, {});
    addPendingRewrite(project, kKey, deleteTheme(project, "Logement", true).replacedThemes);
    rewritePending(project, kKey, transcript, "Thèmes");
    ASSERT_EQ(transcript.records().size(), 1u);
    EXPECT_EQ(transcript.records()[0].themes[0].name, "Santé communautaire");
    EXPECT_EQ(transcript.anchors().size(), 1u);
    EXPECT_EQ(transcript.text(), "Un. Deux.");
}

}  // namespace
}  // namespace ets
