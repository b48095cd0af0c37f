// Merge figures of issue 14 in the core (prints, judges nothing): a second coder's 20 transcripts of 20,000 words with
// 2,000 passages merged into ours (ours edited in 60 places: each passage found again by aligning the texts, tagged,
// indexed), then merged again (nothing new), beside importing the same 20 transcripts with their passages
// (refi::importTranscript: text written, passages tagged, indexed), all on in-memory transcripts, side by side.
//
//   build/bench/ets_bench_merge

#include "core/coding/codebook.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/coding/text_alignment.hpp"
#include "core/refi/import_transcript.hpp"
#include "core/refi/merge_coding.hpp"
#include "core/refi/text_positions.hpp"

#include <chrono>
#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace ets;

namespace {

constexpr int kTranscripts = 20;
constexpr int kParagraphs = 150;
constexpr int kWordsPerParagraph = 133;  // 20,000 words a transcript
constexpr int kPassagesEach = 100;
constexpr int kEdits = 60;
constexpr int kThemes = 40;

const char* const kWords[] = {"le", "la", "les", "des", "une", "un", "on", "nous", "elles", "quartier", "loyer",
                              "école", "santé", "famille", "travail", "droits", "aide", "CPAS", "guichet", "confiance",
                              "jeunes", "parents", "logement", "précarité", "service", "bénévoles", "réseau", "temps",
                              "accueil", "public", "demande", "formation", "emploi", "numérique", "dossier", "rendez-vous",
                              "mois", "année", "toujours", "jamais", "beaucoup", "vraiment", "parce", "que", "qui", "mais"};

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

struct Generated {
    std::string theirText;  // the second coder's copy
    std::vector<IncomingPassage> passages;
    std::string ourText;  // ours, edited since
};

Generated generate(std::mt19937& random, int index) {
    Generated g;
    std::vector<std::string> paragraphs;
    for (int p = 0; p < kParagraphs; ++p) {
        std::string paragraph = (p % 2 ? "Coordinatrice : " : "Intervieweur : ") + std::to_string(index * 1000 + p) + " ";
        for (int w = 0; w < kWordsPerParagraph; ++w)
            paragraph += std::string(kWords[random() % (sizeof kWords / sizeof *kWords)]) + (w % 12 == 11 ? ". " : " ");
        paragraphs.push_back(paragraph);
    }
    std::vector<std::size_t> starts;
    for (const std::string& paragraph : paragraphs) {
        starts.push_back(codePointsOf(g.theirText).size() + (g.theirText.empty() ? 0 : 1));
        g.theirText += (g.theirText.empty() ? "" : "\n") + paragraph;
    }
    for (int k = 0; k < kPassagesEach; ++k) {
        const std::size_t start = starts[static_cast<std::size_t>(k) % starts.size()] + 30 + random() % 200;
        IncomingPassage passage;
        passage.start = start;
        passage.end = start + 40 + random() % 300;
        passage.themes = {ThemeRef{"", "Thème " + std::to_string(random() % kThemes)}};
        passage.coder = "Yasmine B.";
        passage.created = "2026-11-20";
        g.passages.push_back(passage);
    }
    // Ours: words typed in some paragraphs, words deleted in others.
    for (int e = 0; e < kEdits; ++e) {
        std::string& paragraph = paragraphs[random() % paragraphs.size()];
        const std::size_t at = paragraph.find(' ', 20 + random() % (paragraph.size() - 40));
        if (e % 2)
            paragraph.insert(at, " (rire)");
        else
            paragraph.erase(at, paragraph.find(' ', at + 1) - at);
    }
    for (const std::string& paragraph : paragraphs)
        g.ourText += (g.ourText.empty() ? "" : "\n") + paragraph;
    return g;
}

}  // namespace

int main() {
    std::mt19937 random(14);
    Project base;
    for (int t = 0; t < kThemes; ++t)
        addTheme(base, "Thème " + std::to_string(t));
    std::vector<Generated> transcripts;
    for (int i = 0; i < kTranscripts; ++i)
        transcripts.push_back(generate(random, i));

    // Importing the second coder's transcripts: text written, passages tagged and checked, indexed.
    std::vector<refi::PlannedTranscript> plans;
    for (int i = 0; i < kTranscripts; ++i) {
        refi::PlannedTranscript planned;
        planned.source = "entretien-" + std::to_string(i);
        planned.text = transcripts[static_cast<std::size_t>(i)].theirText;
        const refi::TextPositions positions(planned.text);
        for (const IncomingPassage& passage : transcripts[static_cast<std::size_t>(i)].passages) {
            refi::PlannedPassage p;
            p.start = passage.start;
            p.end = passage.end;
            p.themes = {passage.themes[0].name};
            p.coder = passage.coder;
            p.text = positions.slice(passage.start, passage.end);
            planned.passages.push_back(p);
        }
        plans.push_back(std::move(planned));
    }
    Project imported = base;
    std::vector<std::unique_ptr<MemoryTranscript>> importedDocs;
    auto start = std::chrono::steady_clock::now();
    for (const refi::PlannedTranscript& planned : plans) {
        importedDocs.push_back(std::make_unique<MemoryTranscript>());
        refi::importTranscript(imported, *importedDocs.back(), planned, "transcripts/" + planned.source + ".odt", "",
                               "Thèmes");
    }
    const double importMs = msSince(start);

    // Merging them into ours (edited since): aligned, found again, tagged, indexed.
    Project project = base;
    std::vector<std::unique_ptr<MemoryTranscript>> ours;
    for (int i = 0; i < kTranscripts; ++i)
        ours.push_back(std::make_unique<MemoryTranscript>(transcripts[static_cast<std::size_t>(i)].ourText));
    int added = 0, notFound = 0, present = 0;
    const auto mergeAll = [&](bool carryOut) {
        for (int i = 0; i < kTranscripts; ++i) {
            const Generated& g = transcripts[static_cast<std::size_t>(i)];
            MemoryTranscript& doc = *ours[static_cast<std::size_t>(i)];
            const IncomingTranscript incoming{"copie", "", g.theirText, g.passages};
            const MergePlan plan =
                planMerge(project, doc.plainText(), doc.records(), "", "entretien", incoming, "");
            for (const CoderMerge& merge : plan.coders) {
                added += merge.added;
                present += merge.present;
                notFound += static_cast<int>(merge.notFound.size());
            }
            if (carryOut)
                carryOutMerge(project, "transcripts/entretien-" + std::to_string(i) + ".odt", doc, plan, "Thèmes");
        }
    };
    start = std::chrono::steady_clock::now();
    mergeAll(true);
    const double mergeMs = msSince(start);
    const int firstAdded = added, firstNotFound = notFound;
    added = notFound = present = 0;
    start = std::chrono::steady_clock::now();
    mergeAll(false);
    const double againMs = msSince(start);

    std::printf("Merge in the core: %d transcripts of %d words, %d passages of a second coder, ours edited in %d places\n",
                kTranscripts, kParagraphs * kWordsPerParagraph, kTranscripts * kPassagesEach, kTranscripts * kEdits);
    std::printf("  import of the same transcripts (refi::importTranscript)  %8.1f ms\n", importMs);
    std::printf("  merge (align, find, tag, index): %d added, %d not found  %8.1f ms   ratio to import %.2f\n",
                firstAdded, firstNotFound, mergeMs, mergeMs / importMs);
    std::printf("  merge again (nothing new): %d present, %d added         %8.1f ms   ratio to import %.2f\n", present,
                added, againMs, againMs / importMs);
    return 0;
}
