// Tagging and untagging decided in the core, tried on a transcript held in memory.

#include "core/coding/codebook.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

const std::string kKey = "transcripts/ama.odt";

Project codebook() {
    Project project;
    project.themes = {{"th-log", "Logement", "", "", ""}, {"th-num", "Fracture numérique", "", "", ""}};
    return project;
}

TagRequest request(std::vector<std::string> themes, std::string memo = "") {
    return TagRequest{std::move(themes), std::move(memo), "Claire", "2026-11-20", "Thèmes"};
}

std::string errorKey(const std::function<void()>& call) {
    try {
        call();
    } catch (const Error& error) {
        return error.key();
    }
    return "(nothing thrown)";
}

TEST(TagSpan, ANewPassageGetsAnAnchorACommentARecordAndAnIndexEntry) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent. On ne trouve plus rien.", "/p/" + kKey);
    const Tagged tagged = tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."),
                                  request({"logement"}, "à creuser"));
    EXPECT_TRUE(tagged.newPassage);
    EXPECT_TRUE(isAnchorName(tagged.anchor));
    EXPECT_TRUE(tagged.createdThemes.empty());
    ASSERT_EQ(transcript.anchors().size(), 1u);
    EXPECT_EQ(transcript.anchors()[0].text, "Les loyers explosent.");
    ASSERT_NE(transcript.comment(tagged.anchor), nullptr);
    EXPECT_EQ(transcript.comment(tagged.anchor)->author, "Claire");
    EXPECT_EQ(transcript.comment(tagged.anchor)->text, "Thèmes : Logement\nà creuser");
    const std::vector<TagRecord> records = transcript.records();
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].created, "2026-11-20");
    EXPECT_EQ(records[0].themes[0].id, "th-log");
    EXPECT_EQ(records[0].themes[0].name, "Logement");  // as the codebook spells it, not as typed
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].transcript, kKey);
    EXPECT_EQ(project.passages[0].themeIds, (std::vector<std::string>{"th-log"}));
    EXPECT_EQ(project.passages[0].text, "Les loyers explosent.");
    EXPECT_EQ(project.passages[0].memo, "à creuser");
}

TEST(TagSpan, TheSameTextTaggedAgainGainsThemesInsteadOfASecondPassage) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.");
    const Tagged first =
        tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Logement"}, "memo 1"));
    const Tagged second =
        tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Fracture numérique", "Logement"}));
    EXPECT_FALSE(second.newPassage);
    EXPECT_EQ(second.anchor, first.anchor);
    EXPECT_EQ(transcript.anchors().size(), 1u);
    EXPECT_EQ(transcript.commentCount(), 1u);
    EXPECT_EQ(transcript.comment(first.anchor)->text, "Thèmes : Logement ; Fracture numérique\nmemo 1");  // memo kept
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].themeIds, (std::vector<std::string>{"th-log", "th-num"}));
}

TEST(TagSpan, AnOverlappingButDifferentTextIsASecondPassage) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.");
    tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Logement"}));
    EXPECT_TRUE(
        tagSpan(project, kKey, transcript, *transcript.spanOf("loyers explosent"), request({"Logement"})).newPassage);
    EXPECT_EQ(project.passages.size(), 2u);
}

TEST(TagSpan, UnknownThemesAreCreatedOnceAndSaid) {
    Project project = codebook();
    MemoryTranscript transcript("Personne ne répond au téléphone.");
    const Tagged tagged = tagSpan(project, kKey, transcript, *transcript.spanOf("Personne"),
                                  request({"Accueil téléphonique", "  accueil TÉLÉPHONIQUE "}));
    EXPECT_EQ(tagged.createdThemes, (std::vector<std::string>{"Accueil téléphonique"}));
    EXPECT_EQ(project.themes.size(), 3u);
    EXPECT_EQ(transcript.records()[0].themes.size(), 1u);
}

