#include "core/coding/text_search.hpp"

#include "core/coding/passage_context.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "core/text/search_fold.hpp"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace ets {

namespace {

// About a second of the regex engine per paragraph (ICU counts steps of its engine, about a millisecond each).
constexpr int32_t kRegexTimeLimit = 1000;

bool isSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\u00A0' || c == U'\u202F' || c == U'\u2009'; }
bool isWordCharacter(char32_t c) { return c == U'_' || u_isalnum(static_cast<UChar32>(c)); }
bool endsSentence(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'\u2026'; }
bool closesQuote(char32_t c) { return c == U'\u00BB' || c == U'\u201D' || c == U')' || c == U'"'; }

icu::UnicodeString utf16Of(std::u32string_view text) {
    icu::UnicodeString out;
    for (char32_t c : text)
        out.append(static_cast<UChar32>(c));
    return out;
}

// A regular expression's non-ASCII letters folded as the text is (ASCII is left alone: \W, \D, \S must stay).
std::u32string foldedPattern(const std::string& pattern, bool matchCase) {
    const FoldedText folded = foldForSearch(pattern, true);  // apostrophes and spaces only
    if (matchCase)
        return folded.text;
    std::u32string out;
    for (char32_t c : folded.text) {
        if (c < 0x80)
            out += c;
        else
            out += foldForSearch(utf8Of(std::u32string(1, c)), false).text;
    }
    return out;
}

struct Paragraph {
    std::size_t start = 0;
    std::size_t end = 0;
};

Paragraph paragraphAround(std::u32string_view text, std::size_t at) {
    Paragraph paragraph;
    const std::size_t before = at == 0 ? std::u32string_view::npos : text.rfind(U'\n', at - 1);
    paragraph.start = before == std::u32string_view::npos ? 0 : before + 1;
    const std::size_t after = text.find(U'\n', at);
    paragraph.end = after == std::u32string_view::npos ? text.size() : after;
    return paragraph;
}

// Where the paragraph's words begin: after its speaker's label (« Directrice : »), unless the match is in the label.
std::size_t afterLabel(std::u32string_view text, const Paragraph& paragraph, std::size_t matchStart) {
    const std::size_t look = std::min<std::size_t>(paragraph.end - paragraph.start, 80);
    const std::string head = utf8Of(text.substr(paragraph.start, look));
    const std::size_t bytes = speakerLabelLength(head);
    const std::size_t label = codePoints(std::string_view(head).substr(0, bytes)).size();
    return paragraph.start + label <= matchStart ? paragraph.start + label : paragraph.start;
}

// [start, end) without the spaces at either end.
void trim(std::u32string_view text, std::size_t& start, std::size_t& end) {
    while (start < end && isSpace(text[start]))
        ++start;
    while (end > start && isSpace(text[end - 1]))
        --end;
}

// The sentence around [from, to) in its paragraph: it begins after a mark that ends one (. ! ? …) followed by a space
// and not by the closing of a quotation (as passage_context reads sentences), and ends with the next such mark.
void growToSentence(std::u32string_view text, std::size_t lower, std::size_t upper, std::size_t& from,
                    std::size_t& to) {
    std::size_t start = lower;
    for (std::size_t i = lower; i < from; ++i) {
        if (!endsSentence(text[i]) || i + 1 >= upper || !isSpace(text[i + 1]))
            continue;
        std::size_t next = i + 1;
        while (next < upper && isSpace(text[next]))
            ++next;
        if (next < upper && next <= from && !closesQuote(text[next]))
            start = next;
    }
    std::size_t end = upper;
    for (std::size_t i = to - 1; i < upper; ++i) {  // a match that ends with the mark ends its sentence
        if (!endsSentence(text[i]))
            continue;
        std::size_t next = i + 1;
        while (next < upper && (endsSentence(text[next]) || closesQuote(text[next])))
            ++next;  // « ?! », « … ». »
        std::size_t after = next;
        while (after < upper && isSpace(text[after]))
            ++after;
        if (after < upper && closesQuote(text[after]))
            next = after + 1;  // « … le code ? » » ends with the quotation
        if (next >= upper || isSpace(text[next]) || text[next] == U'\n') {
            end = next;
            break;
        }
    }
    from = start;
    to = end;
}

}  // namespace

struct TextSearch::Compiled {
    std::u32string literal;  // the folded words, when not a regular expression
    std::unique_ptr<icu::RegexPattern> regex;
};

SearchUnit searchUnit(std::string_view name) {
    const std::string key = foldCase(trimmedName(name));
    if (key.empty() || key == "match")
        return SearchUnit::Match;
    if (key == "sentence")
        return SearchUnit::Sentence;
    if (key == "paragraph")
        return SearchUnit::Paragraph;
    throw Error("search.bad_unit", {std::string(name)});
}

