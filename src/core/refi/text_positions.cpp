#include "core/refi/text_positions.hpp"

#include "core/error.hpp"

#include <algorithm>

namespace ets::refi {

namespace {

// Length of the UTF-8 sequence at text[i] and its code point, or 0 when it is not well-formed.
std::size_t decode(std::string_view text, std::size_t i, char32_t& codePoint)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
    {
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
    for (std::size_t k = 1; k < length; ++k)
    {
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

bool isValidUtf8(std::string_view text)
{
    char32_t ignored = 0;
    for (std::size_t i = 0; i < text.size();)
    {
        const std::size_t length = decode(text, i, ignored);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

std::size_t NormalisedText::toNormalised(std::size_t codePoint) const
{
    // Every CR removed before this position shifts it back by one.
    const auto before = std::lower_bound(removedReturns.begin(), removedReturns.end(), codePoint);
    return codePoint - static_cast<std::size_t>(before - removedReturns.begin());
}

NormalisedText normaliseSourceText(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    NormalisedText result;
    result.text.reserve(bytes.size());
    std::size_t codePoint = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
    {
        const char c = bytes[i];
        if (c == '\r')
        {
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
                result.removedReturns.push_back(codePoint);  // the LF that follows stays
            else
                result.text.push_back('\n');
        }
        else
            result.text.push_back(c);
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)  // a lead byte starts a code point
            ++codePoint;
    }
    return result;
}

TextPositions::TextPositions(std::string_view utf8)
{
    byteOfCodePoint_.reserve(utf8.size() + 1);
    char32_t codePoint = 0;
    for (std::size_t i = 0; i < utf8.size();)
    {
        const std::size_t length = decode(utf8, i, codePoint);
        if (length == 0)
            throw Error("refi.bad_utf8");
        if (codePoint > 0xFFFF)
            astral_.push_back(byteOfCodePoint_.size());
        byteOfCodePoint_.push_back(i);
        i += length;
    }
    byteOfCodePoint_.push_back(utf8.size());
}

bool TextPositions::codePointOfUtf16(std::size_t utf16, std::size_t& codePoint) const
{
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

std::size_t TextPositions::utf16OfCodePoint(std::size_t codePoint) const
{
    const auto before = std::lower_bound(astral_.begin(), astral_.end(), codePoint);
    return codePoint + static_cast<std::size_t>(before - astral_.begin());
}

std::string TextPositions::slice(std::string_view utf8, std::size_t begin, std::size_t end) const
{
    const std::size_t from = byteOfCodePoint_[begin];
    return std::string(utf8.substr(from, byteOfCodePoint_[end] - from));
}

}  // namespace ets::refi
