// Going through a transcript passage by passage (Passages, Action Next / Previous), decided in the core and tried on a
// transcript held in memory.

#include "core/coding/memory_transcript.hpp"
#include "core/coding/passage_steps.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

const std::string kKey = "transcripts/ama.odt";

struct Tagged3 {
    Project project;
    MemoryTranscript transcript{"Un loyer. Deux écrans. Trois loyers. Quatre.", "/p/" + kKey};
    std::string first, second, third;
    Tagged3() {
        project.themes = {{"th-log", "Logement", "", "", ""}, {"th-num", "Fracture numérique", "", "", ""}};
        const auto tag = [&](const char* words, const char* theme, const char* coder) {
            return tagSpan(project, kKey, transcript, *transcript.spanOf(words),
                           TagRequest{{theme}, "", coder, "2026-11-20", "Thèmes"})
                .anchor;
        };
        // Tagged out of order: the steps follow the text, not the tagging.
        third = tag("Trois loyers.", "Logement", "Claire");
        first = tag("Un loyer.", "Logement", "Claire");
        second = tag("Deux écrans.", "Fracture numérique", "Yasmine");
    }
};

TEST(PassageSteps, NextAndPreviousFollowTheTextFromTheCursor) {
    Tagged3 t;
    const auto from = [&](const char* words, PassageStep step) {
        return passageFrom(t.project, t.transcript, *t.transcript.spanOf(words), step, "", "");
    };
    EXPECT_EQ(from("Un", PassageStep::Next), t.second);  // from a selected passage, the one after it
    EXPECT_EQ(from("Deux", PassageStep::Next), t.third);
    EXPECT_EQ(from("Trois", PassageStep::Previous), t.second);
    EXPECT_EQ(from("écrans", PassageStep::Previous), t.second);  // inside a passage: back to its start
    EXPECT_EQ(from("Quatre", PassageStep::Next), std::nullopt);
    EXPECT_EQ(from("Un", PassageStep::Previous), std::nullopt);
}

TEST(PassageSteps, ThemeAndCoderFiltersSkipTheOthers) {
    Tagged3 t;
    const std::unique_ptr<TextSpan> cursor = t.transcript.span(0, 0);
    const TextSpan& start = *cursor;
    EXPECT_EQ(passageFrom(t.project, t.transcript, *t.transcript.spanOf("Un"), PassageStep::Next, "logement", ""),
              t.third);
    EXPECT_EQ(passageFrom(t.project, t.transcript, start, PassageStep::Next, "", "yasmine"), t.second);
    EXPECT_EQ(passageFrom(t.project, t.transcript, start, PassageStep::Next, "Fracture numérique", "Claire"),
              std::nullopt);
    EXPECT_THROW(passageFrom(t.project, t.transcript, start, PassageStep::Next, "Inconnu", ""), Error);
}

TEST(PassageSteps, TheActionIsNamedInAnyCase) {
    EXPECT_EQ(passageStep("next"), PassageStep::Next);
    EXPECT_EQ(passageStep("PREVIOUS"), PassageStep::Previous);
    EXPECT_EQ(passageStep("List"), std::nullopt);
}

}  // namespace
}  // namespace ets
