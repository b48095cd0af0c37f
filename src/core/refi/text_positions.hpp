#pragma once
// Positions in a text counted three ways: UTF-8 bytes (how the core stores text), Unicode code
// points (how REFI-QDA counts selections) and UTF-16 units (how LibreOffice counts). They differ
// for every letter outside ASCII (bytes) and for characters outside the BMP, such as emoji (UTF-16).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ets::refi {

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

// The text of a source as a plain-text exchange file carries it, made ready to count in: a UTF-8
// byte-order mark removed, CRLF and lone CR turned into LF. Exporters count their positions in the
// text without the mark; `toNormalised` maps such a position (a code point of the text with its
// CRLFs) to the same place in `text`, so that a selection keeps exactly its letters.
struct NormalisedText {
    std::string text;
    std::vector<std::size_t> removedReturns;  // code points (in the text before) of the CRs removed, ascending

    std::size_t toNormalised(std::size_t codePoint) const;
};
// Takes the bytes by value: a file without mark or CR (the usual case) is moved, not copied.
NormalisedText normaliseSourceText(std::string bytes);

// The three counts of one UTF-8 text. Built once (linear), then each conversion is a lookup or a
// binary search, so converting thousands of passages of a long transcript stays cheap.
class TextPositions {
public:
    // Throws Error("refi.bad_utf8") when the text is not UTF-8. The text must outlive this object.
    explicit TextPositions(std::string_view utf8);

    std::size_t codePoints() const { return codePoints_; }
    std::size_t utf16Units() const { return codePoints() + astral_.size(); }

    // Returns false (and leaves `codePoint` alone) for an offset inside a surrogate pair or past the end.
    bool codePointOfUtf16(std::size_t utf16, std::size_t& codePoint) const;
    // `codePoint` must be at most codePoints().
    std::size_t utf16OfCodePoint(std::size_t codePoint) const;
    std::size_t byteOfCodePoint(std::size_t codePoint) const;

    // The code points [begin, end) as UTF-8; both must be at most codePoints() and begin <= end.
    std::string slice(std::size_t begin, std::size_t end) const;

private:
    // The byte of every kStride-th code point: a lookup walks at most kStride - 1 letters from there,
    // and a long transcript does not need eight bytes per letter.
    static constexpr std::size_t kStride = 32;
    std::string_view text_;
    std::size_t codePoints_ = 0;
    std::vector<std::size_t> checkpoints_;
    std::vector<std::size_t> astral_;  // code points (ascending) that take two UTF-16 units
};

}  // namespace ets::refi