TextSearch::TextSearch(SearchOptions options) : options_(std::move(options)), compiled_(std::make_unique<Compiled>()) {
    std::string query = options_.query;
    std::replace_if(
        query.begin(), query.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    if (!options_.regex)
        query = trimmedName(query);
    if (trimmedName(query).empty())
        throw Error("search.empty_query");
    if (codePoints(query).size() > kMostQueryCharacters)
        throw Error("search.query_too_long", {std::to_string(kMostQueryCharacters)});
    if (!options_.regex) {
        compiled_->literal = foldForSearch(query, options_.matchCase).text;
        if (compiled_->literal.empty())
            throw Error("search.empty_query");
        return;
    }
    const std::u32string pattern = foldedPattern(query, options_.matchCase);
    const uint32_t flags = options_.matchCase ? 0 : UREGEX_CASE_INSENSITIVE;
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    // Checked alone first: what the person wrote is what is refused, not the word boundaries added around it.
    std::unique_ptr<icu::RegexPattern> checked(icu::RegexPattern::compile(utf16Of(pattern), flags, where, status));
    if (U_FAILURE(status) || !checked)
        throw Error("search.bad_regex", {query, std::to_string(std::max<int32_t>(where.offset, 0) + 1)});
    if (!options_.wholeWord) {
        compiled_->regex = std::move(checked);
        return;
    }
    const std::u32string bounded = U"(?<![\\p{L}\\p{N}_])(?:" + pattern + U")(?![\\p{L}\\p{N}_])";
    status = U_ZERO_ERROR;
    compiled_->regex.reset(icu::RegexPattern::compile(utf16Of(bounded), flags, where, status));
    if (U_FAILURE(status) || !compiled_->regex)
        throw Error("search.bad_regex", {query, std::to_string(std::max<int32_t>(where.offset, 0) + 1)});
}

TextSearch::~TextSearch() = default;

const SearchOptions& TextSearch::options() const { return options_; }

std::vector<SearchHit> TextSearch::find(std::string_view plainText) const {
    const std::u32string text = codePoints(plainText);
    const FoldedText folded = foldForSearch(plainText, options_.matchCase);
    const std::u32string& f = folded.text;
    // Matches in the folded text, [start, end) of folded code points.
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    if (!compiled_->regex) {
        const std::u32string& words = compiled_->literal;
        for (std::size_t at = f.find(words); at != std::u32string::npos; at = f.find(words, at + 1)) {
            const std::size_t end = at + words.size();
            if (options_.wholeWord && ((at > 0 && isWordCharacter(f[at - 1]) && isWordCharacter(f[at])) ||
                                       (end < f.size() && isWordCharacter(f[end]) && isWordCharacter(f[end - 1]))))
                continue;
            matches.emplace_back(at, end);
            at = end - 1;  // hits do not overlap
        }
    } else {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString input;
        std::unique_ptr<icu::RegexMatcher> matcher(compiled_->regex->matcher(input, status));
        if (U_FAILURE(status) || !matcher)
            throw Error("search.bad_regex", {options_.query, "1"});
        matcher->setTimeLimit(kRegexTimeLimit, status);
        std::vector<std::size_t> points;  // UTF-16 index → folded code point index, for a paragraph
        for (std::size_t start = 0; start <= f.size();) {
            std::size_t end = f.find(U'\n', start);
            if (end == std::u32string::npos)
                end = f.size();
            input = utf16Of(std::u32string_view(f).substr(start, end - start));
            points.clear();
            for (std::size_t i = start; i < end; ++i)
                points.insert(points.end(), f[i] > 0xFFFF ? 2 : 1, i);
            points.push_back(end);
            matcher->reset(input);
            status = U_ZERO_ERROR;
            while (matcher->find(status) && U_SUCCESS(status)) {
                const int32_t from = matcher->start(status);
                const int32_t to = matcher->end(status);
                if (U_FAILURE(status) || to <= from)
                    continue;
                matches.emplace_back(points[static_cast<std::size_t>(from)], points[static_cast<std::size_t>(to)]);
            }
            if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW)
                throw Error("search.too_slow", {options_.query});
            start = end + 1;
        }
    }
    std::vector<SearchHit> hits;
    for (const auto& [from, to] : matches) {
        SearchHit hit;
        hit.matchStart = folded.origin[from];
        hit.matchEnd = folded.origin[to - 1] + 1;
        while (hit.matchEnd < text.size() && u_charType(static_cast<UChar32>(text[hit.matchEnd])) == U_NON_SPACING_MARK)
            ++hit.matchEnd;  // never a letter tagged without its combining accent
        hit.start = hit.matchStart;
        hit.end = hit.matchEnd;
        if (options_.unit != SearchUnit::Match) {
            const Paragraph paragraph = paragraphAround(text, hit.matchStart);
            const std::size_t words = afterLabel(text, paragraph, hit.matchStart);
            if (options_.unit == SearchUnit::Paragraph) {
                hit.start = words;
                hit.end = paragraph.end;
            } else
                growToSentence(text, words, paragraph.end, hit.start, hit.end);
            trim(text, hit.start, hit.end);
            if (hit.start >= hit.end) {
                hit.start = hit.matchStart;
                hit.end = hit.matchEnd;
            }
        }
        if (!hits.empty() && hits.back().start == hit.start && hits.back().end == hit.end)
            continue;  // the same sentence or paragraph again
        hits.push_back(hit);
    }
    return hits;
}

HitInContext hitInContext(std::u32string_view text, const SearchHit& hit) {
    constexpr std::size_t kMostContextCharacters = 60;
    std::size_t from = hit.matchStart;
    for (int words = 0; from > 0 && text[from - 1] != U'\n' && hit.matchStart - from < kMostContextCharacters;) {
        if (from < hit.matchStart && isSpace(text[from - 1]) && !isSpace(text[from]) && ++words == kContextWords)
            break;
        --from;
    }
    std::size_t to = hit.matchEnd;
    for (int words = 0; to < text.size() && text[to] != U'\n' && to - hit.matchEnd < kMostContextCharacters; ++to)
        if (isSpace(text[to]) && to > hit.matchEnd && !isSpace(text[to - 1]) && ++words == kContextWords)
            break;
    return {trimmedName(utf8Of(text.substr(from, hit.matchStart - from))),
            utf8Of(text.substr(hit.matchStart, hit.matchEnd - hit.matchStart)),
            trimmedName(utf8Of(text.substr(hit.matchEnd, to - hit.matchEnd)))};
}

}  // namespace ets
