#include "core/text/typography.hpp"
#include "core/text/lists.hpp"

#include "core/text/dates.hpp"
#include "core/text/months.hpp"
#include "core/text/names.hpp"
#include "core/text/utf8.hpp"

#include <array>
#include <cctype>

namespace ets {
namespace {

constexpr char32_t kNbsp = 0x00A0;
constexpr char32_t kNarrowNbsp = 0x202F;
constexpr char32_t kThinSpace = 0x2009;
constexpr char32_t kOpenGuillemet = 0x00AB;
constexpr char32_t kCloseGuillemet = 0x00BB;
constexpr char32_t kApostrophe = 0x2019;
constexpr char32_t kOpenQuote = 0x201C;
constexpr char32_t kCloseQuote = 0x201D;
// A byte that is no valid UTF-8 is carried through as this code point plus the byte, and written back as that byte.
constexpr char32_t kRawByte = 0x110000;

std::u32string decode(std::string_view text) {
    std::u32string result;
    result.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const CodePoint point = nextCodePoint(text, i);
        result += point.valid ? point.value : kRawByte + point.value;
    }
    return result;
}

std::string encode(const std::u32string& text) {
    std::string result;
    result.reserve(text.size() + text.size() / 8);
    for (char32_t c : text) {
        if (c >= kRawByte) {
            result += static_cast<char>(c - kRawByte);
        } else {
            appendCodePoint(result, c);
        }
    }
    return result;
}

bool isOrdinarySpace(char32_t c) { return c == ' ' || c == '\t'; }
bool isNoBreakSpace(char32_t c) { return c == kNbsp || c == kNarrowNbsp || c == kThinSpace; }
bool isBreak(char32_t c) { return c == '\n' || c == '\r'; }
bool isBlank(char32_t c) { return isOrdinarySpace(c) || isNoBreakSpace(c) || isBreak(c); }
bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }

// A sign after which « : ; ! ? » does not end a clause of words: nothing, a blank, an opening sign or another of them.
bool endsWord(char32_t c) {
    if (isBlank(c))
        return false;
    switch (c) {
    case '(': case '[': case '{': case kOpenGuillemet: case kOpenQuote: case 0x2018:
    case ':': case ';': case '!': case '?': case '/': case '\\': case '=':
        return false;
    default:
        return true;
    }
}

// Where a sign after « : ; ! ? » shows that it ends a clause (rather than sits inside a word, a name or a code).
bool endsClause(const std::u32string& in, std::size_t next) {
    if (next >= in.size())
        return true;
    const char32_t c = in[next];
    return isBlank(c) || c == kCloseGuillemet || c == '"' || c == ')' || c == ']' || c == kCloseQuote || c == '!' ||
           c == '?' || c == '.' || c == ',';
}

// The length of the web or mail address at `at` (0 when there is none): up to the next blank.
std::size_t addressLength(const std::u32string& in, std::size_t at) {
    if (at > 0 && (isAsciiAlnum(in[at - 1]) || in[at - 1] == '.' || in[at - 1] == '/' || in[at - 1] == '@'))
        return 0;
    static const std::array<std::u32string_view, 5> kStarts = {U"http://", U"https://", U"ftp://", U"mailto:", U"www."};
    for (std::u32string_view start : kStarts) {
        if (in.size() - at < start.size())
            continue;
        bool same = true;
        for (std::size_t k = 0; same && k < start.size(); ++k) {
            char32_t c = in[at + k];
            if (c >= 'A' && c <= 'Z')
                c = c - 'A' + 'a';
            same = c == start[k];
        }
        if (!same)
            continue;
        std::size_t end = at + start.size();
        while (end < in.size() && !isBlank(in[end]) && in[end] != kCloseGuillemet && in[end] != '>' &&
               in[end] != kCloseQuote)
            ++end;
        return end - at;
    }
    return 0;
}

void dropTrailingBlanks(std::u32string& out) {
    while (!out.empty() && (isOrdinarySpace(out.back()) || isNoBreakSpace(out.back())))
        out.pop_back();
}

