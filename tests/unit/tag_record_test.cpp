#include "core/coding/tag_record.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

namespace ets {
namespace {

using Strings = std::vector<std::string>;

TagRecord sampleRecord() {
    TagRecord record;
    record.anchor = "ETS_0123456789ab";
    record.themes = {{"th-1", "Non-recours aux droits"}, {"th-2", "Accès \"numérique\" & guichets"}};
    record.memo = "Elle dit : « on n'ose plus demander ».\nDeuxième ligne\t\\ fin";
    record.coder = "Amina";
    record.created = "2025-01-15";
    return record;
}

void expectSame(const TagRecord& a, const TagRecord& b) {
    EXPECT_EQ(a.anchor, b.anchor);
    ASSERT_EQ(a.themes.size(), b.themes.size());
    for (std::size_t i = 0; i < a.themes.size(); ++i) {
        EXPECT_EQ(a.themes[i].id, b.themes[i].id);
        EXPECT_EQ(a.themes[i].name, b.themes[i].name);
    }
    EXPECT_EQ(a.memo, b.memo);
    EXPECT_EQ(a.coder, b.coder);
    EXPECT_EQ(a.created, b.created);
}

void expectInvalid(std::string_view text, const std::string& detail) {
    try {
        tagsFromJson(text);
        ADD_FAILURE() << "accepted: " << text;
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "tags.invalid") << text;
        EXPECT_EQ(error.args(), Strings{detail}) << text;
    }
}

// ---- anchor names --------------------------------------------------------------------------

TEST(AnchorName, IsPrefixAndTwelveLowercaseHexDigitsAndDoesNotRepeat) {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string name = newAnchorName();
        ASSERT_EQ(name.size(), 16u) << name;
        ASSERT_EQ(name.rfind("ETS_", 0), 0u) << name;
        ASSERT_EQ(name.find_first_not_of("0123456789abcdef", 4), std::string::npos) << name;
        ASSERT_TRUE(isAnchorName(name)) << name;
        ASSERT_TRUE(seen.insert(name).second) << "repeated " << name;
    }
}

TEST(AnchorName, AcceptsWritersCopySuffixAndRefusesOtherBookmarks) {
    EXPECT_TRUE(isAnchorName("ETS_0123456789ab"));
    EXPECT_TRUE(isAnchorName("ETS_0123456789abCopy 1"));
    EXPECT_TRUE(isAnchorName("ETS_0123456789ab_1"));
    EXPECT_FALSE(isAnchorName("ETS_0123456789a"));   // too short
    EXPECT_FALSE(isAnchorName("ETS_0123456789AB"));  // upper case is not ours
    EXPECT_FALSE(isAnchorName("ets_0123456789ab"));
    EXPECT_FALSE(isAnchorName("ETS-0123456789ab"));
    EXPECT_FALSE(isAnchorName("ETS_0123456789xy"));
    EXPECT_FALSE(isAnchorName("_Toc123456789"));
    EXPECT_FALSE(isAnchorName(""));
}

TEST(AnchorName, BaseDropsTheSuffixOnly) {
    EXPECT_EQ(anchorBase("ETS_0123456789abCopy 1"), "ETS_0123456789ab");
    EXPECT_EQ(anchorBase("ETS_0123456789ab"), "ETS_0123456789ab");
    EXPECT_EQ(anchorBase("Signet1"), "Signet1");
}

// ---- JSON ------------------------------------------------------------------------------------

TEST(TagsJson, RoundTripKeepsAccentsQuotesAndLineBreaks) {
    TagRecord second;
    second.anchor = "ETS_ffffffffffff";
    second.themes = {{"th-3", "Épuisement des équipes"}};
    const std::vector<TagRecord> records{sampleRecord(), second};

    const std::string text = tagsToJson(records);
    EXPECT_EQ(text.find('\n'), std::string::npos) << "not compact: " << text;
    EXPECT_NE(text.find("Épuisement"), std::string::npos) << "accents should stay readable: " << text;
    const std::vector<TagRecord> read = tagsFromJson(text);
    ASSERT_EQ(read.size(), 2u);
    expectSame(read[0], records[0]);
    expectSame(read[1], records[1]);
}

TEST(TagsJson, RecordsReadBackFromMemoryAreThoseTheTextParsesTo) {
    // The last text written or read is remembered with its records, so that reading it back does not parse it again:
    // what comes from memory must be what parsing gives, field for field.
    TagRecord unusual;
    unusual.anchor = "ETS_00000000000a-copie";
    unusual.themes = {{"", "Thème sans id"}, {"th-9", "Santé 🙂 « mentale »"}};
    unusual.memo = "";
    const std::vector<TagRecord> records{sampleRecord(), unusual, TagRecord{}};
    const std::string text = tagsToJson(records);
    const std::vector<TagRecord> fromMemory = tagsFromJson(text);
    tagsFromJson(R"({"version":1,"tags":[{"anchor":"ETS_111111111111"}]})");  // another text is remembered instead
    const std::vector<TagRecord> parsed = tagsFromJson(text);
    ASSERT_EQ(fromMemory.size(), records.size());
    ASSERT_EQ(parsed.size(), records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        expectSame(fromMemory[i], records[i]);
        expectSame(parsed[i], records[i]);
    }
    // A text that differs by one character is read for what it says.
    std::string changed = text;
    changed.replace(changed.find("Amina"), 5, "Amine");
    EXPECT_EQ(tagsFromJson(changed)[0].coder, "Amine");
    EXPECT_EQ(tagsFromJson(text)[0].coder, "Amina");
}

