#include "core/layout/paragraphs.hpp"

#include "core/text/lists.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(Paragraphs, ALeadingSpanCoversItsBytesAndNoMoreThanTheText) {
    const Paragraph line = withLeadingSpan(ParagraphRole::BriefItem, "Écho : une analyse", CharacterRole::Organisation, 5);
    ASSERT_TRUE(line.span.has_value());
    EXPECT_EQ(line.span->role, CharacterRole::Organisation);
    EXPECT_EQ(line.span->start, 0u);
    EXPECT_EQ(line.span->length, 5u);  // "Écho" is five bytes
    EXPECT_EQ(withLeadingSpan(ParagraphRole::Interviewer, "abc", CharacterRole::Speaker, 10).span->length, 3u);
    EXPECT_FALSE(withLeadingSpan(ParagraphRole::Interviewer, "", CharacterRole::Speaker, 0).span.has_value());
}

TEST(Paragraphs, TypedLinesBecomeParagraphsAsTypedBlankOnesLeftOut) {
    const std::vector<Paragraph> lines = linesAsParagraphs(ParagraphRole::TextBody, "  First\r\n\n \t\nSecond");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].text, "  First\r");
    EXPECT_EQ(lines[1].text, "Second");
    EXPECT_EQ(lines[1].role, ParagraphRole::TextBody);
    EXPECT_TRUE(linesAsParagraphs(ParagraphRole::TextBody, " \r\n\t\n").empty());
    EXPECT_TRUE(linesAsParagraphs(ParagraphRole::TextBody, "").empty());
}

TEST(Lists, PartsAreJoinedWithTheSeparatorBetweenThem) {
    EXPECT_EQ(joined({"a", "b", "c"}, ", "), "a, b, c");
    EXPECT_EQ(joined({"a"}, "; "), "a");
    EXPECT_EQ(joined({}, "; "), "");
}

}  // namespace
}  // namespace ets
