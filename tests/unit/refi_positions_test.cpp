// Positions counted in UTF-8 bytes, code points (REFI-QDA) and UTF-16 units (LibreOffice).

#include "core/refi/text_positions.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

using ets::refi::normaliseSourceText;
using ets::refi::TextPositions;

namespace {

// "é" is 2 bytes, 1 code point, 1 UTF-16 unit; "😀" (U+1F600) is 4 bytes, 1 code point, 2 units.
const std::string kText = "a\xC3\xA9 \xF0\x9F\x98\x80 b\xF0\x9F\x98\x80";

}  // namespace

TEST(RefiPositions, CountsEachWay) {
    const TextPositions positions(kText);
    EXPECT_EQ(positions.codePoints(), 7u);  // a é space 😀 space b 😀
    EXPECT_EQ(positions.utf16Units(), 9u);
    EXPECT_EQ(positions.utf16OfCodePoint(3), 3u);  // the first emoji starts where it would in code points
    EXPECT_EQ(positions.utf16OfCodePoint(4), 5u);  // after it, UTF-16 is one ahead
    EXPECT_EQ(positions.utf16OfCodePoint(7), 9u);
    EXPECT_EQ(positions.byteOfCodePoint(4), 8u);
}

TEST(RefiPositions, Utf16BackToCodePoints) {
    const TextPositions positions(kText);
    std::size_t codePoint = 99;
    ASSERT_TRUE(positions.codePointOfUtf16(5, codePoint));
    EXPECT_EQ(codePoint, 4u);
    ASSERT_TRUE(positions.codePointOfUtf16(9, codePoint));
    EXPECT_EQ(codePoint, 7u);
    for (std::size_t cp = 0; cp <= positions.codePoints(); ++cp) {
        std::size_t back = 99;
        ASSERT_TRUE(positions.codePointOfUtf16(positions.utf16OfCodePoint(cp), back));
        EXPECT_EQ(back, cp);
    }
}

TEST(RefiPositions, RefusesTheMiddleOfASurrogatePairAndThePastEnd) {
    const TextPositions positions(kText);
    std::size_t codePoint = 42;
    EXPECT_FALSE(positions.codePointOfUtf16(4, codePoint));   // inside the first emoji
    EXPECT_FALSE(positions.codePointOfUtf16(8, codePoint));   // inside the last one
    EXPECT_FALSE(positions.codePointOfUtf16(10, codePoint));  // beyond the text
    EXPECT_EQ(codePoint, 42u);
}

TEST(RefiPositions, SlicesByCodePoints) {
    const TextPositions positions(kText);
    EXPECT_EQ(positions.slice(1, 4), "\xC3\xA9 \xF0\x9F\x98\x80");
    EXPECT_EQ(positions.slice(6, 7), "\xF0\x9F\x98\x80");
}

TEST(RefiPositions, LongTextsAreCountedAcrossCheckpoints) {
    // Far more letters than one checkpoint covers, mixing 1-, 2- and 4-byte characters.
    std::string text;
    std::u16string utf16;
    for (int i = 0; i < 500; ++i) {
        text += i % 3 == 0 ? "\xF0\x9F\x98\x80" : (i % 3 == 1 ? "\xC3\xA9" : "a");
        utf16 += i % 3 == 0 ? u"\U0001F600" : (i % 3 == 1 ? u"\u00e9" : u"a");
    }
    const TextPositions positions(text);
    ASSERT_EQ(positions.codePoints(), 500u);
    EXPECT_EQ(positions.utf16Units(), utf16.size());
    EXPECT_EQ(positions.slice(300, 303), "\xF0\x9F\x98\x80"
                                         "\xC3\xA9"
                                         "a");  // 300 % 3 == 0: the emoji
    EXPECT_EQ(positions.byteOfCodePoint(500), text.size());
    std::size_t back = 0;
    ASSERT_TRUE(positions.codePointOfUtf16(positions.utf16OfCodePoint(433), back));
    EXPECT_EQ(back, 433u);
}

TEST(RefiPositions, RefusesTextThatIsNotUtf8) {
    EXPECT_THROW(TextPositions("caf\xE9"), ets::Error);       // Latin-1
    EXPECT_THROW(TextPositions("\xC0\xAF"), ets::Error);      // overlong '/'
    EXPECT_THROW(TextPositions("\xED\xA0\x80"), ets::Error);  // a UTF-16 surrogate
    EXPECT_FALSE(ets::refi::isValidUtf8("\xF0\x9F\x98"));     // truncated
    EXPECT_TRUE(ets::refi::isValidUtf8(kText));
}

TEST(RefiPositions, NormalisesByteOrderMarkAndLineEnds) {
    // Positions as an exporter counts them: without the mark, with CRLF as two code points.
    const auto normalised = normaliseSourceText("\xEF\xBB\xBFun\r\ndeux\rtrois\r\n\xC3\xA9t\xC3\xA9");
    EXPECT_EQ(normalised.text, "un\ndeux\ntrois\n\xC3\xA9t\xC3\xA9");
    EXPECT_EQ(normalised.toNormalised(0), 0u);
    EXPECT_EQ(normalised.toNormalised(4), 3u);    // "deux" starts after "un\r\n"
    EXPECT_EQ(normalised.toNormalised(9), 8u);    // "trois" after a lone CR: no shift added
    EXPECT_EQ(normalised.toNormalised(16), 14u);  // "été" after the second CRLF
    EXPECT_EQ(normalised.toNormalised(19), 17u);  // its end
}
