#include "core/coding/search_report.hpp"
#include "core/coding/text_search.hpp"
#include "core/text/error.hpp"
#include "core/text/search_fold.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <functional>

using namespace ets;

namespace {

std::string keyOf(const std::function<void()>& run) {
    try {
        run();
    } catch (const Error& error) {
        return error.key();
    }
    return "";
}

// The tagged text of each hit.
std::vector<std::string> spans(const SearchOptions& options, const std::string& text) {
    const TextSearch search(options);
    const std::u32string points = codePoints(text);
    std::vector<std::string> out;
    for (const SearchHit& hit : search.find(text))
        out.push_back(utf8Of(std::u32string_view(points).substr(hit.start, hit.end - hit.start)));
    return out;
}

SearchOptions words(std::string query) {
    SearchOptions options;
    options.query = std::move(query);
    return options;
}

}  // namespace

TEST(SearchFold, FoldsCaseAccentsLigaturesAndApostrophes) {
    EXPECT_EQ(utf8Of(foldForSearch("\xC3\x89t\xC3\xA9 C\xC5\x93ur l\xE2\x80\x99"
                                   "eau",
                                   false)
                         .text),
              "ete coeur l'eau");
    EXPECT_EQ(utf8Of(foldForSearch("\xC3\x89t\xC3\xA9 l\xE2\x80\x99"
                                   "eau",
                                   true)
                         .text),
              "\xC3\x89t\xC3\xA9 l'eau");
    const FoldedText folded = foldForSearch("a\xC5\x93z", false);  // œ gives two code points from one
    EXPECT_EQ(folded.origin, (std::vector<std::size_t>{0, 1, 1, 2}));
}

TEST(TextSearch, FindsWordsWithoutAccentsOrCase) {
    const std::string text = "Directrice : L\xE2\x80\x99\xC3\xA9quipe est \xC3\xA9puis\xC3\xA9"
                             "e.\nSamir : EQUIPE ?";
    EXPECT_EQ(spans(words("l'equipe"), text), (std::vector<std::string>{"L\xE2\x80\x99\xC3\xA9quipe"}));
    EXPECT_EQ(spans(words("\xC3\xA9quipe"), text).size(), 2u);
    SearchOptions exact = words("\xC3\xA9quipe");
    exact.matchCase = true;
    EXPECT_EQ(spans(exact, text), (std::vector<std::string>{"\xC3\xA9quipe"}));
}

TEST(TextSearch, WholeWordSkipsPartsOfWords) {
    SearchOptions options = words("art");
    EXPECT_EQ(spans(options, "L'art des partenaires").size(), 2u);
    options.wholeWord = true;
    EXPECT_EQ(spans(options, "L'art des partenaires"), (std::vector<std::string>{"art"}));
}

TEST(TextSearch, RegexFoldsLikeWords) {
    SearchOptions options = words("b[ée]n[ée]vole?s?\\b");
    options.regex = true;
    EXPECT_EQ(spans(options, "Les B\xC3\xA9n\xC3\xA9voles et le b\xC3\xA9n\xC3\xA9vole."),
              (std::vector<std::string>{"B\xC3\xA9n\xC3\xA9voles", "b\xC3\xA9n\xC3\xA9vole"}));
    options.query = "tr(ai|a)n";
    options.wholeWord = true;
    EXPECT_EQ(spans(options, "train tran entrain").size(), 2u);
}

TEST(TextSearch, GrowsToSentenceWithoutTheLabel) {
    const std::string text =
        "Intro.\nDirectrice : On a tout essay\xC3\xA9. Le logement manque ici ! Et apr\xC3\xA8s ?\nFin.";
    SearchOptions options = words("logement");
    options.unit = SearchUnit::Sentence;
    EXPECT_EQ(spans(options, text), (std::vector<std::string>{"Le logement manque ici !"}));
    options.query = "On a";
    EXPECT_EQ(spans(options, text), (std::vector<std::string>{"On a tout essay\xC3\xA9."}));
    options.unit = SearchUnit::Paragraph;
    options.query = "ici";
    EXPECT_EQ(spans(options, text),
              (std::vector<std::string>{"On a tout essay\xC3\xA9. Le logement manque ici ! Et apr\xC3\xA8s ?"}));
}

TEST(TextSearch, OneSentenceWithTwoMatchesIsOneHit) {
    SearchOptions options = words("a");
    options.unit = SearchUnit::Sentence;
    EXPECT_EQ(spans(options, "Ana a un chat. Bob non.").size(), 1u);
    options.unit = SearchUnit::Match;
    EXPECT_EQ(spans(options, "Ana a un chat. Bob non.").size(), 4u);
}

TEST(TextSearch, MatchesStayInTheirParagraph) {
    SearchOptions options = words("fin\\s+debut");
    options.regex = true;
    EXPECT_TRUE(spans(options, "la fin\ndebut").empty());
    EXPECT_EQ(spans(options, "la fin  debut").size(), 1u);
}

TEST(TextSearch, RefusesBadQueries) {
    EXPECT_EQ(keyOf([] { TextSearch search(words("  ")); }), "search.empty_query");
    EXPECT_EQ(keyOf([] { TextSearch search(words(std::string(300, 'a'))); }), "search.query_too_long");
    SearchOptions options = words("(logement");
    options.regex = true;
    EXPECT_EQ(keyOf([&] { TextSearch search(options); }), "search.bad_regex");
    options.query = "a*";  // matches only empty strings somewhere: no hit there
    EXPECT_EQ(spans(options, "bbb").size(), 0u);
    EXPECT_EQ(keyOf([] { searchUnit("Chapter"); }), "search.bad_unit");
    EXPECT_EQ(searchUnit("sentence"), SearchUnit::Sentence);
}

