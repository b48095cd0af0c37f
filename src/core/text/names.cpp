#include "core/text/names.hpp"

#include "core/text/error.hpp"
#include "core/text/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace ets {
namespace {

// The text in Unicode's composed form (NFC): « é » typed as e + U+0301 (as macOS and some PDFs give it) is the one
// letter é, so that a name looks, compares and sorts as the same name typed on a French keyboard. Text that is not
// valid UTF-8 is left as it is (the name checks refuse it).
std::string composed(std::string_view text) {
    // Below U+0300 (UTF-8 lead bytes under 0xCC) every character is composed already: French names never reach ICU.
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0xCC; }))
        return std::string(text);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || !nfc)
        return std::string(text);
    const icu::UnicodeString source =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (nfc->isNormalized(source, status) || U_FAILURE(status))
        return std::string(text);
    const icu::UnicodeString result = nfc->normalize(source, status);
    if (U_FAILURE(status))
        return std::string(text);
    std::string out;
    result.toUTF8String(out);
    return out;
}

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trimmedOnly(std::string_view name) {
    // French typing puts no-break spaces (U+00A0, "\xC2\xA0") where a space would be.
    constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
    for (;;) {
        if (!name.empty() && isSpace(static_cast<unsigned char>(name.front())))
            name.remove_prefix(1);
        else if (name.substr(0, 2) == kNoBreakSpace)
            name.remove_prefix(2);
        else if (!name.empty() && isSpace(static_cast<unsigned char>(name.back())))
            name.remove_suffix(1);
        else if (name.size() >= 2 && name.substr(name.size() - 2) == kNoBreakSpace)
            name.remove_suffix(2);
        else
            return name;
    }
}

}  // namespace

std::string trimmedName(std::string_view name) { return composed(trimmedOnly(name)); }

std::string foldCase(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            folded += static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            // U+00C0..U+00DE are 0xC3 0x80..0x9E in UTF-8; their lower case is 0x20 further (× excepted).
            const unsigned char next = static_cast<unsigned char>(text[i + 1]);
            folded += static_cast<char>(c);
            folded += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            ++i;
        } else {
            folded += static_cast<char>(c);
        }
    }
    return folded;
}

std::string nameKey(std::string_view name) {
    std::string key = foldCase(trimmedName(name));
    // The typographic apostrophe is the straight one: « l’Îlot » is « l'Îlot ».
    for (std::size_t at = key.find("\xE2\x80\x99"); at != std::string::npos; at = key.find("\xE2\x80\x99", at))
        key.replace(at, 3, "'");
    return key;
}

bool sameName(std::string_view a, std::string_view b) { return nameKey(a) == nameKey(b); }

std::string excerpt(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;  // back to the first byte of a letter
    const std::size_t space = text.rfind(' ', cut);
    if (space != std::string_view::npos && space > maxBytes / 2)
        cut = space;  // a whole word rather than half of one, unless the words are very long
    return trimmedName(text.substr(0, cut)) + "\xE2\x80\xA6";  // …
}

namespace {

bool hidesOrReorders(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||   // control characters, C0 and C1
           (c >= 0x200B && c <= 0x200F) ||              // zero-width spaces and joiners, direction marks
           (c >= 0x202A && c <= 0x202E) ||              // bidirectional embeddings and overrides
           (c >= 0x2060 && c <= 0x2064) ||              // word joiner and invisible operators
           (c >= 0x2066 && c <= 0x2069) ||              // bidirectional isolates
           c == 0xFEFF;                                  // zero-width no-break space
}

}  // namespace

void checkGivenName(std::string_view name) {
    std::size_t characters = 0;
    std::string shown;
    bool refused = false;
    for (std::size_t i = 0; i < name.size();) {
        const std::size_t start = i;
        const CodePoint c = nextCodePoint(name, i);
        ++characters;
        if (!c.valid || hidesOrReorders(c.value)) {  // a broken sequence is no letter either
            refused = true;
            shown += '?';
        } else if (shown.size() < 80) {
            shown.append(name.substr(start, i - start));
        }
    }
    if (refused)
        throw Error("name.bad_character", {shown});
    if (characters > kMaxNameCharacters)
        throw Error("name.too_long", {std::to_string(characters), std::to_string(kMaxNameCharacters)});
}

}  // namespace ets
