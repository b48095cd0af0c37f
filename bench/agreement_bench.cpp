// Agreement figures of issue 14 (prints, judges nothing): 20 transcripts of 20,000 words, two coders with 2,000
// passages each, 40 themes. Times the core from the transcripts' texts and tags (as the Writer side reads them) to the
// figures: units (code points of the exported text), statistics, the three blocks of the sheet and the JSON.
// Target: ≤ 1 s. Also run with 2,000 passages per coder in every transcript (40,000 each) to show how it scales.
//
//   build/bench/ets_bench_agreement                 the core figures
//   build/bench/ets_bench_agreement --write F.qdpx  also leaves the 2,000-passage project in F.qdpx, each passage a
//                                                   selection by its coder (for agreement_bench.py)

#include "core/analysis/agreement_sheet.hpp"
#include "core/refi/agreement_units.hpp"
#include "core/refi/exchange_files.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace ets;

namespace {

constexpr int kTranscripts = 20;
constexpr int kWordsEach = 20000;
constexpr int kThemes = 40;
constexpr int kRuns = 5;

const char* const kWords[] = {"le",
                              "la",
                              "les",
                              "un",
                              "une",
                              "des",
                              "et",
                              "\xC3\xA0",
                              "pour",
                              "avec",
                              "maison",
                              "m\xC3\xA9"
                              "dicale",
                              "travailleur",
                              "social",
                              "logement",
                              "pr\xC3\xA9"
                              "carit\xC3\xA9",
                              "quartier",
                              "accueil",
                              "r\xC3\xA9seau",
                              "jeunes",
                              "aide",
                              "famille",
                              "droits",
                              "\xC5\x93uvre"};

struct Corpus {
    Project project;
    std::vector<refi::CodedDocument> documents;
    std::size_t characters = 0;
};

Corpus makeCorpus(int passagesPerCoder, unsigned seed) {
    std::mt19937 random(seed);
    Corpus corpus;
    for (int i = 0; i < kThemes; ++i)
        corpus.project.themes.push_back(Theme{"th-" + std::to_string(i), "Thème " + std::to_string(i), "", "", ""});
    const int perTranscript = passagesPerCoder / kTranscripts;
    for (int t = 0; t < kTranscripts; ++t) {
        refi::TranscriptText transcript;
        transcript.key = "transcripts/t" + std::to_string(t) + ".odt";
        std::size_t units = 0;  // UTF-16 units (every word here is in the BMP)
        for (int w = 0; w < kWordsEach; ++w) {
            const char* word = kWords[random() % (sizeof kWords / sizeof *kWords)];
            transcript.text += word;
            for (const char* c = word; *c; ++c)
                units += (static_cast<unsigned char>(*c) & 0xC0) != 0x80;
            transcript.text += (w % 120 == 119) ? '\n' : ' ';
            ++units;
        }
        corpus.characters += units;
        const auto themesOf = [&](std::mt19937& r) {
            std::vector<ThemeRef> themes;
            const int count = 1 + static_cast<int>(r() % 3);
            for (int k = 0; k < count; ++k) {
                const int theme = static_cast<int>(r() % kThemes);
                themes.push_back(ThemeRef{"th-" + std::to_string(theme), "Thème " + std::to_string(theme)});
            }
            return themes;
        };
        for (int p = 0; p < perTranscript; ++p) {
            const std::size_t start = random() % (units - 2000);
            const std::size_t end = start + 50 + random() % 1500;
            const std::string a = "ETS_a" + std::to_string(t) + "_" + std::to_string(p);
            const std::string b = "ETS_b" + std::to_string(t) + "_" + std::to_string(p);
            std::vector<ThemeRef> themes = themesOf(random);
            transcript.spans.push_back(AnchorSpan{a, start, end});
            transcript.records.push_back(TagRecord{a, themes, "", "Anne", "2026-11-20"});
            // Bruno codes most of the same passages, a little wider or narrower, sometimes with other themes.
            std::size_t bStart = start;
            std::size_t bEnd = end;
            if (random() % 10 < 7) {
                bStart = start + random() % 40;
                bEnd = end - random() % 40;
                if (random() % 4 == 0)
                    themes = themesOf(random);
            } else {
                bStart = random() % (units - 2000);
                bEnd = bStart + 50 + random() % 1500;
                themes = themesOf(random);
            }
            transcript.spans.push_back(AnchorSpan{b, bStart, bEnd});
            transcript.records.push_back(TagRecord{b, themes, "", "Bruno", "2026-11-21"});
        }
        corpus.documents.push_back(refi::CodedDocument{"iv-" + std::to_string(t), std::move(transcript)});
    }
    return corpus;
}

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

void run(int passagesPerCoder) {
    const Corpus corpus = makeCorpus(passagesPerCoder, 14);
    const Catalogue texts;
    std::vector<double> units, figures, sheet;
    Agreement result;
    AgreementPlan plan;
    for (int run = 0; run < kRuns; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        plan = AgreementPlan{};
        plan.request.coderA = "Anne";
        plan.request.coderB = "Bruno";
        for (const Theme& theme : corpus.project.themes)
            plan.request.themeIds.push_back(theme.id);
        const std::vector<AgreementText> compared =
            comparedTexts(refi::agreementTexts(corpus.project, corpus.documents), plan);
        const auto t1 = std::chrono::steady_clock::now();
        result = computeAgreement(compared, plan.request);
        const auto t2 = std::chrono::steady_clock::now();
        const SheetBlock a = agreementThemesBlock(result, plan.request, corpus.project, texts);
        const SheetBlock b = agreementTranscriptsBlock(result, plan.request, corpus.project, texts);
        const SheetBlock c = disagreementsBlock(result, plan.request, corpus.project, texts, "/p");
        const std::string json = agreementJson(result, plan.request, corpus.project);
        const auto t3 = std::chrono::steady_clock::now();
        if (a.rows.empty() || b.rows.empty() || c.rows.empty() || json.empty())
            std::printf("nothing made\n");
        units.push_back(seconds(t1 - t0));
        figures.push_back(seconds(t2 - t1));
        sheet.push_back(seconds(t3 - t2));
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double total = median(units) + median(figures) + median(sheet);
    std::printf("%d transcripts x %d words (%zu characters), 2 coders x %d passages, %d themes (median of %d runs)\n",
                kTranscripts, kWordsEach, corpus.characters, passagesPerCoder, kThemes, kRuns);
    std::printf("  units (texts in code points, passages placed)  %8.1f ms\n", median(units) * 1000);
    std::printf("  statistics (per theme x transcript, passages)  %8.1f ms\n", median(figures) * 1000);
    std::printf("  sheet blocks and JSON                          %8.1f ms\n", median(sheet) * 1000);
    std::printf("  core in all                                    %8.1f ms   (target <= 1000 ms)\n", total * 1000);
    std::printf(
        "  overall: percent %.4f, kappa %.4f, alpha %.4f, overlap %.4f, passages %.4f, %zu disagreements\n",
        percentAgreement(result.overall.characters).value_or(-1), cohensKappa(result.overall.characters).value_or(-1),
        krippendorffAlpha(result.overall.characters).value_or(-1), codedOverlap(result.overall.characters).value_or(-1),
        passageAgreement(result.overall.passages).value_or(-1), result.disagreements.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--write") == 0) {
        const Corpus corpus = makeCorpus(2000, 14);
        std::vector<refi::TranscriptText> transcripts;
        for (const refi::CodedDocument& document : corpus.documents)
            transcripts.push_back(document.transcript);
        refi::writeQdpxFile(argv[2], refi::exportProject(corpus.project, transcripts, "ets_bench_agreement"));
    }
    run(2000);
    run(2000 * kTranscripts);
    return 0;
}