TEST(TagSpan, RefusalsChangeNeitherTheProjectNorTheDocument) {
    const Project before = codebook();
    Project project = before;
    MemoryTranscript transcript("Un passage.");
    EXPECT_EQ(errorKey([&] {
                  tagSpan(project, kKey, transcript, *transcript.spanOf("passage"), request({" ", ""}));
              }),
              "tag.no_theme");
    TagRequest nobody = request({"Logement"});
    nobody.coder = "  ";
    EXPECT_EQ(errorKey([&] { tagSpan(project, kKey, transcript, *transcript.spanOf("passage"), nobody); }),
              "coder.missing");
    transcript.setStoredTags("{not json");
    EXPECT_EQ(
        errorKey([&] { tagSpan(project, kKey, transcript, *transcript.spanOf("passage"), request({"Nouveau"})); }),
        "tags.invalid");
    EXPECT_EQ(project.themes.size(), before.themes.size());
    EXPECT_TRUE(project.passages.empty());
    EXPECT_TRUE(transcript.anchors().empty());
    EXPECT_EQ(transcript.commentCount(), 0u);
}

TEST(TagSpan, ForgetsTheStampOfTheTranscriptItChanged) {
    Project project = codebook();
    project.transcripts = {{kKey, 1, 2}, {"transcripts/autre.odt", 3, 4}};
    MemoryTranscript transcript("Texte.");
    tagSpan(project, kKey, transcript, *transcript.spanOf("Texte"), request({"Logement"}));
    ASSERT_EQ(project.transcripts.size(), 1u);
    EXPECT_EQ(project.transcripts[0].transcript, "transcripts/autre.odt");
}

TEST(TagsOver, TicksTheThemesAndMemoOfThePassageOverExactlyTheText) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.");
    tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Fracture numérique", "Logement"}, "vu"));
    const SpanTags over = tagsOver(project, transcript, *transcript.spanOf("loyers"), "Claire");
    EXPECT_EQ(over.themes, (std::vector<std::string>{"Fracture numérique", "Logement"}));
    EXPECT_EQ(over.memo, "vu");
    EXPECT_TRUE(tagsOver(project, transcript, *transcript.spanOf("loyers explosent"), "Claire").themes.empty());
    // Another coder does not see Claire's themes on that text (blind coding).
    EXPECT_TRUE(tagsOver(project, transcript, *transcript.spanOf("loyers"), "Bruno").themes.empty());
}

// Double coding in one transcript: the same text tagged by a second coder is a passage of their own; each coder
// tagging it again changes only their own passage.
TEST(TagSpan, SameSpanByAnotherCoderIsTheirOwnPassage) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.");
    const Tagged first = tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Logement"}));
    TagRequest bruno = request({"Fracture numérique"});
    bruno.coder = "Bruno";
    const Tagged second = tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), bruno);
    EXPECT_TRUE(second.newPassage);
    EXPECT_NE(second.anchor, first.anchor);
    bruno.themes = {"Logement"};
    const Tagged again = tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), bruno);
    EXPECT_FALSE(again.newPassage);
    EXPECT_EQ(again.anchor, second.anchor);

    const std::vector<TagRecord> records = transcript.records();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].coder, "Claire");
    ASSERT_EQ(records[0].themes.size(), 1u);
    EXPECT_EQ(records[0].themes[0].name, "Logement");
    EXPECT_EQ(records[1].coder, "Bruno");
    EXPECT_EQ(records[1].themes.size(), 2u);
    EXPECT_EQ(transcript.anchorsOver(*transcript.spanOf("loyers")).size(), 2u);
    // The index holds both passages, each with its coder.
    int passages = 0;
    for (const Passage& passage : project.passages)
        if (passage.transcript == kKey)
            ++passages;
    EXPECT_EQ(passages, 2);
    EXPECT_EQ(tagsOver(project, transcript, *transcript.spanOf("loyers"), "Bruno").themes.size(), 2u);
}

