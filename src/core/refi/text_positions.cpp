#include "core/refi/text_positions.hpp"

#include "core/text/error.hpp"

#include <algorithm>

namespace ets::refi {

namespace {

// Length of the UTF-8 sequence at text[i] and its code point, or 0 when it is not well-formed.
std::size_t decode(std::string_view text, std::size_t i, char32_t& codePoint) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0)
        length = 2, value = lead & 0x1F, minimum = 0x80;
    else if ((lead & 0xF0) == 0xE0)
        length = 3, value = lead & 0x0F, minimum = 0x800;
    else if ((lead & 0xF8) == 0xF0)
        length = 4, value = lead & 0x07, minimum = 0x10000;
    else
        return 0;
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    codePoint = value;
    return length;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    char32_t ignored = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = decode(text, i, ignored);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

std::size_t NormalisedText::toNormalised(std::size_t codePoint) const {
    // Every CR removed before this position shifts it back by one.
    const auto before = std::lower_bound(removedReturns.begin(), removedReturns.end(), codePoint);
    return codePoint - static_cast<std::size_t>(before - removedReturns.begin());
}

NormalisedText normaliseSourceText(std::string text) {
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        text.erase(0, 3);
    NormalisedText result;
    if (text.find('\r') == std::string::npos) {
        result.text = std::move(text);
        return result;
    }
    const std::string_view bytes = text;
    result.text.reserve(bytes.size());
    // Copied a line at a time; code points are counted only up to each CR (most files have none).
    std::size_t codePoint = 0;
    for (std::size_t start = 0;;) {
        const std::size_t cr = bytes.find('\r', start);
        const std::string_view run =
            bytes.substr(start, cr == std::string_view::npos ? std::string_view::npos : cr - start);
        result.text.append(run);
        if (cr == std::string_view::npos)
            return result;
        for (const char c : run)
            codePoint += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        if (cr + 1 < bytes.size() && bytes[cr + 1] == '\n')
            result.removedReturns.push_back(codePoint);  // the LF that follows stays
        else
            result.text.push_back('\n');
        ++codePoint;
        start = cr + 1;
    }
}

TextPositions::TextPositions(std::string_view utf8) : text_(utf8) {
    checkpoints_.reserve(utf8.size() / kStride + 2);
    char32_t codePoint = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        if (static_cast<unsigned char>(utf8[i]) < 0x80)  // most letters of a transcript: no decoding
        {
            if (codePoints_ % kStride == 0)
                checkpoints_.push_back(i);
            ++codePoints_;
            ++i;
            continue;
        }
        const std::size_t length = decode(utf8, i, codePoint);
        if (length == 0)
            throw Error("refi.bad_utf8");
        if (codePoints_ % kStride == 0)
            checkpoints_.push_back(i);
        if (codePoint > 0xFFFF)
            astral_.push_back(codePoints_);
        ++codePoints_;
        i += length;
    }
    if (codePoints_ % kStride == 0)
        checkpoints_.push_back(utf8.size());
}

std::size_t TextPositions::byteOfCodePoint(std::size_t codePoint) const {
    std::size_t byte = checkpoints_[codePoint / kStride];
    for (std::size_t left = codePoint % kStride; left > 0; --left) {
        ++byte;  // past the lead byte, then past its continuation bytes
        while (byte < text_.size() && (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80)
            ++byte;
    }
    return byte;
}

bool TextPositions::codePointOfUtf16(std::size_t utf16, std::size_t& codePoint) const {
    // The k-th astral character (0-based) at code point c starts at UTF-16 unit c + k.
    std::size_t low = 0;
    std::size_t high = astral_.size();
    while (low < high)  // how many astral characters start strictly before utf16
    {
        const std::size_t middle = (low + high) / 2;
        if (astral_[middle] + middle < utf16)
            low = middle + 1;
        else
            high = middle;
    }
    if (low > 0 && astral_[low - 1] + (low - 1) + 1 == utf16)
        return false;  // between the two halves of a surrogate pair
    const std::size_t result = utf16 - low;
    if (result > codePoints())
        return false;
    codePoint = result;
    return true;
}

std::size_t TextPositions::utf16OfCodePoint(std::size_t codePoint) const {
    const auto before = std::lower_bound(astral_.begin(), astral_.end(), codePoint);
    return codePoint + static_cast<std::size_t>(before - astral_.begin());
}

std::string TextPositions::slice(std::size_t begin, std::size_t end) const {
    const std::size_t from = byteOfCodePoint(begin);
    return std::string(text_.substr(from, byteOfCodePoint(end) - from));
}

}  // namespace ets::refi
