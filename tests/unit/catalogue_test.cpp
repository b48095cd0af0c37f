#include "core/text/catalogue.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <fstream>

namespace fs = std::filesystem;

namespace ets {
namespace {

const fs::path kStringsDir = ETS_STRINGS_DIR;

TEST(Catalogue, FillsPlaceholdersInAnyOrder) {
    const Catalogue catalogue = Catalogue::fromJsonText(R"({"greet": "{1}, puis {0} et encore {1}"})");
    EXPECT_EQ(catalogue.text("greet", {"A", "B"}), "B, puis A et encore B");
}

TEST(Catalogue, LeavesUnfilledPlaceholdersAndDoesNotExpandArguments) {
    const Catalogue catalogue = Catalogue::fromJsonText(R"({"k": "{0} / {1} / {x} / {"})");
    EXPECT_EQ(catalogue.text("k", {"{1}"}), "{1} / {1} / {x} / {");
}

TEST(Catalogue, FillsFromAnError) {
    const Catalogue catalogue = Catalogue::fromJsonText(R"({"project.not_found": "Pas de projet dans {0}."})");
    EXPECT_EQ(catalogue.text(Error("project.not_found", {"/tmp/x"})), "Pas de projet dans /tmp/x.");
}

TEST(Catalogue, UnknownKeyGivesTheKeyItself) {
    const Catalogue catalogue = Catalogue::fromJsonText("{}");
    EXPECT_EQ(catalogue.text("menu.missing"), "menu.missing");
    EXPECT_FALSE(catalogue.has("menu.missing"));
    EXPECT_EQ(Catalogue().text("a.b"), "a.b");
}

TEST(Catalogue, RefusesTextThatIsNotAFlatCatalogue) {
    for (const char* bad : {"", "not json", "[]", R"({"k": 1})", R"({"k": {"nested": "x"}})", R"({"k": "x")"}) {
        try {
            Catalogue::fromJsonText(bad, "messages_xx.json");
            ADD_FAILURE() << "accepted: " << bad;
        } catch (const Error& error) {
            EXPECT_EQ(error.key(), "catalogue.invalid");
            EXPECT_EQ(error.args(), std::vector<std::string>{"messages_xx.json"});
        }
    }
}

// A throwaway strings folder with a Dutch file lacking one key.
class CatalogueFiles : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = uniqueTempFolder("ets-strings-test");
        fs::create_directories(dir_);
        write("messages_en.json", R"({"a": "A in English {0}", "b": "B in English"})");
        write("messages_nl.json", R"({"a": "A in het Nederlands {0}"})");
    }
    void TearDown() override { fs::remove_all(dir_); }
    void write(const char* name, const char* text) { std::ofstream(dir_ / name) << text; }
    fs::path dir_;
};

TEST_F(CatalogueFiles, MissingKeyFallsBackToEnglish) {
    const Catalogue dutch = Catalogue::load(dir_, "nl");
    EXPECT_EQ(dutch.text("a", {"1"}), "A in het Nederlands 1");
    EXPECT_EQ(dutch.text("b"), "B in English");
    EXPECT_TRUE(dutch.has("b"));
    EXPECT_EQ(dutch.keys(), std::vector<std::string>{"a"});
}

TEST_F(CatalogueFiles, LanguageWithoutAFileGetsEnglish) {
    EXPECT_EQ(Catalogue::load(dir_, "de").text("b"), "B in English");
    EXPECT_EQ(Catalogue::load(dir_, "../../etc/passwd").text("b"), "B in English");
}

TEST_F(CatalogueFiles, DamagedFileNamesTheFile) {
    write("messages_nl.json", R"({"a": )");
    try {
        Catalogue::load(dir_, "nl");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "catalogue.invalid");
        EXPECT_EQ(error.args(), std::vector<std::string>{(dir_ / "messages_nl.json").u8string()});
    }
}

TEST_F(CatalogueFiles, NoCatalogueAtAll) {
    try {
        Catalogue::load(dir_ / "nowhere", "fr");
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "catalogue.not_found");
    }
}

TEST(CatalogueLanguage, MapsLibreOfficeLocales) {
    EXPECT_EQ(catalogueLanguage("fr-BE"), "fr");
    EXPECT_EQ(catalogueLanguage("fr"), "fr");
    EXPECT_EQ(catalogueLanguage("FR_be"), "fr");
    EXPECT_EQ(catalogueLanguage("nl-BE"), "nl");
    EXPECT_EQ(catalogueLanguage("en-US"), "en");
    EXPECT_EQ(catalogueLanguage(""), "fr");
    EXPECT_EQ(catalogueLanguage("de-DE"), "en");
}

// ---- the shipped catalogues -------------------------------------------------------------

TEST(ShippedCatalogues, FrenchEnglishAndDutchHaveExactlyTheSameKeys) {
    const auto french = Catalogue::load(kStringsDir, "fr").keys();
    const auto english = Catalogue::load(kStringsDir, "en").keys();
    const auto dutch = Catalogue::load(kStringsDir, "nl").keys();
    ASSERT_FALSE(french.empty());
    EXPECT_EQ(french, english);
    EXPECT_EQ(french, dutch);
}

