#include "core/text/bounded_json.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ets {
namespace {

std::string nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }

JsonRefused::Reason refusal(const std::string& text, JsonBounds bounds) {
    try {
        parseBoundedJson(text, bounds);
    } catch (const JsonRefused& refused) {
        return refused.reason();
    }
    ADD_FAILURE() << "accepted: " << text.substr(0, 40);
    return JsonRefused::Reason::NotJson;
}

TEST(BoundedJson, ReadsJsonUpToTheDepthAllowed) {
    EXPECT_EQ(parseBoundedJson(nested(4), {1000, 4}).dump(), "[[[[]]]]");
    EXPECT_EQ(parseBoundedJson(R"({"a":{"b":[1,{"c":2}]}})", {1000, 4})["a"]["b"][1]["c"], 2);
    EXPECT_EQ(parseBoundedJson("3", {1000, 1}), 3);
}

TEST(BoundedJson, RefusesOneLevelTooDeepArraysAndObjectsAlike) {
    EXPECT_EQ(refusal(nested(5), {1000, 4}), JsonRefused::Reason::TooDeep);
    EXPECT_EQ(refusal(R"({"a":{"b":[1,{"c":{}}]}})", {1000, 4}), JsonRefused::Reason::TooDeep);
}

// The file that took LibreOffice down: 100,000 arrays inside one another, then a closing that never matches.
TEST(BoundedJson, AHundredThousandNestedArraysAreRefusedWithoutRecursion) {
    EXPECT_EQ(refusal(nested(100000), kProjectFileBounds), JsonRefused::Reason::TooDeep);
    EXPECT_EQ(refusal(std::string(100000, '['), kProjectFileBounds), JsonRefused::Reason::TooDeep);
    EXPECT_EQ(refusal(std::string(100000, '{'), kTagsBounds), JsonRefused::Reason::NotJson);  // a key must follow
}

TEST(BoundedJson, RefusesTextLargerThanAllowedBeforeReadingIt) {
    EXPECT_EQ(refusal(std::string(2000, ' ') + "1", {1000, 4}), JsonRefused::Reason::TooLarge);
}

TEST(BoundedJson, NotJsonSaysWhereItStopped) {
    try {
        parseBoundedJson("[1, 2,, 3]", {1000, 4});
        FAIL() << "accepted";
    } catch (const JsonRefused& refused) {
        EXPECT_EQ(refused.reason(), JsonRefused::Reason::NotJson);
        EXPECT_EQ(refused.byte(), 7u);
    }
}

TEST(BoundedJson, BracketsInsideStringsAreText) {
    const std::string text = "[\"" + std::string(1000, '[') + "\"]";
    EXPECT_EQ(parseBoundedJson(text, {10000, 2})[0].get<std::string>().size(), 1000u);
}

TEST(BoundedJson, AKeyGivenTwiceInOneObjectIsRefusedAndNamed) {
    try {
        parseBoundedJson(R"({"hours": [{"hours": 2, "person": "A", "hours": 20}]})", {1000, 4});
        FAIL() << "accepted";
    } catch (const JsonRefused& refused) {
        EXPECT_EQ(refused.reason(), JsonRefused::Reason::DuplicateKey);
        EXPECT_EQ(refused.key(), "hours");
    }
    // The same key in two objects, or nested in itself, is no duplicate.
    EXPECT_NO_THROW(parseBoundedJson(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})", {1000, 4}));
}

TEST(BoundedJson, ANumberTooLargeForAnyIsNamed) {
    try {
        parseBoundedJson(R"({"hours": 1e400})", {1000, 4});
        FAIL() << "accepted";
    } catch (const JsonRefused& refused) {
        EXPECT_EQ(refused.reason(), JsonRefused::Reason::NumberOutOfRange);
        EXPECT_EQ(refused.key(), "1e400");
    }
}

}  // namespace
}  // namespace ets