TEST(TextSearch, OneLetterCountsEveryHit) {
    std::string text;
    for (int i = 0; i < 2000; ++i)
        text += "une phrase.\n";
    const TextSearch search(words("e"));
    EXPECT_EQ(search.find(text).size(), 4000u);  // the command asks before tagging so many
}

TEST(TextSearch, CatastrophicRegexIsStopped) {
    SearchOptions options = words("(a+)+b");
    options.regex = true;
    const TextSearch search(options);
    EXPECT_EQ(keyOf([&] { search.find(std::string(40, 'a')); }), "search.too_slow");
}

TEST(TextSearch, ShowsAFewWordsAround) {
    const std::string text =
        "un deux trois quatre cinq six sept huit logement neuf dix onze douze treize quatorze quinze";
    const TextSearch search(words("logement"));
    const std::vector<SearchHit> hits = search.find(text);
    ASSERT_EQ(hits.size(), 1u);
    const HitInContext context = hitInContext(codePoints(text), hits[0]);
    EXPECT_EQ(context.before, "trois quatre cinq six sept huit");
    EXPECT_EQ(context.match, "logement");
    EXPECT_EQ(context.after, "neuf dix onze douze treize quatorze");
}

TEST(SearchReport, ChoosesTranscriptsByPathOrName) {
    Project project;
    Interview interview;
    interview.id = "int-1";
    interview.transcript = "transcripts/a.odt";
    interview.organisationId = "org-1";
    project.interviews.push_back(interview);
    interview.id = "int-2";
    interview.transcript = "transcripts/b.odt";
    interview.organisationId = "";
    project.interviews.push_back(interview);
    Organisation organisation;
    organisation.id = "org-1";
    organisation.name = "Maison m\xC3\xA9"
                        "dicale";
    project.organisations.push_back(organisation);
    EXPECT_EQ(searchedTranscripts(project, ""), (std::vector<std::string>{"transcripts/a.odt", "transcripts/b.odt"}));
    EXPECT_EQ(searchedTranscripts(project, "b.odt; transcripts/a.odt"),
              (std::vector<std::string>{"transcripts/b.odt", "transcripts/a.odt"}));
    EXPECT_EQ(keyOf([&] { searchedTranscripts(project, "c.odt"); }), "search.unknown_transcript");
    EXPECT_EQ(organisationOfTranscript(project, "transcripts/a.odt"), "Maison m\xC3\xA9"
                                                                      "dicale");
    EXPECT_EQ(organisationOfTranscript(project, "transcripts/b.odt"), "");
}

TEST(SearchReport, AsksBeforeTaggingMany) {
    EXPECT_EQ(keyOf([] { checkHitsToTag("x", 0, true); }), "search.no_hits");
    EXPECT_EQ(keyOf([] { checkHitsToTag("e", kMostHitsUnasked + 1, false); }), "search.too_many");
    EXPECT_EQ(keyOf([] { checkHitsToTag("e", kMostHitsUnasked + 1, true); }), "");
    EXPECT_EQ(keyOf([] { checkHitsToTag("e", kMostHitsUnasked, false); }), "");
    // A one-letter query confirmed by Force would tag for hours: refused beyond kMostHitsTagged, confirmed or not.
    EXPECT_EQ(keyOf([] { checkHitsToTag("e", kMostHitsTagged + 1, true); }), "search.too_many_to_tag");
    EXPECT_EQ(keyOf([] { checkHitsToTag("e", kMostHitsTagged, true); }), "");
}

TEST(SearchReport, JsonListsHitsInContextUpToALimit) {
    SearchOptions options = words("logement");
    const std::string text = "Directrice : Le logement manque.";
    const TextSearch search(options);
    TranscriptHits one{"transcripts/a.odt", "Maison", codePoints(text), search.find(text)};
    const nlohmann::json json = nlohmann::json::parse(searchJson(options, {one}));
    EXPECT_EQ(json["count"], 1);
    EXPECT_EQ(json["transcripts"][0]["organisation"], "Maison");
    EXPECT_EQ(json["transcripts"][0]["hits"][0]["before"], "Directrice : Le");
    EXPECT_EQ(json["transcripts"][0]["hits"][0]["after"], "manque.");
    EXPECT_EQ(json["transcripts"][0]["hits"][0]["start"], 16);

    std::string many;
    for (std::size_t i = 0; i < kMostListedHits + 10; ++i)
        many += "logement\n";
    TranscriptHits big{"transcripts/b.odt", "", codePoints(many), search.find(many)};
    const nlohmann::json all = nlohmann::json::parse(searchJson(options, {big}));
    EXPECT_EQ(all["count"], kMostListedHits + 10);
    EXPECT_EQ(all["listed"], kMostListedHits);
    EXPECT_EQ(all["transcripts"][0]["hits"].size(), kMostListedHits);
}

TEST(TextSearch, MatchCaseKeepsAccentsInARegexToo) {
    SearchOptions options = words("\xC3\x89quipes?");
    options.regex = true;
    options.matchCase = true;
    EXPECT_EQ(spans(options, "\xC3\x89quipe equipe \xC3\xA9quipes").size(), 1u);
    options.matchCase = false;
    EXPECT_EQ(spans(options, "\xC3\x89quipe equipe \xC3\xA9quipes").size(), 3u);
}

TEST(TextSearch, DecomposedAccentsAreTaggedWithTheirLetter) {
    // « équipe » typed with a combining accent (e + U+0301): the hit covers both code points.
    EXPECT_EQ(spans(words("\xC3\xA9quipe"), "L'e\xCC\x81quipe."), (std::vector<std::string>{"e\xCC\x81quipe"}));
    EXPECT_EQ(spans(words("cafe"), "Un cafe\xCC\x81 ?"), (std::vector<std::string>{"cafe\xCC\x81"}));
}
