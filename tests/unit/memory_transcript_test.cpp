// The in-memory transcript behaves as a Writer transcript does where the core's decisions depend on it.

#include "core/coding/memory_transcript.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(MemoryTranscript, AnchorsFollowTheTextAsItIsTypedAndDeleted) {
    MemoryTranscript transcript("un deux trois");
    transcript.addAnchor(*transcript.spanOf("deux"), "ETS_a", "C", "c");
    transcript.insertText(0, ">> ");
    EXPECT_EQ(transcript.anchors()[0].text, "deux");
    transcript.insertText(transcript.text().find("eux"), "-");
    EXPECT_EQ(transcript.anchors()[0].text, "d-eux");
    transcript.eraseText(0, transcript.text().find("eux"));
    EXPECT_EQ(transcript.anchors()[0].text, "eux");
}

TEST(MemoryTranscript, SpansOverlapTouchAndMatchExactly) {
    MemoryTranscript transcript("abcdefghij");
    transcript.addAnchor(*transcript.span(2, 5), "ETS_a", "C", "c");
    EXPECT_EQ(transcript.anchorsOver(*transcript.span(2, 5)), std::vector<std::string>{"ETS_a"});
    EXPECT_TRUE(transcript.anchorsOver(*transcript.span(2, 6)).empty());
    EXPECT_EQ(transcript.anchorsAt(*transcript.span(5, 5)).size(), 1u);  // a cursor at its edge finds it
    EXPECT_TRUE(transcript.anchorsAt(*transcript.span(6, 8)).empty());
    EXPECT_THROW(transcript.anchorSpan("ETS_b"), Error);
    MemoryTranscript other("abc");
    EXPECT_THROW(transcript.anchorsOver(*other.span(0, 1)), std::invalid_argument);
}

TEST(MemoryTranscript, PlainTextCountsUtf16UnitsAndSpansCountCodePoints) {
    MemoryTranscript transcript;
    transcript.writeText("é\xF0\x9F\x98\x80 x\ny");  // é, an emoji (two UTF-16 units), space, x, LF, y
    const auto spans = transcript.spansAt({{1, 2}, {3, 6}});
    EXPECT_EQ(spans[0]->text(), "\xF0\x9F\x98\x80");
    EXPECT_EQ(spans[1]->text(), "x\ny");
    transcript.addAnchor(*spans[1], "ETS_a", "C", "c");
    const PlainText plain = transcript.plainText();
    ASSERT_EQ(plain.spans.size(), 1u);
    EXPECT_EQ(plain.spans[0].start, 4u);
    EXPECT_EQ(plain.spans[0].end, 7u);
}

TEST(MemoryTranscript, TheCardKeepsOnlyTheCardsProperties) {
    MemoryTranscript transcript;
    transcript.setCardProperties({{"ETS.InterviewId", "in-1"}, {"ETS.Tags", "x"}, {"Auteur", "y"}});
    EXPECT_EQ(transcript.cardProperties(), (std::map<std::string, std::string>{{"ETS.InterviewId", "in-1"}}));
}

}  // namespace
}  // namespace ets