TEST(ThemeChoices, RecentThemesFirstThenTheCodebook) {
    Project project = codebook();
    project.themes.push_back({"th-acc", "Accueil", "", "", ""});
    EXPECT_EQ(themeChoices(project, {"accueil", "Supprimé"}),
              (std::vector<std::string>{"Accueil", "Logement", "Fracture numérique"}));
    std::vector<std::string> recent = {"Logement", "Accueil"};
    rememberThemes(recent, {"accueil", "Fracture numérique"});
    EXPECT_EQ(recent, (std::vector<std::string>{"accueil", "Fracture numérique", "Logement"}));
}

TEST(ThemeChoices, TheFilterFoldsCaseAndAccentedCapitals) {
    EXPECT_TRUE(matchesFilter("Épuisement des équipes", "ÉPUIS"));
    EXPECT_TRUE(matchesFilter("Logement", ""));
    EXPECT_TRUE(matchesFilter("Logement", "  gem "));
    EXPECT_FALSE(matchesFilter("Logement", "numérique"));
}

TEST(UntagAnchors, RemovesOnlyTheNamedThemesAndUntagsAPassageLeftWithNone) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent. On attend des mois.");
    const Tagged both = tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."),
                                request({"Logement", "Fracture numérique"}));
    const Tagged housing = tagSpan(project, kKey, transcript, *transcript.spanOf("On attend"), request({"Logement"}));
    const int changed = untagAnchors(project, kKey, transcript, {both.anchor, housing.anchor}, {"logement"}, "Thèmes");
    EXPECT_EQ(changed, 2);
    ASSERT_EQ(transcript.anchors().size(), 1u);  // the second passage had only Logement: its tag is gone
    EXPECT_EQ(transcript.anchors()[0].anchor, both.anchor);
    EXPECT_EQ(transcript.comment(both.anchor)->text, "Thèmes : Fracture numérique");
    EXPECT_EQ(transcript.comment(housing.anchor), nullptr);
    EXPECT_EQ(transcript.text(), "Les loyers explosent. On attend des mois.");  // the text stays
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].themeIds, (std::vector<std::string>{"th-num"}));
}

TEST(UntagAnchors, WithoutThemesEveryThemeGoes) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.");
    const Tagged tagged =
        tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Logement", "Fracture numérique"}));
    EXPECT_EQ(untagAnchors(project, kKey, transcript, {tagged.anchor}, {}, "Thèmes"), 1);
    EXPECT_TRUE(transcript.anchors().empty());
    EXPECT_TRUE(transcript.records().empty());
    EXPECT_TRUE(project.passages.empty());
}

TEST(UntagAnchors, NothingToRemoveOrAnUnknownThemeChangesNothing) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.");
    const Tagged tagged = tagSpan(project, kKey, transcript, *transcript.spanOf("loyers"), request({"Logement"}));
    const std::string tags = transcript.storedTags();
    EXPECT_EQ(errorKey([&] { untagAnchors(project, kKey, transcript, {tagged.anchor}, {"Fracture numérique"}, "T"); }),
              "untag.nothing");
    EXPECT_EQ(errorKey([&] { untagAnchors(project, kKey, transcript, {}, {}, "T"); }), "untag.nothing");
    EXPECT_EQ(errorKey([&] { untagAnchors(project, kKey, transcript, {tagged.anchor}, {"Inconnu"}, "T"); }),
              "theme.unknown");
    EXPECT_EQ(transcript.storedTags(), tags);
    EXPECT_EQ(transcript.anchors().size(), 1u);
    EXPECT_EQ(project.passages.size(), 1u);
}

TEST(UntagPassage, RemovesThePassageWholeAndItsIndexEntry) {
    Project project = codebook();
    MemoryTranscript transcript("Un. Deux.");
    const Tagged one =
        tagSpan(project, kKey, transcript, *transcript.spanOf("Un."), request({"Logement", "Fracture numérique"}));
    tagSpan(project, kKey, transcript, *transcript.spanOf("Deux."), request({"Logement"}));
    untagPassage(project, kKey, transcript, one.anchor);
    EXPECT_EQ(transcript.anchors().size(), 1u);
    EXPECT_EQ(transcript.records().size(), 1u);
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].text, "Deux.");
}

