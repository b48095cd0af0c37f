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

// Typesetting moves bytes (a no-break space is two, ’ is three): the span and the link must still cover their words,
// and the link's target, kept apart, is never typeset ("l'Îlot.odt" is the file's real name).
TEST(Paragraphs, TypesettingKeepsTheSpanAndTheLinkOnTheirWords) {
    Paragraph source = withLeadingSpan(ParagraphRole::BriefSource, "Écho : 5 novembre · passage : t/l'Îlot.odt#ETS_1",
                                       CharacterRole::Organisation, 5);
    const std::size_t at = source.text.find("passage");
    source.link = PassageLink{at, source.text.size() - at, "t/l'Îlot.odt", "ETS_1"};
    const Paragraph set = typesetParagraph(source, "fr");
    EXPECT_EQ(set.text.substr(set.span->start, set.span->length), "Écho");
    EXPECT_EQ(set.text.substr(set.link->start, set.link->length), "passage\u00a0: t/l’Îlot.odt#ETS_1");
    EXPECT_EQ(set.link->file, "t/l'Îlot.odt");
    EXPECT_EQ(set.link->start + set.link->length, set.text.size());
}

}  // namespace
}  // namespace ets
