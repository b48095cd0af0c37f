// Merging another coder's passages (vnd.ets:MergeCoding): the alignment of two versions of a text, passages found
// again on the same words after edits before, inside and after them, never doubled, merging twice changing nothing,
// passages whose text is gone listed, and another interview's copy refused.

#include "core/coding/codebook.hpp"
#include "core/coding/memory_transcript.hpp"
#include "core/refi/merge_coding.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/text_alignment.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <random>

namespace ets {
namespace {

// The text the passage [start, end) of `from` becomes in `to`, through the alignment; "<none>" when not found.
std::string mapped(const std::string& from, const std::string& to, const std::string& words) {
    const TextAlignment alignment(from, to);
    const std::size_t byte = from.find(words);
    const std::size_t start = codePointsOf(from.substr(0, byte)).size();
    const std::size_t end = start + codePointsOf(words).size();
    const auto found = alignment.find(start, end);
    if (!found)
        return "<none>";
    const std::u32string text = codePointsOf(to);
    std::string out;
    for (std::size_t i = found->start; i < found->end; ++i) {
        const char32_t c = text[i];
        if (c < 0x80)
            out += static_cast<char>(c);
        else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

const std::string kText =
    "Les loyers explosent dans le quartier.\nOn ne trouve plus rien sous 900 euros.\n"
    "Les familles quittent Bruxelles, et l’école perd ses élèves.\nLa maison médicale voit arriver des gens épuisés.";

TEST(TextAlignment, IdenticalTextsMatchWhole) {
    const TextAlignment alignment(kText, kText);
    ASSERT_EQ(alignment.blocks().size(), 1u);
    EXPECT_EQ(alignment.matched(), codePointsOf(kText).size());
    EXPECT_EQ(mapped(kText, kText, "quittent Bruxelles"), "quittent Bruxelles");
}

TEST(TextAlignment, EditsBeforeAPassageShiftIt) {
    std::string edited = kText;
    edited.insert(0, "Entretien du 12 novembre.\n");
    edited.replace(edited.find("900 euros"), 9, "mille euros par mois");
    EXPECT_EQ(mapped(kText, edited, "Les familles quittent Bruxelles"), "Les familles quittent Bruxelles");
    EXPECT_EQ(mapped(kText, edited, "des gens épuisés"), "des gens épuisés");
    std::string shorter = kText;
    shorter.erase(0, shorter.find('\n') + 1);  // the first line deleted
    EXPECT_EQ(mapped(kText, shorter, "l’école perd ses élèves"), "l’école perd ses élèves");
}

TEST(TextAlignment, EditsInsideAPassageKeepItsEnds) {
    std::string edited = kText;
    edited.replace(edited.find("quittent"), 8, "quittent vraiment");  // a word inserted inside
    EXPECT_EQ(mapped(kText, edited, "Les familles quittent Bruxelles"), "Les familles quittent vraiment Bruxelles");
    std::string deleted = kText;
    deleted.erase(deleted.find(" dans le quartier"), 17);  // the passage's end deleted
    EXPECT_EQ(mapped(kText, deleted, "loyers explosent dans le quartier"), "loyers explosent");
    std::string retyped = kText;
    retyped.replace(retyped.find("épuisés"), std::string("épuisés").size(), "épuisées");  // one letter more
    EXPECT_EQ(mapped(kText, retyped, "des gens épuisés"), "des gens épuisées");
}

TEST(TextAlignment, EditsAfterAPassageChangeNothing) {
    std::string edited = kText + "\nFin de l’entretien.";
    edited.replace(edited.find("médicale"), 8, "de santé");
    EXPECT_EQ(mapped(kText, edited, "Les loyers explosent"), "Les loyers explosent");
    EXPECT_EQ(mapped(kText, edited, "sous 900 euros"), "sous 900 euros");
}

TEST(TextAlignment, TotallyDifferentTextsFindNothingOfAPassage) {
    const std::string other = "Compte rendu de la réunion du comité de pilotage.\nPrésents : six membres.\n"
                              "Ordre du jour : budget, calendrier, divers.";
    const TextAlignment alignment(kText, other);
    const std::size_t start = codePointsOf(kText.substr(0, kText.find("Les familles"))).size();
    const auto found = alignment.find(start, start + codePointsOf("Les familles quittent Bruxelles").size());
    EXPECT_TRUE(!found || 2 * found->matched < codePointsOf("Les familles quittent Bruxelles").size());
    EXPECT_LT(alignment.matched(), codePointsOf(kText).size() / 4);
}

TEST(TextAlignment, LongTextsWithAFewEditsAreFast) {
    std::mt19937 random(7);
    const std::vector<std::string> words{"loyer", "école", "famille", "santé", "travail", "quartier", "aide",
                                         "droit", "logement", "maison", "jeune", "parent", "service", "emploi"};
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += words[random() % words.size()] + (i % 17 == 16 ? "\n" : " ");
    std::string edited = text;
    for (int k = 0; k < 30; ++k)
        edited.insert(edited.find(' ', (edited.size() / 31) * static_cast<std::size_t>(k + 1)), " (rire)");
    const auto begin = std::chrono::steady_clock::now();
    const TextAlignment alignment(text, edited);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    EXPECT_EQ(alignment.matched(), codePointsOf(text).size());
    EXPECT_LT(seconds, 2.0);
}

TEST(TextAlignment, LongDifferentTextsOfTheSameWordsAreQuick) {
    // The worst case for a diff: two long texts made of the same few words in another order (a sanitizer build is slow:
    // the bound is loose).
    std::mt19937 random(11);
    const std::vector<std::string> words{"loyer", "école", "famille", "santé", "travail", "quartier", "aide",
                                         "droit", "logement", "maison", "jeune", "parent", "service", "emploi"};
    std::string a, b;
    for (int i = 0; i < 8000; ++i) {
        a += words[random() % words.size()] + " ";
        b += words[random() % words.size()] + " ";
    }
    const auto begin = std::chrono::steady_clock::now();
    const TextAlignment alignment(a, b);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    EXPECT_LT(seconds, 3.0);
    for (const MatchingBlock& block : alignment.blocks())
        EXPECT_LE(block.from + block.length, codePointsOf(a).size());
}

// A project transcript tagged by Claire, and the second coder's copy (the same card) tagged by Yasmine.
struct Pair {
    Project project;
    MemoryTranscript ours{kText, "/p/transcripts/sureau.odt"};
    MemoryTranscript theirs{kText, "/p/transcripts/sureau (Yasmine).odt"};

    Pair() {
        ours.setCardProperties({{"ETS.InterviewId", "int-1"}});
        theirs.setCardProperties({{"ETS.InterviewId", "int-1"}});
        tag(ours, "Claire", "Les loyers explosent", "Logement");
    }
    void tag(MemoryTranscript& document, const std::string& coder, const std::string& words, const std::string& theme) {
        const std::string key = &document == &ours ? "transcripts/sureau.odt" : "transcripts/sureau (Yasmine).odt";
        tagSpan(project, key, document, *document.spanOf(words), TagRequest{{theme}, "", coder, "2026-11-20", "Thèmes"});
    }
    MergePlan plan() const {
        return planMerge(project, ours.plainText(), ours.records(), ours.interviewId(), "sureau.odt",
                         incomingTranscript("sureau (Yasmine).odt", theirs.interviewId(), theirs.plainText(),
                                            theirs.records()));
    }
    std::vector<std::string> merge() {
        return carryOutMerge(project, "transcripts/sureau.odt", ours, plan(), "Thèmes");
    }
    // Our passages as (coder, text, themes).
    std::vector<std::tuple<std::string, std::string, std::string>> passages() const {
        std::vector<std::tuple<std::string, std::string, std::string>> out;
        for (const TagRecord& record : ours.records()) {
            std::string themes;
            for (const ThemeRef& theme : record.themes)
                themes += (themes.empty() ? "" : ";") + theme.name;
            out.emplace_back(record.coder, ours.anchorSpan(record.anchor)->text(), themes);
        }
        return out;
    }
};

TEST(MergeCoding, SecondCodersPassagesComeInOnTheSameTextAfterEdits) {
    Pair pair;
    pair.tag(pair.theirs, "Yasmine", "Les loyers explosent", "Logement");
    pair.tag(pair.theirs, "Yasmine", "l’école perd ses élèves", "Enseignement");
    pair.tag(pair.theirs, "Yasmine", "des gens épuisés", "Santé");
    pair.theirs.insertText(0, "Transcription relue.\n");  // Yasmine edited her copy before the passages
    pair.ours.insertText(pair.ours.text().find("On ne"), "[inaudible] ");  // and we edited ours

    const MergePlan plan = pair.plan();
    ASSERT_EQ(plan.coders.size(), 1u);
    EXPECT_EQ(plan.coders[0].coder, "Yasmine");
    EXPECT_EQ(plan.coders[0].added, 3);
    EXPECT_TRUE(plan.coders[0].notFound.empty());
    EXPECT_EQ(pair.merge(), (std::vector<std::string>{}));  // the themes exist (same project)
    using P = std::tuple<std::string, std::string, std::string>;
    EXPECT_EQ(pair.passages(), (std::vector<P>{P{"Claire", "Les loyers explosent", "Logement"},
                                               P{"Yasmine", "Les loyers explosent", "Logement"},
                                               P{"Yasmine", "l’école perd ses élèves", "Enseignement"},
                                               P{"Yasmine", "des gens épuisés", "Santé"}}));
    // The margin comment is the other coder's, and the index holds both codings.
    const std::vector<TagRecord> records = pair.ours.records();
    EXPECT_EQ(pair.ours.comment(records[1].anchor)->author, "Yasmine");
    int yasmine = 0;
    for (const Passage& passage : pair.project.passages)
        yasmine += passage.transcript == "transcripts/sureau.odt" && passage.coder == "Yasmine";
    EXPECT_EQ(yasmine, 3);
}

TEST(MergeCoding, MergingTwiceChangesNothingTheSecondTime) {
    Pair pair;
    pair.tag(pair.theirs, "Yasmine", "Les familles quittent Bruxelles", "Logement");
    pair.theirs.insertText(0, "Relu. ");
    pair.merge();
    const std::string tags = pair.ours.storedTags();
    const MergePlan again = pair.plan();
    EXPECT_FALSE(again.changes());
    ASSERT_EQ(again.coders.size(), 1u);
    EXPECT_EQ(again.coders[0].present, 1);
    EXPECT_EQ(again.coders[0].added, 0);
    pair.merge();
    EXPECT_EQ(pair.ours.storedTags(), tags);
}

TEST(MergeCoding, SameSpanThemeAndCoderIsNeverDoubledAndAMissingThemeCompletesThePassage) {
    Pair pair;
    // Claire's own passage comes back from the copy (she coded it there too), with one more theme.
    pair.tag(pair.theirs, "Claire", "Les loyers explosent", "Logement");
    pair.tag(pair.theirs, "Claire", "Les loyers explosent", "Précarité");
    const MergePlan plan = pair.plan();
    ASSERT_EQ(plan.coders.size(), 1u);
    EXPECT_EQ(plan.coders[0].completed, 1);
    EXPECT_EQ(plan.coders[0].added, 0);
    pair.merge();
    using P = std::tuple<std::string, std::string, std::string>;
    EXPECT_EQ(pair.passages(), (std::vector<P>{P{"Claire", "Les loyers explosent", "Logement;Précarité"}}));
    EXPECT_FALSE(pair.plan().changes());
}

TEST(MergeCoding, APassageWhoseTextIsGoneIsListedNotDropped) {
    Pair pair;
    pair.tag(pair.theirs, "Yasmine", "On ne trouve plus rien sous 900 euros.", "Logement");
    pair.tag(pair.theirs, "Yasmine", "des gens épuisés", "Santé");
    const std::size_t line = pair.ours.text().find("On ne");
    pair.ours.eraseText(line, pair.ours.text().find('\n', line) + 1);  // we deleted that line
    const MergePlan plan = pair.plan();
    ASSERT_EQ(plan.coders.size(), 1u);
    EXPECT_EQ(plan.coders[0].added, 1);
    EXPECT_EQ(plan.coders[0].notFound, (std::vector<std::string>{"On ne trouve plus rien sous 900 euros."}));
    const std::string json = mergeJson(plan.from, {"transcripts/sureau.odt"}, plan.coders, {});
    EXPECT_NE(json.find("\"notFound\":[\"On ne trouve plus rien sous 900 euros.\"]"), std::string::npos);
}

TEST(MergeCoding, AMovedParagraphIsFoundByItsText) {
    Pair pair;
    pair.tag(pair.theirs, "Yasmine", "La maison médicale voit arriver", "Santé");
    // We moved the last line to the top.
    const std::size_t last = pair.ours.text().rfind('\n');
    const std::string line = pair.ours.text().substr(last + 1);
    pair.ours.eraseText(last, pair.ours.text().size());
    pair.ours.insertText(0, line + "\n");
    const MergePlan plan = pair.plan();
    EXPECT_EQ(plan.coders[0].added, 1);
    pair.merge();
    EXPECT_EQ(std::get<1>(pair.passages().back()), "La maison médicale voit arriver");
}

TEST(MergeCoding, AnotherInterviewsCopyIsRefusedAndNothingChanges) {
    Pair pair;
    pair.tag(pair.theirs, "Yasmine", "des gens épuisés", "Santé");
    pair.theirs.setCardProperties({{"ETS.InterviewId", "int-2"}});
    const std::string tags = pair.ours.storedTags();
    try {
        pair.plan();
        FAIL() << "refused";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "merge.other_interview");
        EXPECT_EQ(error.args(), (std::vector<std::string>{"sureau (Yasmine).odt", "sureau.odt"}));
    }
    EXPECT_EQ(pair.ours.storedTags(), tags);
}

TEST(MergeCoding, ThemesUnknownHereAreCreatedByName) {
    Pair pair;
    IncomingTranscript incoming{"export.qdpx", "", kText, {}};
    const std::size_t start = codePointsOf(kText.substr(0, kText.find("sous 900"))).size();
    incoming.passages.push_back(IncomingPassage{start, start + 8, {ThemeRef{"", "Coût de la vie"}}, "memo", "", ""});
    incoming.passages.push_back(IncomingPassage{start, start + 8, {ThemeRef{"x", "logement"}}, "", "", ""});
    const MergePlan plan = planMerge(pair.project, pair.ours.plainText(), pair.ours.records(), "int-1", "sureau.odt",
                                     incoming, "Bruno");
    ASSERT_EQ(plan.coders.size(), 1u);
    EXPECT_EQ(plan.coders[0].coder, "Bruno");
    EXPECT_EQ(plan.coders[0].added, 2);
    ASSERT_EQ(plan.steps.size(), 1u);
    EXPECT_EQ(plan.steps[0].themes, (std::vector<std::string>{"Coût de la vie", "Logement"}));
    const std::vector<refi::PlannedTheme> codebook{{"Économie", "", "Tout ce qui coûte", "#112233"},
                                                   {"Coût de la vie", "Économie", "Les prix", "#AABBCC"},
                                                   {"Inutilisé", "", "", ""}};
    EXPECT_EQ(carryOutMerge(pair.project, "transcripts/sureau.odt", pair.ours, plan, "Thèmes", codebook),
              (std::vector<std::string>{"Économie", "Coût de la vie"}));
    const Theme* cost = findThemeNamed(pair.project, "Coût de la vie");
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(pair.project.findTheme(cost->parentId)->name, "Économie");
    EXPECT_EQ(cost->colour, "#AABBCC");
    EXPECT_EQ(findThemeNamed(pair.project, "Inutilisé"), nullptr);
    using P = std::tuple<std::string, std::string, std::string>;
    EXPECT_EQ(pair.passages().back(), (P{"Bruno", "sous 900", "Coût de la vie;Logement"}));
}

TEST(MergeCoding, AQdpxSourceFindsItsTranscriptByItsText) {
    std::string edited = kText;
    edited.insert(0, "Relu. ");
    edited.replace(edited.find("900"), 3, "mille");
    const std::vector<std::string> ours{"Compte rendu de la réunion du comité de pilotage, six membres présents.", kText,
                                        "Autre entretien : une école de devoirs qui manque de bénévoles cette année."};
    EXPECT_EQ(sameTranscripts({edited, "Tout autre chose, sans rapport avec ces entretiens-là, vraiment rien."}, ours),
              (std::vector<std::optional<std::size_t>>{1, std::nullopt}));
}

TEST(MergeCoding, TheSummarySaysWhatCameInPerCoderInFrench) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    CoderMerge yasmine{"Yasmine", 2, 0, 1, {"On ne trouve plus rien."}};
    CoderMerge bruno{"Bruno", 0, 1, 0, {}};
    const std::string text = mergeMessage("sureau (Yasmine).odt", {"transcripts/sureau.odt"}, {yasmine, bruno},
                                          {"Santé"}, {}, french);
    EXPECT_EQ(text,
              "Codage de «\u00a0sureau (Yasmine).odt\u00a0» fusionné dans transcripts/sureau.odt\u00a0:\n"
              "\u2022 Yasmine\u00a0: 2 passages ajoutés, 0 passage complété d’un thème, 1 déjà présent, "
              "1 passage introuvable.\n"
              "\u2022 Bruno\u00a0: 0 passage ajouté, 1 passage complété d’un thème, 0 déjà présent, "
              "0 passage introuvable.\n"
              "1 thème créé dans la grille\u00a0: Santé.\n"
              "Passages dont le texte n’a pas été retrouvé dans votre transcription (ils n’ont pas été fusionnés, "
              "recodez-les si le texte existe encore)\u00a0:\n"
              "\u2022 Yasmine \u2013 «\u00a0On ne trouve plus rien.\u00a0»");
    const std::string nothing = mergeMessage("x.qdpx", {"t.odt"}, {CoderMerge{"Bruno", 0, 0, 3, {}}}, {}, {}, french);
    EXPECT_NE(nothing.find("Rien de nouveau"), std::string::npos);
}

}  // namespace
}  // namespace ets