TEST(RefreshTranscriptTags, ARenamedThemeIsRenamedInTheMarginAndARecordLeftWithoutThemeLosesItsTag) {
    Project project = codebook();
    MemoryTranscript transcript("Un. Deux.");
    const Tagged one = tagSpan(project, kKey, transcript, *transcript.spanOf("Un."), request({"Logement"}));
    const Tagged two = tagSpan(project, kKey, transcript, *transcript.spanOf("Deux."), request({"Fracture numérique"}));
    renameTheme(project, "Logement", "Crise du logement");
    deleteTheme(project, "Fracture numérique", true);
    refreshTranscriptTags(project, kKey, transcript, "Thèmes");
    EXPECT_EQ(transcript.comment(one.anchor)->text, "Thèmes : Crise du logement");
    EXPECT_EQ(transcript.records()[0].themes[0].name, "Crise du logement");
    EXPECT_EQ(transcript.comment(two.anchor), nullptr);
    EXPECT_EQ(transcript.anchors().size(), 1u);
    EXPECT_EQ(transcript.text(), "Un. Deux.");
}

TEST(RefreshTranscriptTags, AMergedThemesPassagesTakeTheThemeTheyJoined) {
    Project project = codebook();
    MemoryTranscript transcript("Un.");
    const Tagged one = tagSpan(project, kKey, transcript, *transcript.spanOf("Un."), request({"Fracture numérique"}));
    mergeTheme(project, "Fracture numérique", "Logement");
    refreshTranscriptTags(project, kKey, transcript, "Thèmes");
    EXPECT_EQ(transcript.comment(one.anchor)->text, "Thèmes : Logement");
    EXPECT_EQ(transcript.records()[0].themes[0].id, "th-log");
}

TEST(RefreshTranscriptTags, OnlyTheCommentsTheChangeRewordsAreTouched) {
    // A rename carried by one passage of a thousand must not rewrite the other comments (each costs the office a
    // search of them all): a comment the change does not reword stays as it is, even edited by hand.
    Project project = codebook();
    MemoryTranscript transcript("Un. Deux.");
    const Tagged one = tagSpan(project, kKey, transcript, *transcript.spanOf("Un."), request({"Logement"}));
    const Tagged two = tagSpan(project, kKey, transcript, *transcript.spanOf("Deux."), request({"Fracture numérique"}));
    transcript.setComment(two.anchor, "Thèmes : Fracture numérique\nnote à la main");
    renameTheme(project, "Logement", "Crise du logement");
    refreshTranscriptTags(project, kKey, transcript, "Thèmes");
    EXPECT_EQ(transcript.comment(one.anchor)->text, "Thèmes : Crise du logement");
    EXPECT_EQ(transcript.comment(two.anchor)->text, "Thèmes : Fracture numérique\nnote à la main");
}

TEST(IndexDocument, ATagWhoseWholeTextWasDeletedGoesLeavingNothingBehind) {
    Project project = codebook();
    MemoryTranscript transcript("Avant. Les loyers explosent. Après.");
    const Tagged tagged =
        tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."), request({"Logement"}));
    transcript.insertText(transcript.text().find("explosent"), "vraiment ");  // typing inside a passage
    indexDocument(project, kKey, transcript);
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].text, "Les loyers vraiment explosent.");
    const std::size_t start = transcript.text().find("Les");
    transcript.eraseText(start, start + std::string("Les loyers vraiment explosent.").size());
    const IndexUpdate update = indexDocument(project, kKey, transcript);
    EXPECT_EQ(update.removed, 1);
    EXPECT_TRUE(project.passages.empty());
    EXPECT_TRUE(transcript.anchors().empty());
    EXPECT_EQ(transcript.comment(tagged.anchor), nullptr);
    EXPECT_TRUE(transcript.records().empty());
}

}  // namespace
}  // namespace ets