TEST(ShippedCatalogues, FilesAreSortedByKey) {
    for (const char* language : {"fr", "en", "nl"}) {
        std::ifstream in(kStringsDir / ("messages_" + std::string(language) + ".json"));
        std::string line, previous;
        while (std::getline(in, line)) {
            const auto open = line.find('"');
            if (open == std::string::npos)
                continue;
            const std::string key = line.substr(open + 1, line.find('"', open + 1) - open - 1);
            EXPECT_LT(previous, key) << "messages_" << language << ".json";
            previous = key;
        }
    }
}

// Every key ets_core throws, with the number of arguments a person's message gets
// (loadProject adds the file's path to the json.* and future_version errors).
const std::vector<std::pair<std::string, std::size_t>> kCoreErrorKeys = {
    {"search.empty_query", 0},
    {"search.query_too_long", 1},
    {"search.bad_regex", 2},
    {"search.too_slow", 1},
    {"search.bad_unit", 1},
    {"search.too_many", 2},
    {"search.no_hits", 1},
    {"search.unknown_transcript", 1},
    {"people.no_name", 1},
    {"people.twice", 1},
    {"interview.bad_date", 1},
    {"interview.bad_duration", 1},
    {"interview.bad_status", 1},
    {"interview.bad_consent_form", 1},
    {"interview.planned_past", 2},
    {"interview.unknown", 1},
    {"review.bad_format", 1},
    {"review.not_transcript", 1},
    {"calendar.bad_phase_end", 1},
    {"organisation.bad_role", 1},
    {"organisation.bad_status", 1},
    {"organisation.exists", 1},
    {"organisation.has_hours", 2},
    {"organisation.has_interviews", 2},
    {"organisation.name_empty", 0},
    {"organisation.unknown", 1},
    {"catalogue.invalid", 1},
    {"catalogue.not_found", 1},
    {"json.bad_value", 3},
    {"json.duplicate_id", 3},
    {"json.missing_field", 2},
    {"json.parent_cycle", 3},
    {"json.unknown_reference", 3},
    {"json.wrong_type", 3},
    {"project.already_exists", 1},
    {"project.folder_not_writable", 1},
    {"project.future_version", 3},
    {"project.name_empty", 0},
    {"project.not_found", 1},
    {"project.not_json", 3},
    {"project.save_invalid", 4},
    {"project.unreadable", 1},
    {"project.write_failed", 2},
    {"tags.future_version", 2},
    {"tags.invalid", 1},
    {"theme.bad_colour", 1},
    {"theme.exists", 1},
    {"theme.has_passages", 2},
    {"theme.merge_self", 1},
    {"theme.name_empty", 0},
    {"theme.parent_cycle", 2},
    {"theme.unknown", 1},
    {"transcript.missing", 1},
    {"hours.bad_date", 1},
    {"hours.not_positive", 1},
    {"hours.not_quarter", 1},
    {"hours.day_over_24", 3},
    {"hours.unknown_activity", 1},
    {"hours.person_empty", 0},
    {"invoice.bad_date", 1},
    {"invoice.period_reversed", 2},
    {"invoice.bad_rate", 1},
    {"invoice.bad_flat", 1},
    {"invoice.no_hours", 2},
    {"options.bad_quotes", 1},
    {"options.bad_places", 1},
    {"options.bad_rate", 1},
    {"options.bad_flat", 1},
};

TEST(ShippedCatalogues, EveryCoreErrorHasATextInFrenchAndEnglish) {
    for (const char* language : {"fr", "en"}) {
        const Catalogue alone = Catalogue::fromJsonText([&] {
            std::ifstream in(kStringsDir / ("messages_" + std::string(language) + ".json"));
            return std::string(std::istreambuf_iterator<char>(in), {});
        }());
        for (const auto& [key, argumentCount] : kCoreErrorKeys)
            EXPECT_TRUE(alone.has(key)) << key << " missing in " << language;
    }
}

TEST(ShippedCatalogues, CoreErrorTextsUseTheirArgumentsOnly) {
    for (const char* language : {"fr", "en", "nl"}) {
        const Catalogue catalogue = Catalogue::load(kStringsDir, language);
        for (const auto& [key, argumentCount] : kCoreErrorKeys) {
            std::vector<std::string> args;
            for (std::size_t i = 0; i < argumentCount; ++i)
                args.push_back("<" + std::to_string(i) + ">");
            const std::string text = catalogue.text(key, args);
            EXPECT_EQ(text.find('{'), std::string::npos) << language << " " << key << ": " << text;
            // The last argument of save_invalid (the cause key) is for logs, not for people.
            const std::size_t shown = key == "project.save_invalid" ? 3 : argumentCount;
            for (std::size_t i = 0; i < shown; ++i)
                EXPECT_NE(text.find(args[i]), std::string::npos) << language << " " << key << " lacks {" << i << "}";
        }
    }
}

}  // namespace
}  // namespace ets