// A straight double quote opens a quote at the start or after a blank or an opening sign.
bool opensQuote(const std::u32string& out) {
    if (out.empty())
        return true;
    const char32_t c = out.back();
    return isBlank(c) || c == '(' || c == '[' || c == kOpenGuillemet || c == kOpenQuote || c == 0x2014 ||
           c == 0x2013 || c == '-' || c == '/' || c == kApostrophe;
}

std::string typesetFrench(const std::u32string& in) {
    std::u32string out;
    out.reserve(in.size() + in.size() / 16);
    int depth = 0;  // how many « » are open
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t c = in[i];
        if (const std::size_t address = addressLength(in, i)) {
            out.append(in, i, address);
            i += address - 1;
            continue;
        }
        if (c == '\'') {
            out += kApostrophe;
            continue;
        }
        if (c == '"')
            c = opensQuote(out) ? kOpenGuillemet : kCloseGuillemet;
        if (c == kOpenGuillemet) {
            out += depth == 0 ? kOpenGuillemet : kOpenQuote;
            if (depth == 0)
                out += kNbsp;
            while (i + 1 < in.size() && (isOrdinarySpace(in[i + 1]) || isNoBreakSpace(in[i + 1])))
                ++i;
            ++depth;
            continue;
        }
        if (c == kCloseGuillemet) {
            dropTrailingBlanks(out);
            if (depth >= 2) {
                out += kCloseQuote;
            } else {
                out += kNbsp;
                out += kCloseGuillemet;
            }
            depth = depth > 0 ? depth - 1 : 0;
            continue;
        }
        if (c == ':' || c == ';' || c == '!' || c == '?') {
            const char32_t space = c == ':' ? kNbsp : kNarrowNbsp;
            std::size_t spaces = 0;
            while (spaces < out.size() && isOrdinarySpace(out[out.size() - 1 - spaces]))
                ++spaces;
            if (spaces > 0 && spaces < out.size() && !isBreak(out[out.size() - 1 - spaces])) {
                out.resize(out.size() - spaces);
                out += space;
            } else if (spaces == 0 && !out.empty() && endsWord(out.back()) && endsClause(in, i + 1) &&
                       !(c == ':' && isDigit(out.back()) && i + 1 < in.size() && isDigit(in[i + 1]))) {
                out += space;
            }
            out += c;
            continue;
        }
        out += c;
    }
    return encode(out);
}

std::string typesetOther(const std::u32string& in) {
    std::u32string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char32_t c = in[i];
        if (const std::size_t address = addressLength(in, i)) {
            out.append(in, i, address);
            i += address - 1;
            continue;
        }
        if (c == '\'')
            out += kApostrophe;
        else if (c == '"')
            out += opensQuote(out) ? kOpenQuote : kCloseQuote;
        else
            out += c;
    }
    return encode(out);
}

}  // namespace

std::string typeset(std::string_view text, std::string_view language) {
    const bool plain = text.find_first_of("'\":;!?\xC2") == std::string_view::npos;  // « and » start with C2
    if (plain)
        return std::string(text);
    const std::u32string decoded = decode(text);
    return language == "fr" ? typesetFrench(decoded) : typesetOther(decoded);
}

std::string monthInWords(std::string_view isoMonth, const Catalogue& texts) {
    const std::optional<int> month = parseMonth(isoMonth);
    if (!month)
        return std::string(isoMonth);
    const std::string name = listItem(texts.text("date.months"), *month % 12);
    if (name.empty())
        return std::string(isoMonth);
    return texts.text("date.month", {name, std::to_string(*month / 12)});
}

std::string monthRangeInWords(std::string_view firstMonth, std::string_view lastMonth, const Catalogue& texts) {
    if (lastMonth.empty() || firstMonth == lastMonth)
        return monthInWords(firstMonth, texts);
    if (firstMonth.empty())
        return monthInWords(lastMonth, texts);
    return texts.text("date.month_range", {monthInWords(firstMonth, texts), monthInWords(lastMonth, texts)});
}

std::string dateRangeInWords(std::string_view firstDate, std::string_view lastDate, const Catalogue& texts) {
    if (lastDate.empty() || firstDate == lastDate)
        return longDate(firstDate, texts);
    if (firstDate.empty())
        return longDate(lastDate, texts);
    return texts.text("date.range", {longDate(firstDate, texts), longDate(lastDate, texts)});
}

}  // namespace ets