TEST(TagsJson, WritesTheDocumentedLayout) {
    const nlohmann::json written = nlohmann::json::parse(tagsToJson({sampleRecord()}));
    EXPECT_EQ(written.at("version"), 1);
    const auto& tag = written.at("tags").at(0);
    EXPECT_EQ(tag.at("anchor"), "ETS_0123456789ab");
    EXPECT_EQ(tag.at("themes").at(1).at("id"), "th-2");
    EXPECT_EQ(tag.at("coder"), "Amina");
    EXPECT_EQ(tag.at("created"), "2025-01-15");
    EXPECT_EQ(tagsToJson({}), R"({"tags":[],"version":1})");
}

TEST(TagsJson, InvalidUtf8IsReplacedRatherThanLost) {
    TagRecord record = sampleRecord();
    record.memo = "caf\xE9";  // Latin-1, pasted from an old file
    // Read straight back: what the text says (the replacement character), not the records it was written from.
    const std::vector<TagRecord> read = tagsFromJson(tagsToJson({record}));
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].memo, "caf\xEF\xBF\xBD");
}

TEST(TagsJson, EmptyTextIsNoTags) {
    EXPECT_TRUE(tagsFromJson("").empty());
    EXPECT_TRUE(tagsFromJson("  \n").empty());
    EXPECT_TRUE(tagsFromJson("{}").empty());
}

TEST(TagsJson, ToleratesUnknownAndMissingFieldsAndBareThemeNames) {
    const auto read = tagsFromJson(R"({"version": 1, "writtenBy": "2.0", "tags": [
        {"anchor": "ETS_0123456789ab", "themes": [{"id": "th-1", "name": "Logement", "colour": "#FF0000"},
                                                   "Santé mentale", {"name": "Sans id"}],
         "memo": null, "highlight": true},
        {"themes": []}
    ]})");
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].anchor, "ETS_0123456789ab");
    ASSERT_EQ(read[0].themes.size(), 3u);
    EXPECT_EQ(read[0].themes[0].name, "Logement");
    EXPECT_EQ(read[0].themes[1].id, "");
    EXPECT_EQ(read[0].themes[1].name, "Santé mentale");
    EXPECT_EQ(read[0].themes[2].id, "");
    EXPECT_EQ(read[0].memo, "");
    EXPECT_EQ(read[0].coder, "");
    EXPECT_EQ(read[1].anchor, "");
}

TEST(TagsJson, DamagedTextNamesWhere) {
    expectInvalid(R"({"tags": [)", "not JSON (byte 11)");
    expectInvalid("not json", "not JSON (byte 2)");
    expectInvalid("[]", "top level");
    expectInvalid(R"({"tags": {}})", "tags");
    expectInvalid(R"({"tags": ["ETS_0123456789ab"]})", "tags[0]");
    expectInvalid(R"({"tags": [{"anchor": 12}]})", "tags[0].anchor");
    expectInvalid(R"({"tags": [{"themes": [{"name": ["x"]}]}]})", "tags[0].themes[0].name");
    expectInvalid(R"({"version": "1", "tags": []})", "version");
}

// Deeply nested JSON in a document's ETS.Tags took LibreOffice down in Passages and in the tally.
TEST(TagsJson, DeeplyNestedTextIsRefusedAsUnreadableTags) {
    const std::string hostile = R"({"version": 1, "tags": )" + std::string(200000, '[') + std::string(200000, ']') + "}";
    try {
        tagsFromJson(hostile);
        FAIL() << "accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "tags.invalid");
    }
}

TEST(TagsJson, NewerLayoutIsRefusedRatherThanHalfRead) {
    try {
        tagsFromJson(R"({"version": 2, "tags": [{"anchor": "ETS_0123456789ab"}]})");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "tags.future_version");
        EXPECT_EQ(error.args(), (Strings{"2", "1"}));
    }
}

// ---- margin comment ----------------------------------------------------------------------

TEST(AnnotationText, ThemesLineThenMemo) {
    EXPECT_EQ(annotationText(sampleRecord(), "Thèmes"),
              "Thèmes : Non-recours aux droits ; Accès \"numérique\" & guichets\n"
              "Elle dit : « on n'ose plus demander ».\nDeuxième ligne\t\\ fin");
    TagRecord plain;
    plain.themes = {{"th-1", "Logement"}};
    EXPECT_EQ(annotationText(plain, "Themes"), "Themes : Logement");
    plain.memo = " \n ";
    EXPECT_EQ(annotationText(plain, "Thema's"), "Thema's : Logement");
}

}  // namespace
}  // namespace ets
