#include "core/text/search_fold.hpp"

#include "core/text/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace ets {
namespace {

// What every search treats as one character, whatever the case setting: a person types ' and a space.
char32_t sameAlways(char32_t c) {
    switch (c) {
    case U'\u2019':
    case U'\u2018':
    case U'\u02BC':
        return U'\'';
    case U'\u00A0':
    case U'\u202F':
    case U'\u2009':
    case U'\t':
        return U' ';
    default:
        return c;
    }
}

// Appends c without its accents and case (several code points for a ligature, none for a lone combining mark).
void appendFolded(std::u32string& out, char32_t c) {
    if (c < 0x80) {
        out += (c >= U'A' && c <= U'Z') ? c + 32 : c;
        return;
    }
    if (c == U'\u0153' || c == U'\u0152') {  // œ Œ
        out += U"oe";
        return;
    }
    if (c == U'\u00E6' || c == U'\u00C6') {  // æ Æ
        out += U"ae";
        return;
    }
    if (u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK)
        return;  // a combining accent of a decomposed letter
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposed;
    if (U_FAILURE(status) || !nfd->getDecomposition(static_cast<UChar32>(c), decomposed)) {
        out += static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
        return;
    }
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 part = decomposed.char32At(i);
        i += U16_LENGTH(part);
        if (u_charType(part) != U_NON_SPACING_MARK)
            out += static_cast<char32_t>(u_foldCase(part, U_FOLD_CASE_DEFAULT));
    }
}

}  // namespace

std::u32string codePoints(std::string_view text) {
    std::u32string points;
    points.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint point = nextCodePoint(text, i);
        points += point.valid ? point.value : U'\uFFFD';
    }
    return points;
}

std::string utf8Of(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text)
        appendCodePoint(out, (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) ? U'\uFFFD' : c);
    return out;
}

FoldedText foldForSearch(std::string_view text, bool matchCase) {
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size());
    std::size_t index = 0;
    for (std::size_t i = 0; i < text.size(); ++index) {
        const CodePoint point = nextCodePoint(text, i);
        const char32_t c = sameAlways(point.valid ? point.value : U'\uFFFD');
        if (matchCase)
            folded.text += c;
        else
            appendFolded(folded.text, c);
        folded.origin.resize(folded.text.size(), index);
    }
    return folded;
}

}  // namespace ets