namespace ets {
namespace {

TEST(PassageMemo, TheCodersOwnPassageAtTheCursorIsTheOneShown) {
    const std::vector<TagRecord> records = {{"ETS_a", {}, "de Samir", "Samir", ""}, {"ETS_b", {}, "de Claire", "Claire", ""}};
    EXPECT_EQ(ownPassageAt(records, {"ETS_a", "ETS_b"}, "Claire")->anchor, "ETS_b");
    EXPECT_EQ(ownPassageAt(records, {"ETS_a"}, "Claire"), std::nullopt);  // another coder's: blind coding
    EXPECT_EQ(ownPassageAt(records, {}, "Claire"), std::nullopt);
}

TEST(PassageMemo, SettingItRewritesTheCommentTheRecordAndTheIndexOnly) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent. On ne trouve plus rien.", "/p/" + kKey);
    const Tagged tagged = tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."),
                                  request({"Logement"}, "à creuser"));
    EXPECT_TRUE(setPassageMemo(project, kKey, transcript, tagged.anchor, "relu : loyers x2", "Claire", "Thèmes"));
    EXPECT_EQ(transcript.comment(tagged.anchor)->text, "Thèmes : Logement\nrelu : loyers x2");
    EXPECT_EQ(transcript.records()[0].memo, "relu : loyers x2");
    EXPECT_EQ(project.passages[0].memo, "relu : loyers x2");
    // Emptied: no memo line left in the margin.
    EXPECT_TRUE(setPassageMemo(project, kKey, transcript, tagged.anchor, "", "Claire", "Thèmes"));
    EXPECT_EQ(transcript.comment(tagged.anchor)->text, "Thèmes : Logement");
    EXPECT_EQ(project.passages[0].memo, "");
    // The same memo again changes nothing.
    EXPECT_FALSE(setPassageMemo(project, kKey, transcript, tagged.anchor, "", "Claire", "Thèmes"));
}

TEST(Tagging, AHugeMemoIsRefusedBeforeAnythingIsTagged) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent. On ne trouve plus rien.", "/p/" + kKey);
    EXPECT_EQ(errorKey([&] {
                  tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."),
                          request({"Logement", "Nouveau thème"}, std::string(kMaxMemoCharacters + 1, 'a')));
              }),
              "memo.too_long");
    EXPECT_TRUE(transcript.records().empty());
    EXPECT_TRUE(project.passages.empty());
    EXPECT_EQ(project.themes.size(), codebook().themes.size());  // the new theme was not created either
    // At the limit it is taken, counted in characters: « é » is two bytes of UTF-8 but one character.
    std::string accented;
    for (std::size_t i = 0; i < kMaxMemoCharacters; ++i)
        accented += "é";
    tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."), request({"Logement"}, accented));
    EXPECT_EQ(transcript.records().size(), 1u);
}

TEST(PassageMemo, AnotherCodersPassageOrAHugeMemoIsRefusedAndNothingChanges) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent. On ne trouve plus rien.", "/p/" + kKey);
    const Tagged tagged = tagSpan(project, kKey, transcript, *transcript.spanOf("Les loyers explosent."),
                                  request({"Logement"}, "à creuser"));
    EXPECT_EQ(errorKey([&] { setPassageMemo(project, kKey, transcript, tagged.anchor, "x", "Samir", "Thèmes"); }),
              "memo.no_passage");
    EXPECT_EQ(errorKey([&] { setPassageMemo(project, kKey, transcript, "ETS_000000000000", "x", "Claire", "Thèmes"); }),
              "memo.no_passage");
    EXPECT_EQ(errorKey([&] {
                  setPassageMemo(project, kKey, transcript, tagged.anchor, std::string(kMaxMemoCharacters + 1, 'a'), "Claire",
                                 "Thèmes");
              }),
              "memo.too_long");
    EXPECT_EQ(transcript.records()[0].memo, "à creuser");
    EXPECT_EQ(project.passages[0].memo, "à creuser");
}

}  // namespace
}  // namespace ets
