#pragma once
// The search of vnd.ets:SearchAndTag over one transcript's plain text (TranscriptDocument::plainText): the words or
// the regular expression a person asks for, found in the folded text (core/text/search_fold) paragraph by paragraph,
// each hit grown to what will be tagged — the words found, their sentence or their paragraph (without the speaker's
// label) — and shown in context.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

enum class SearchUnit { Match, Sentence, Paragraph };

// "Match", "Sentence" or "Paragraph" (any case; empty: Match). Throws search.bad_unit {name}.
SearchUnit searchUnit(std::string_view name);

struct SearchOptions {
    std::string query;
    bool regex = false;      // an ICU regular expression (Perl-like), else the words as typed
    bool wholeWord = false;  // the hit neither starts nor ends inside a word
    bool matchCase = false;  // false: case and accents folded (search_fold.hpp); apostrophes are always one
    SearchUnit unit = SearchUnit::Match;
};

// A longer query is refused: no one types one, and a regular expression's cost grows with it.
inline constexpr std::size_t kMostQueryCharacters = 200;

// Where a hit lies in the plain text, in code points, end exclusive (what spansInText takes).
struct SearchHit {
    std::size_t start = 0;  // what is tagged: the match grown to its unit
    std::size_t end = 0;
    std::size_t matchStart = 0;  // the words found
    std::size_t matchEnd = 0;
};

class TextSearch {
public:
    // Checks and prepares the query. Throws search.empty_query {} (nothing but spaces), search.query_too_long {most},
    // search.bad_regex {query, position} (position: 1-based character where the expression stops making sense).
    explicit TextSearch(SearchOptions options);
    ~TextSearch();
    TextSearch(const TextSearch&) = delete;
    TextSearch& operator=(const TextSearch&) = delete;

    const SearchOptions& options() const;

    // Every hit in `plainText` (UTF-8, paragraphs separated by LF), in text order; a span grown to the same sentence
    // or paragraph as the hit before is counted once. A match never crosses a paragraph, and an empty match is no
    // hit. Throws search.too_slow {query} when a regular expression takes too long on a paragraph (catastrophic
    // backtracking): nothing is tagged from a half-done search.
    std::vector<SearchHit> find(std::string_view plainText) const;

private:
    struct Compiled;
    SearchOptions options_;
    std::unique_ptr<Compiled> compiled_;
};

// A hit as a list shows it: a few words before, the words found, a few words after (in its paragraph).
struct HitInContext {
    std::string before;
    std::string match;
    std::string after;
};
inline constexpr int kContextWords = 6;
HitInContext hitInContext(std::u32string_view text, const SearchHit& hit);

}  // namespace ets
