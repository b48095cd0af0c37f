#pragma once
// Reading UTF-8 one code point at a time, the one decoder of the core (and its one encoder, appendCodePoint): a byte
// that starts no valid sequence (a lone continuation byte, a sequence cut short or broken by an ASCII byte) is reported
// as such, never merged with the bytes after it, so that a checker cannot be walked past a line feed hidden behind a
// broken lead byte.

#include <cstddef>
#include <string>
#include <string_view>

namespace ets {

struct CodePoint {
    char32_t value = 0;  // the code point, or the lone byte when !valid
    bool valid = false;
};

// The code point of `text` at `i`, with `i` advanced past it (by one byte when the sequence is not valid).
inline CodePoint nextCodePoint(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    char32_t point = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        valid = (next & 0xC0) == 0x80;
        point = (point << 6) | (next & 0x3F);
    }
    if (!valid) {
        ++i;
        return {lead, false};
    }
    i += length;
    return {point, true};
}

// Appends the code point (at most U+10FFFF, not a surrogate) to `out` in UTF-8.
inline void appendCodePoint(std::string& out, char32_t point) {
    if (point < 0x80) {
        out += static_cast<char>(point);
    } else if (point < 0x800) {
        out += static_cast<char>(0xC0 | (point >> 6));
        out += static_cast<char>(0x80 | (point & 0x3F));
    } else if (point < 0x10000) {
        out += static_cast<char>(0xE0 | (point >> 12));
        out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (point >> 18));
        out += static_cast<char>(0x80 | ((point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (point & 0x3F));
    }
}

}  // namespace ets
