// The demo's coded passages: read from passages.json with bounds, each quote placed in its transcript and tagged
// through tagSpan; a quote not found is skipped and counted, never a reason to fail the copy.

#include "core/analysis/demo_passages.hpp"

#include "core/analysis/theme_analysis.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/coding/odt_transcript.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>
#include <set>

namespace ets {
namespace {

namespace fs = std::filesystem;

const std::string kKey = "transcripts/ama.odt";

Project codebook() {
    Project project;
    project.themes = {{"th-log", "Logement", "", "", ""}, {"th-num", "Fracture numérique", "", "", ""}};
    return project;
}

TEST(DemoPassages, EntriesAreReadWithTheDemoCoderWhenNoneIsNamed) {
    const DemoPassages read = demoPassagesFromJson(R"([
        {"transcript": "ama.odt", "quote": "Les loyers explosent.", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "Le guichet est en ligne.", "themes": ["Fracture numérique", "Logement"],
         "memo": "à creuser", "coder": "Samir B.", "key": true}
    ])");
    EXPECT_FALSE(read.unreadable);
    EXPECT_EQ(read.refused, 0u);
    ASSERT_EQ(read.passages.size(), 2u);
    EXPECT_EQ(read.passages[0].coder, "Claire V.");
    EXPECT_EQ(read.passages[0].memo, "");
    EXPECT_FALSE(read.passages[0].key);
    EXPECT_EQ(read.passages[1].coder, "Samir B.");
    EXPECT_EQ(read.passages[1].memo, "à creuser");
    EXPECT_EQ(read.passages[1].themes, (std::vector<std::string>{"Fracture numérique", "Logement"}));
    EXPECT_TRUE(read.passages[1].key);
}

TEST(DemoPassages, UnusableEntriesAreCountedAndTheOthersKept) {
    const DemoPassages read = demoPassagesFromJson(R"([
        {"transcript": "ama.odt", "quote": "Bon.", "themes": ["Logement"]},
        42,
        {"quote": "Sans transcription.", "themes": ["Logement"]},
        {"transcript": "../ailleurs.odt", "quote": "Hors du dossier.", "themes": ["Logement"]},
        {"transcript": "notes.txt", "quote": "Pas un .odt.", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "   ", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "Deux\nparagraphes.", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "Sans thème.", "themes": []},
        {"transcript": "ama.odt", "quote": "Thème pas texte.", "themes": [3]},
        {"transcript": "ama.odt", "quote": "Clé pas booléenne.", "themes": ["Logement"], "key": "oui"},
        {"transcript": "AMA.ODT", "quote": "Majuscules.", "themes": ["Logement"]}
    ])");
    EXPECT_FALSE(read.unreadable);
    EXPECT_EQ(read.refused, 9u);
    ASSERT_EQ(read.passages.size(), 2u);
    EXPECT_EQ(read.passages[0].quote, "Bon.");
    EXPECT_EQ(read.passages[1].transcript, "AMA.ODT");
}

TEST(DemoPassages, AFileThatIsNotAListOfEntriesGivesNoPassages) {
    EXPECT_TRUE(demoPassagesFromJson("{\"transcript\": \"ama.odt\"}").unreadable);
    EXPECT_TRUE(demoPassagesFromJson("[{\"transcript\": ").unreadable);
    EXPECT_TRUE(demoPassagesFromJson(std::string(100000, '[')).unreadable);  // too deep
    EXPECT_TRUE(demoPassagesFromJson("").passages.empty());
}

TEST(DemoPassages, AFileMissingOrTooLargeIsNotRead) {
    const fs::path folder = uniqueTempFolder("ets-demo-passages-test");
    fs::create_directories(folder);
    EXPECT_TRUE(readDemoPassages(folder / "passages.json").unreadable);
    {
        std::ofstream large(folder / "passages.json", std::ios::binary);
        large << "[" << std::string(kMaxDemoPassagesBytes, ' ') << "]";
    }
    EXPECT_TRUE(readDemoPassages(folder / "passages.json").unreadable);
    {
        std::ofstream small(folder / "passages.json", std::ios::binary | std::ios::trunc);
        small << R"([{"transcript": "ama.odt", "quote": "Bon.", "themes": ["Logement"]}])";
    }
    EXPECT_EQ(readDemoPassages(folder / "passages.json").passages.size(), 1u);
    fs::remove_all(folder);
}

