#include "core/text/lists.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(Lists, PartsAreJoinedWithTheSeparatorBetweenThem) {
    EXPECT_EQ(joined({"a", "b", "c"}, ", "), "a, b, c");
    EXPECT_EQ(joined({"a"}, "; "), "a");
    EXPECT_EQ(joined({}, "; "), "");
}

TEST(Lists, TypedLinesAreTheLinesAsTypedBlankOnesLeftOut) {
    EXPECT_EQ(typedLines("  First\r\n\n \t\nSecond"), (std::vector<std::string>{"  First\r", "Second"}));
    EXPECT_TRUE(typedLines(" \r\n\t\n").empty());
    EXPECT_TRUE(typedLines("").empty());
}

}  // namespace
}  // namespace ets
