#include "core/layout/paragraphs.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(Paragraphs, ALeadingSpanCoversItsBytesAndNoMoreThanTheText) {
    const Paragraph line =
        withLeadingSpan(ParagraphRole::BriefItem, "Écho : une analyse", CharacterRole::Organisation, 5);
    ASSERT_TRUE(line.span.has_value());
    EXPECT_EQ(line.span->role, CharacterRole::Organisation);
    EXPECT_EQ(line.span->start, 0u);
    EXPECT_EQ(line.span->length, 5u);  // "Écho" is five bytes
    EXPECT_EQ(withLeadingSpan(ParagraphRole::Interviewer, "abc", CharacterRole::Speaker, 10).span->length, 3u);
    EXPECT_FALSE(withLeadingSpan(ParagraphRole::Interviewer, "", CharacterRole::Speaker, 0).span.has_value());
}

}  // namespace
}  // namespace ets
