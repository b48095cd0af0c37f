// Agreement statistics checked on published figures: NVivo's worked example of percent agreement and Cohen's kappa at
// character level, and the worked examples of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".

#include "core/analysis/agreement.hpp"
#include "core/analysis/agreement_sheet.hpp"
#include "core/refi/agreement_units.hpp"
#include "core/text/error.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

namespace ets {
namespace {

// NVivo's example: T = 1000 characters, 50 coded by both, 150 by one only (A coded 150, B 100), 800 by neither.
CharacterCounts nvivoExample() { return CharacterCounts{50, 100, 50, 800}; }

TEST(Agreement, NvivoPercentAgreement) { EXPECT_DOUBLE_EQ(*percentAgreement(nvivoExample()), 0.85); }

TEST(Agreement, NvivoKappa) {
    // Pe = (150·100 + 850·900) / 1000² = 0.78; κ = (0.85 − 0.78) / 0.22.
    const double kappa = *cohensKappa(nvivoExample());
    EXPECT_NEAR(kappa, 0.07 / 0.22, 1e-12);
    EXPECT_NEAR(kappa, 0.318, 0.0005);
}

// QualCoder takes the coded characters alone as the total and Pe = Pyes × Pno, which gives 0.213 on the same example.
TEST(Agreement, KappaIsNotQualCoders) {
    const double total = 200;  // coded by A or B
    const double pYes = (150 / total) * (100 / total);
    const double pNo = (1 - 150 / total) * (1 - 100 / total);
    const double expected = pYes * pNo;
    const double observed = 50 / total;
    const double qualCoder = (observed - expected) / (1 - expected);
    ASSERT_NEAR(qualCoder, 0.213, 0.0005);
    EXPECT_GT(std::abs(*cohensKappa(nvivoExample()) - qualCoder), 0.1);
}

TEST(Agreement, OverlapOfCodedText) {
    EXPECT_DOUBLE_EQ(*codedOverlap(nvivoExample()), 50.0 / 200.0);
    EXPECT_FALSE(codedOverlap(CharacterCounts{0, 0, 0, 10}));
}

// Krippendorff 2011, A: binary data, two observers, no missing data, ten units → α = 0.095.
TEST(Agreement, KrippendorffBinaryTwoObservers) {
    const int a[] = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
    const int b[] = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
    std::vector<std::vector<std::optional<int>>> units;
    CharacterCounts counts;
    for (int i = 0; i < 10; ++i) {
        units.push_back({a[i], b[i]});
        counts.both += a[i] && b[i];
        counts.onlyA += a[i] && !b[i];
        counts.onlyB += !a[i] && b[i];
        counts.neither += !a[i] && !b[i];
    }
    const Coincidences o = coincidencesOf(units, 2);
    EXPECT_DOUBLE_EQ(o[0][0], 10);
    EXPECT_DOUBLE_EQ(o[0][1], 4);
    EXPECT_DOUBLE_EQ(o[1][0], 4);
    EXPECT_DOUBLE_EQ(o[1][1], 2);
    EXPECT_NEAR(*nominalAlpha(o), 0.095, 0.0005);
    // The character-level alpha is the same computation on the 2×2 table.
    EXPECT_EQ(coincidencesOf(counts), o);
    EXPECT_NEAR(*krippendorffAlpha(counts), 1 - 19.0 * 4 / (14 * 6), 1e-12);
}

// Krippendorff 2011, B: nominal data, two observers, no missing data, twelve units (values a..e) → α = 0.692.
TEST(Agreement, KrippendorffNominalTwoObservers) {
    // a a b b d c c c e d d a / b a b b b c c c e d d d, values a..e as 0..4.
    const int first[] = {0, 0, 1, 1, 3, 2, 2, 2, 4, 3, 3, 0};
    const int second[] = {1, 0, 1, 1, 1, 2, 2, 2, 4, 3, 3, 3};
    std::vector<std::vector<std::optional<int>>> units;
    for (int i = 0; i < 12; ++i)
        units.push_back({first[i], second[i]});
    EXPECT_NEAR(*nominalAlpha(coincidencesOf(units, 5)), 0.692, 0.0005);
}

// Krippendorff 2011, C: nominal data, four observers, missing data, twelve units (values 1..5) → α = 0.743.
TEST(Agreement, KrippendorffNominalMissingData) {
    const std::optional<int> _;
    const std::vector<std::vector<std::optional<int>>> byObserver = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
    };
    std::vector<std::vector<std::optional<int>>> units(12);
    for (const auto& observer : byObserver)
        for (std::size_t u = 0; u < 12; ++u)
            units[u].push_back(observer[u]);
    const Coincidences o = coincidencesOf(units, 6);
    // Unit 12 (one value) is not pairable: n = 40 pairable values.
    double n = 0;
    for (const auto& row : o)
        for (double value : row)
            n += value;
    EXPECT_NEAR(n, 40, 1e-9);
    EXPECT_NEAR(*nominalAlpha(o), 0.743, 0.0005);
}

TEST(Agreement, NobodyCoded) {
    const CharacterCounts counts{0, 0, 0, 500};
    EXPECT_DOUBLE_EQ(*percentAgreement(counts), 1.0);
    EXPECT_DOUBLE_EQ(*cohensKappa(counts), 1.0);
    EXPECT_FALSE(krippendorffAlpha(counts));  // no variation: undefined
    EXPECT_FALSE(codedOverlap(counts));
}

TEST(Agreement, BothCodedEverything) {
    const CharacterCounts counts{500, 0, 0, 0};
    EXPECT_DOUBLE_EQ(*percentAgreement(counts), 1.0);
    EXPECT_DOUBLE_EQ(*cohensKappa(counts), 1.0);
    EXPECT_FALSE(krippendorffAlpha(counts));
    EXPECT_DOUBLE_EQ(*codedOverlap(counts), 1.0);
}

TEST(Agreement, OneCoderOnly) {
    const CharacterCounts counts{0, 200, 0, 800};
    EXPECT_DOUBLE_EQ(*percentAgreement(counts), 0.8);
    EXPECT_DOUBLE_EQ(*cohensKappa(counts), 0.0);  // Pe = 0.8 = Po
    EXPECT_LT(*krippendorffAlpha(counts), 0.0);
    EXPECT_DOUBLE_EQ(*codedOverlap(counts), 0.0);
}

TEST(Agreement, NoCharacters) {
    const CharacterCounts counts;
    EXPECT_FALSE(percentAgreement(counts));
    EXPECT_FALSE(cohensKappa(counts));
    EXPECT_FALSE(krippendorffAlpha(counts));
}

CodedPassage passage(const std::string& coder, const std::string& anchor, std::vector<std::string> themes,
                     std::size_t start, std::size_t end) {
    CodedPassage p;
    p.coder = coder;
    p.transcript = "t.odt";
    p.anchor = anchor;
    p.themeIds = std::move(themes);
    p.start = start;
    p.end = end;
    p.text = anchor + " text";
    return p;
}

// The NVivo example as passages: A codes [0, 150), B codes [100, 200) in a 1000-character transcript.
TEST(Agreement, ComputedFromPassages) {
    AgreementText text{"t.odt",
                       1000,
                       {passage("A", "a1", {"th"}, 0, 100), passage("A", "a2", {"th"}, 90, 150),
                        passage("B", "b1", {"th"}, 100, 200), passage("C", "c1", {"th"}, 0, 1000)}};
    const Agreement agreement = computeAgreement({text}, AgreementRequest{"A", "B", {"th"}, 0.8});
    ASSERT_EQ(agreement.themes.size(), 1u);
    const CharacterCounts& counts = agreement.themes[0].pooled.characters;
    EXPECT_EQ(counts.both, 50u);
    EXPECT_EQ(counts.onlyA, 100u);
    EXPECT_EQ(counts.onlyB, 50u);
    EXPECT_EQ(counts.neither, 800u);
    EXPECT_NEAR(*cohensKappa(counts), 0.318, 0.0005);
    EXPECT_EQ(agreement.overall.characters.total(), 1000u);
}

TEST(Agreement, PooledOverTranscriptsAndThemes) {
    AgreementText one{"1.odt", 100, {passage("A", "a", {"x"}, 0, 10), passage("B", "b", {"x"}, 0, 10)}};
    AgreementText two{"2.odt", 300, {passage("A", "a", {"x", "y"}, 0, 30), passage("B", "b", {"y"}, 10, 30)}};
    const Agreement agreement = computeAgreement({one, two}, AgreementRequest{"A", "B", {"x", "y"}, 0.8});
    const CharacterCounts& x = agreement.themes[0].pooled.characters;
    EXPECT_EQ(x.both, 10u);
    EXPECT_EQ(x.onlyA, 30u);
    EXPECT_EQ(x.onlyB, 0u);
    EXPECT_EQ(x.neither, 360u);
    EXPECT_EQ(agreement.themes[0].perTranscript[1].characters.onlyA, 30u);
    const CharacterCounts& y = agreement.themes[1].pooled.characters;
    EXPECT_EQ(y.both, 20u);
    EXPECT_EQ(y.onlyA, 10u);
    EXPECT_EQ(agreement.overall.characters.total(), 800u);  // (100 + 300) characters × 2 themes
    EXPECT_EQ(agreement.overall.characters.both, 30u);
}

TEST(Agreement, PassageLevelWithMinimumOverlap) {
    // a1/b1 share 90 of 100: matched. a2/b2 share 70 of 100: not at 80 %, matched at 70 %. a3/b3: other themes.
    AgreementText text{"t.odt",
                       2000,
                       {passage("A", "a1", {"x"}, 0, 100), passage("B", "b1", {"x"}, 10, 100),
                        passage("A", "a2", {"x"}, 200, 300), passage("B", "b2", {"x"}, 230, 330),
                        passage("A", "a3", {"x", "y"}, 500, 600), passage("B", "b3", {"x"}, 500, 600),
                        passage("B", "b4", {"y"}, 900, 950)}};
    const Agreement strict = computeAgreement({text}, AgreementRequest{"A", "B", {"x", "y"}, 0.8});
    EXPECT_EQ(strict.overall.passages.passagesA, 3);
    EXPECT_EQ(strict.overall.passages.passagesB, 4);
    EXPECT_EQ(strict.overall.passages.matchedA, 1);
    EXPECT_EQ(strict.overall.passages.matchedB, 1);
    EXPECT_NEAR(*passageAgreement(strict.overall.passages), 2.0 / 7.0, 1e-12);
    // Per theme: x has a1~b1 and a3~b3.
    EXPECT_EQ(strict.themes[0].pooled.passages.matchedA, 2);
    EXPECT_EQ(strict.themes[0].pooled.passages.matchedB, 2);
    // Disagreements: a2 (with b2), a3 (with b3), b4 alone; b2 and b3 are already shown with their partners.
    ASSERT_EQ(strict.disagreements.size(), 3u);
    EXPECT_EQ(strict.disagreements[0].passageA->anchor, "a2");
    EXPECT_EQ(strict.disagreements[0].passageB->anchor, "b2");
    EXPECT_EQ(strict.disagreements[1].themesA, (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(strict.disagreements[1].themesB, (std::vector<std::string>{"x"}));
    EXPECT_FALSE(strict.disagreements[2].passageA);
    EXPECT_EQ(strict.disagreements[2].passageB->anchor, "b4");
    EXPECT_TRUE(strict.disagreements[2].themesA.empty());

    const Agreement lenient = computeAgreement({text}, AgreementRequest{"A", "B", {"x", "y"}, 0.7});
    EXPECT_EQ(lenient.overall.passages.matchedA, 2);
    EXPECT_EQ(lenient.disagreements.size(), 2u);
}

TEST(Agreement, ThemesNotChosenAreLeftOut) {
    AgreementText text{"t.odt", 100, {passage("A", "a", {"x", "z"}, 0, 10), passage("B", "b", {"x"}, 0, 10)}};
    const Agreement agreement = computeAgreement({text}, AgreementRequest{"A", "B", {"x"}, 0.8});
    EXPECT_EQ(agreement.overall.passages.matchedA, 1);
    EXPECT_TRUE(agreement.disagreements.empty());
}

TEST(Agreement, Refusals) {
    AgreementText both{"1.odt", 100, {passage("A", "a", {"x"}, 0, 10), passage("B", "b", {"x"}, 0, 10)}};
    AgreementText onlyA{"2.odt", 100, {passage("A", "a", {"x"}, 0, 10)}};
    AgreementText onlyB{"3.odt", 100, {passage("B", "b", {"x"}, 0, 10)}};
    const auto key = [](const std::vector<AgreementText>& texts, const AgreementRequest& request) {
        try {
            requireComparable(texts, request);
        } catch (const Error& error) {
            return error.key();
        }
        return std::string();
    };
    EXPECT_EQ(key({both}, {"A", "A", {"x"}, 0.8}), "agreement.two_coders");
    EXPECT_EQ(key({both}, {"A", "", {"x"}, 0.8}), "agreement.two_coders");
    EXPECT_EQ(key({onlyA}, {"A", "B", {"x"}, 0.8}), "agreement.no_passages");
    EXPECT_EQ(key({onlyA, onlyB}, {"A", "B", {"x"}, 0.8}), "agreement.no_common");
    EXPECT_EQ(key({both}, {"A", "B", {"x"}, 0.0}), "agreement.min_overlap");
    EXPECT_EQ(key({both}, {"A", "B", {"x"}, 1.5}), "agreement.min_overlap");
    EXPECT_EQ(key({both, onlyA}, {"A", "B", {"x"}, 0.8}), "");
    EXPECT_EQ(commonTranscripts({both, onlyA, onlyB}, "A", "B"), (std::vector<std::string>{"1.odt"}));
    EXPECT_EQ(codersOf({onlyB, onlyA}), (std::vector<std::string>{"B", "A"}));
}

TEST(Agreement, SharedShareIsOfTheLongerPassage) {
    EXPECT_DOUBLE_EQ(sharedShare(0, 100, 0, 80), 0.8);
    EXPECT_DOUBLE_EQ(sharedShare(0, 80, 0, 100), 0.8);
    EXPECT_DOUBLE_EQ(sharedShare(0, 10, 10, 20), 0.0);
}

// The units are the code points of the text the export writes: an emoji is one character, though LibreOffice counts
// it as two UTF-16 units; the copies of one interview are one text.
TEST(Agreement, UnitsAreTheExportedTextsCodePoints) {
    Project project;
    project.themes.push_back(Theme{"th-x", "Logement", "", "", ""});
    refi::TranscriptText original;
    original.key = "t.odt";
    original.text = "\xF0\x9F\x98\x80 ab\ncd";     // 😀 a b LF c d: 7 code points, 8 UTF-16 units
    original.spans = {AnchorSpan{"ETS_a", 3, 5}};  // "ab" in UTF-16 units
    original.records = {TagRecord{"ETS_a", {ThemeRef{"th-x", "Logement"}}, "", "Anne", "2026-01-01"}};
    refi::TranscriptText copy = original;
    copy.key = "t (Bruno).odt";
    copy.spans = {AnchorSpan{"ETS_b", 2, 8}};  // " ab\ncd"
    copy.records = {TagRecord{"ETS_b", {ThemeRef{"other-id", "Logement"}}, "", "Bruno", "2026-01-02"}};

    const std::vector<AgreementText> texts = refi::agreementTexts(project, {{"iv-1", original}, {"iv-1", copy}});
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_EQ(texts[0].key, "t.odt");
    EXPECT_EQ(texts[0].length, 7u);
    ASSERT_EQ(texts[0].passages.size(), 2u);
    EXPECT_EQ(texts[0].passages[0].start, 2u);
    EXPECT_EQ(texts[0].passages[0].end, 4u);
    EXPECT_EQ(texts[0].passages[0].text, "ab");
    EXPECT_EQ(texts[0].passages[1].transcript, "t (Bruno).odt");
    EXPECT_EQ(texts[0].passages[1].themeIds, (std::vector<std::string>{"th-x"}));  // matched by name

    const AgreementRequest request{"Anne", "Bruno", {"th-x"}, 0.8};
    const Agreement agreement = computeAgreement(texts, request);
    EXPECT_EQ(agreement.overall.characters.both, 2u);
    EXPECT_EQ(agreement.overall.characters.onlyB, 4u);
    EXPECT_EQ(agreement.overall.characters.neither, 1u);

    const nlohmann::json json = nlohmann::json::parse(agreementJson(agreement, request, project));
    EXPECT_EQ(json["coders"], nlohmann::json({"Anne", "Bruno"}));
    EXPECT_EQ(json["overall"]["both"], 2);
    EXPECT_EQ(json["themes"][0]["theme"], "Logement");
    EXPECT_EQ(json["themes"][0]["transcripts"][0]["transcript"], "t.odt");
    EXPECT_NEAR(json["overall"]["percent"].get<double>(), 3.0 / 7.0, 1e-12);
    ASSERT_EQ(json["disagreements"].size(), 1u);
    EXPECT_EQ(json["disagreements"][0]["anchorB"], "ETS_b");

    // Once Bruno's passage is merged into the transcript (MergeCoding), it counts once, not twice.
    refi::TranscriptText merged = original;
    merged.spans.push_back(AnchorSpan{"ETS_c", 2, 8});
    merged.records.push_back(TagRecord{"ETS_c", {ThemeRef{"th-x", "Logement"}}, "", "Bruno", "2026-01-03"});
    EXPECT_EQ(refi::agreementTexts(project, {{"iv-1", merged}, {"iv-1", copy}})[0].passages.size(), 2u);

    refi::TranscriptText changed = copy;
    changed.text = "\xF0\x9F\x98\x80 ab\nce";
    try {
        refi::agreementTexts(project, {{"iv-1", original}, {"iv-1", changed}});
        FAIL() << "texts that differ are compared";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "agreement.texts_differ");
        EXPECT_EQ(error.args()[2], "2");
    }

    // The copy Bruno edited, once merged into the transcript, is left out (named), never a refusal: his passages are
    // counted where the merge found them again.
    std::vector<std::string> leftOut;
    const std::vector<AgreementText> afterMerge =
        refi::agreementTexts(project, {{"iv-1", merged}, {"iv-1", changed}}, &leftOut);
    ASSERT_EQ(afterMerge.size(), 1u);
    EXPECT_EQ(afterMerge[0].passages.size(), 2u);
    EXPECT_EQ(leftOut, (std::vector<std::string>{"t (Bruno).odt"}));
}

TEST(Agreement, SheetSaysFiguresArePooledOverCharacters) {
    Project project;
    project.themes.push_back(Theme{"th-x", "Logement", "", "", ""});
    AgreementText text{"t.odt", 1000, {passage("A", "a1", {"th-x"}, 0, 150), passage("B", "b1", {"th-x"}, 100, 200)}};
    const AgreementRequest request{"A", "B", {"th-x"}, 0.8};
    const Agreement agreement = computeAgreement({text}, request);
    const Catalogue texts = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const SheetBlock themes = agreementThemesBlock(agreement, request, project, texts);
    EXPECT_EQ(themes.sheetName, "Accord");
    EXPECT_NE(themes.rows[0][0].text.find("cumulés sur les caractères"), std::string::npos);
    ASSERT_EQ(themes.rows.size(), 4u);  // note, header, one theme, overall
    EXPECT_EQ(themes.rows[2][0].text, "Logement");
    EXPECT_DOUBLE_EQ(themes.rows[2][1].number, 1000);
    EXPECT_DOUBLE_EQ(themes.rows[2][6].number, 0.85);
    EXPECT_NEAR(themes.rows[2][7].number, 0.318, 0.0005);
    const SheetBlock rows = disagreementsBlock(agreement, request, project, texts, "/p");
    ASSERT_EQ(rows.rows.size(), 3u);
    EXPECT_EQ(rows.rows[2][4].kind, SheetCell::Kind::Link);
    EXPECT_EQ(rows.rows[2][4].path, "/p/t.odt");
    EXPECT_EQ(rows.rows[2][5].anchor, "b1");
    // French numbers: a decimal comma, a no-break space before « % ».
    const std::string message = agreementMessage(agreement, request, "Accord", texts);
    EXPECT_NE(message.find("0,318"), std::string::npos) << message;
    EXPECT_NE(message.find("85\u00a0%"), std::string::npos) << message;
    EXPECT_NE(themes.rows[0][0].text.find("80\u00a0%"), std::string::npos) << themes.rows[0][0].text;
}

TEST(Agreement, PlanFromArgumentsAndIndex) {
    const std::filesystem::path folder = uniqueTempFolder("ets-agreement-plan");
    std::filesystem::create_directories(folder / "transcripts");
    std::ofstream(folder / "transcripts" / "a.odt") << "x";
    std::ofstream(folder / "transcripts" / "a (Bruno).odt") << "x";
    std::ofstream(folder / "transcripts" / "elsewhere.odt") << "x";
    Project project;
    project.themes = {Theme{"th-x", "Logement", "", "", ""}, Theme{"th-y", "Santé", "", "", ""}};
    Interview interview;
    interview.id = "iv-1";
    interview.transcript = "transcripts/a.odt";
    project.interviews.push_back(interview);
    const auto indexed = [&](const std::string& transcript, const std::string& coder) {
        Passage passage;
        passage.transcript = transcript;
        passage.coder = coder;
        passage.anchor = "ETS_" + coder;
        project.passages.push_back(passage);
    };
    indexed("transcripts/a.odt", "Anne");
    indexed("transcripts/b.odt", "Carla");

    const auto key = [&](const std::function<void()>& call) {
        try {
            call();
        } catch (const Error& error) {
            return error.key();
        }
        return std::string();
    };
    EXPECT_EQ(key([&] { planAgreement(project, folder, "", "", "", std::nullopt, "Anne"); }), "");
    indexed("transcripts/b.odt", "Bruno");
    AgreementPlan plan = planAgreement(project, folder, "", "", "", std::nullopt, "Bruno");
    EXPECT_EQ(plan.request.coderA, "Bruno");
    EXPECT_EQ(plan.request.coderB, "Anne");
    EXPECT_EQ(plan.request.themeIds, (std::vector<std::string>{"th-x", "th-y"}));
    EXPECT_DOUBLE_EQ(plan.request.minOverlap, 0.8);
    // The interview's own transcript first, then the others, then the copy found beside it.
    EXPECT_EQ(plan.transcripts,
              (std::vector<std::string>{"transcripts/a.odt", "transcripts/b.odt", "transcripts/a (Bruno).odt"}));
    EXPECT_FALSE(plan.chosenTranscripts);

    plan = planAgreement(project, folder, "Anne;Carla", "b.odt; transcripts/elsewhere.odt", "Santé", 75.0, "Anne");
    EXPECT_EQ(plan.transcripts, (std::vector<std::string>{"transcripts/b.odt", "transcripts/elsewhere.odt"}));
    EXPECT_EQ(plan.request.themeIds, (std::vector<std::string>{"th-y"}));
    EXPECT_DOUBLE_EQ(plan.request.minOverlap, 0.75);
    EXPECT_TRUE(plan.chosenTranscripts);

    // Without an interview naming it, the original still comes before its copy.
    Project unnamed = project;
    unnamed.interviews.clear();
    plan = planAgreement(unnamed, folder, "", "", "", std::nullopt, "Bruno");
    EXPECT_EQ(plan.transcripts,
              (std::vector<std::string>{"transcripts/a.odt", "transcripts/b.odt", "transcripts/a (Bruno).odt"}));
    indexed("transcripts/a (Bruno).odt", "Bruno");
    unnamed.passages = project.passages;
    plan = planAgreement(unnamed, folder, "", "", "", std::nullopt, "Bruno");
    EXPECT_EQ(plan.transcripts,
              (std::vector<std::string>{"transcripts/a.odt", "transcripts/b.odt", "transcripts/a (Bruno).odt"}));

    EXPECT_EQ(key([&] { planAgreement(project, folder, "Anne", "", "", std::nullopt, ""); }), "agreement.two_coders");
    EXPECT_EQ(key([&] { planAgreement(project, folder, "Anne;B", "nowhere.odt", "", std::nullopt, ""); }),
              "agreement.unknown_transcript");
    EXPECT_EQ(key([&] { planAgreement(project, folder, "Anne;B", "", "Inconnu", std::nullopt, ""); }), "theme.unknown");
    EXPECT_EQ(key([&] { planAgreement(project, folder, "Anne;B", "", "", 0.0, ""); }), "agreement.min_overlap");
    try {  // the refusal names the number as given, not as a share of it
        planAgreement(project, folder, "Anne;B", "", "", 150.0, "");
        ADD_FAILURE() << "150 % accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.args().at(0), "150");
    }
    Project alone = project;
    alone.passages.resize(1);
    EXPECT_EQ(key([&] { planAgreement(alone, folder, "", "", "", std::nullopt, ""); }), "agreement.one_coder");
    std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace ets