TEST(DemoPassages, TooManyEntriesAreCutAtTheBound) {
    std::string json = "[";
    for (std::size_t i = 0; i < kMaxDemoPassages + 3; ++i)
        json += std::string(i ? "," : "") + R"({"transcript": "a.odt", "quote": "q", "themes": ["t"]})";
    json += "]";
    const DemoPassages read = demoPassagesFromJson(json);
    EXPECT_EQ(read.passages.size(), kMaxDemoPassages);
    EXPECT_EQ(read.refused, 3u);
}

TEST(DemoPassages, GroupedByTranscriptInTheOrderOfTheirFirstEntry) {
    const DemoPassages read = demoPassagesFromJson(R"([
        {"transcript": "b.odt", "quote": "un", "themes": ["Logement"]},
        {"transcript": "a.odt", "quote": "deux", "themes": ["Logement"]},
        {"transcript": "b.odt", "quote": "trois", "themes": ["Logement"]}
    ])");
    const auto grouped = demoPassagesByTranscript(read);
    ASSERT_EQ(grouped.size(), 2u);
    EXPECT_EQ(grouped[0].first, "transcripts/b.odt");
    ASSERT_EQ(grouped[0].second.size(), 2u);
    EXPECT_EQ(grouped[0].second[1].quote, "trois");
    EXPECT_EQ(grouped[1].first, "transcripts/a.odt");
}

TEST(PlaceQuote, TheFirstOccurrenceInCodePointsApostrophesAlike) {
    const std::string text = "Élise : C’est l’été.\nMarc : C'est l'été, oui.";
    const auto placed = placeQuote(text, "C'est l'été");
    ASSERT_TRUE(placed);
    EXPECT_EQ(placed->first, 8u);  // "Élise : " is 8 code points (É is one)
    EXPECT_EQ(placed->second, 19u);
    EXPECT_FALSE(placeQuote(text, "c'est l'été"));  // case counts: the quote is exact
    EXPECT_FALSE(placeQuote(text, "oui. Élise"));
    EXPECT_FALSE(placeQuote(text, "  "));
    const auto second = placeQuote(text, "l'été, oui");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->first, 34u);
}

TEST(CodeDemoTranscript, EachQuoteIsTaggedWithItsThemesMemoCoderAndKey) {
    Project project = codebook();
    MemoryTranscript transcript("Amina : Les loyers explosent.\nAmina : Le guichet est en ligne, sans personne.",
                                "/p/" + kKey);
    const DemoPassages read = demoPassagesFromJson(R"([
        {"transcript": "ama.odt", "quote": "Les loyers explosent.", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "Le guichet est en ligne, sans personne.", "themes": ["Fracture numérique"],
         "memo": "le numérique d'abord", "key": true},
        {"transcript": "ama.odt", "quote": "Une phrase qui n'y est pas.", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "Les loyers", "themes": ["Thème inconnu"]}
    ])");
    const DemoCoding coding =
        codeDemoTranscript(project, kKey, transcript, read.passages, "2026-12-03", "Thèmes");
    EXPECT_EQ(coding.tagged, 2u);
    EXPECT_EQ(coding.notFound, 1u);
    EXPECT_EQ(coding.unknownTheme, 1u);
    EXPECT_EQ(coding.missed.size(), 2u);
    ASSERT_EQ(project.passages.size(), 2u);
    EXPECT_EQ(project.themes.size(), 2u);  // the codebook never grows from the demo's entries
    EXPECT_EQ(project.passages[0].text, "Les loyers explosent.");
    EXPECT_EQ(project.passages[0].coder, "Claire V.");
    EXPECT_EQ(project.passages[0].themeIds, (std::vector<std::string>{"th-log"}));
    EXPECT_EQ(project.passages[1].text, "Le guichet est en ligne, sans personne.");
    EXPECT_EQ(project.passages[1].memo, "le numérique d'abord");
    EXPECT_TRUE(isKeyQuote(project, project.passages[1], "th-num"));
    EXPECT_FALSE(isKeyQuote(project, project.passages[0], "th-log"));
    const std::vector<TagRecord> records = transcript.records();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].created, "2026-12-03");
    ASSERT_NE(transcript.comment(records[1].anchor), nullptr);
    EXPECT_EQ(transcript.comment(records[1].anchor)->author, "Claire V.");
}

TEST(CodeDemoTranscript, AQuoteGivenTwiceAddsItsThemesToOnePassage) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.", "/p/" + kKey);
    const DemoPassages read = demoPassagesFromJson(R"([
        {"transcript": "ama.odt", "quote": "Les loyers explosent.", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "Les loyers explosent.", "themes": ["Fracture numérique"]}
    ])");
    const DemoCoding coding = codeDemoTranscript(project, kKey, transcript, read.passages, "2026-12-03", "Thèmes");
    EXPECT_EQ(coding.tagged, 2u);
    ASSERT_EQ(project.passages.size(), 1u);
    EXPECT_EQ(project.passages[0].themeIds, (std::vector<std::string>{"th-log", "th-num"}));
}

TEST(CodeDemoTranscript, NothingFoundChangesNothing) {
    Project project = codebook();
    MemoryTranscript transcript("Les loyers explosent.", "/p/" + kKey);
    const DemoPassages read =
        demoPassagesFromJson(R"([{"transcript": "ama.odt", "quote": "Absent.", "themes": ["Logement"]}])");
    const DemoCoding coding = codeDemoTranscript(project, kKey, transcript, read.passages, "2026-12-03", "Thèmes");
    EXPECT_EQ(coding.tagged, 0u);
    EXPECT_EQ(coding.notFound, 1u);
    EXPECT_TRUE(project.passages.empty());
    EXPECT_TRUE(transcript.anchors().empty());
}

TEST(CodeDemoTranscript, AFailedTranscriptCountsItsEntries) {
    const DemoPassages read = demoPassagesFromJson(R"([
        {"transcript": "ama.odt", "quote": "un", "themes": ["Logement"]},
        {"transcript": "ama.odt", "quote": "deux", "themes": ["Logement"]}
    ])");
    DemoCoding total;
    total += failedDemoTranscript(kKey, read.passages);
    EXPECT_EQ(total.failed, 2u);
    EXPECT_EQ(total.missed.size(), 2u);
}

// The demo as shipped: every entry of demo/passages.json is usable, names a theme of the demo codebook and finds its
// quote in its transcript's text as Writer gives it (read here from the .odt without LibreOffice).
TEST(DemoPassagesAsShipped, EveryQuoteIsInItsTranscript) {
    const fs::path demo = ETS_DEMO_DIR;
    const DemoPassages read = readDemoPassages(demo / "passages.json");
    EXPECT_FALSE(read.unreadable);
    EXPECT_EQ(read.refused, 0u);
    EXPECT_EQ(read.passages.size(), 108u);
    std::size_t placed = 0;
    for (const auto& [key, passages] : demoPassagesByTranscript(read)) {
        const std::unique_ptr<OdtTranscript> transcript = readOdtTranscript(demo / key);
        ASSERT_NE(transcript, nullptr) << key;
        const std::string text = transcript->plainText().text;
        for (const DemoPassage& passage : passages) {
            EXPECT_TRUE(placeQuote(text, passage.quote)) << key << ": " << passage.quote;
            placed += placeQuote(text, passage.quote) ? 1 : 0;
            EXPECT_EQ(passage.coder, "Claire V.");
        }
    }
    EXPECT_EQ(placed, 108u);
}

}  // namespace
}  // namespace ets
