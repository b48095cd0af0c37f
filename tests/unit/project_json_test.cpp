#include "core/project/project_json.hpp"

#include "core/text/error.hpp"
#include "sample_project.hpp"

#include <gtest/gtest.h>

#include <functional>

using nlohmann::json;

namespace ets {
namespace {

TEST(ProjectJson, RoundTripKeepsEveryField) {
    const Project original = testing::sampleProject();
    const json written = toJson(original);
    const Project read = projectFromJson(json::parse(written.dump(2)));

    EXPECT_EQ(toJson(read), written);
    // Spot checks on the model itself, in case toJson forgot a field on both sides.
    EXPECT_EQ(read.name, original.name);
    EXPECT_EQ(read.settings.coder, "Amina");
    EXPECT_DOUBLE_EQ(read.settings.minimumHours, 80.5);
    EXPECT_EQ(read.settings.language, "nl");
    EXPECT_EQ(read.themes[1].parentId, "th-1");
    EXPECT_EQ(read.themes[0].colour, "#A0B1C2");
    EXPECT_EQ(read.organisations[0].role, OrganisationRole::Both);
    EXPECT_EQ(read.organisations[0].status, OrganisationStatus::Interviewed);
    EXPECT_EQ(read.organisations[0].referent, "Luc");
    EXPECT_EQ(read.interviews[0].participants, original.interviews[0].participants);
    EXPECT_TRUE(read.interviews[0].consent);
    EXPECT_EQ(read.interviews[0].durationMinutes, 125);
    EXPECT_EQ(read.passages[0].themeIds, (std::vector<std::string>{"th-1", "th-2"}));
    EXPECT_EQ(read.passages[0].text, original.passages[0].text);
    EXPECT_EQ(read.hours[0].activity, Activity::Interviews);
    EXPECT_DOUBLE_EQ(read.hours[0].hours, 2.75);
    ASSERT_EQ(read.transcripts.size(), 1u);
    EXPECT_EQ(read.transcripts[0].transcript, "transcripts/maison-medicale.odt");
    EXPECT_EQ(read.transcripts[0].modified, 1736935200123456);
    EXPECT_EQ(read.transcripts[0].size, 5000000000u);
}

TEST(ProjectJson, WritesReadableCamelCaseAndEnglishEnumNames) {
    const json written = toJson(testing::sampleProject());
    EXPECT_EQ(written.at("schemaVersion"), kSchemaVersion);
    EXPECT_EQ(written.at("organisations")[0].at("role"), "Both");
    EXPECT_EQ(written.at("hours")[0].at("activity"), "Interviews");
    EXPECT_EQ(written.at("interviews")[0].at("durationMinutes"), 125);
    EXPECT_EQ(written.at("settings").at("minimumHours"), 80.5);
}

TEST(ProjectJson, EmptyProjectRoundTrips) {
    Project empty;
    empty.name = "Vide";
    EXPECT_EQ(toJson(projectFromJson(toJson(empty))), toJson(empty));
}

TEST(ProjectJson, FileWrittenBeforeStampsExistedStillOpens) {
    json document = toJson(testing::sampleProject());
    document.erase("transcripts");
    EXPECT_TRUE(projectFromJson(document).transcripts.empty());
    document["transcripts"] = nullptr;
    EXPECT_TRUE(projectFromJson(document).transcripts.empty());
}

TEST(ProjectJson, NamesToPseudonymiseRoundTripAndAreOptional) {
    Project project = testing::sampleProject();
    project.people = {{"Martine Dubois", "coordinatrice"}, {"Joël", ""}};
    const Project read = projectFromJson(json::parse(toJson(project).dump()));
    ASSERT_EQ(read.people.size(), 2u);
    EXPECT_EQ(read.people[0].name, "Martine Dubois");
    EXPECT_EQ(read.people[0].role, "coordinatrice");
    EXPECT_EQ(read.people[1].role, "");
    json older = toJson(project);
    older.erase("people");  // a file written before the list existed (demo/ets-project.json)
    EXPECT_TRUE(projectFromJson(older).people.empty());
}

TEST(ProjectJson, UnknownFieldsAreTolerated) {
    json document = toJson(testing::sampleProject());
    document["addedByALaterRelease"] = {{"x", 1}};
    document["themes"][0]["icon"] = "star";
    EXPECT_NO_THROW(projectFromJson(document));
}

TEST(ProjectJson, OptionalFieldsMayBeAbsent) {
    json document = toJson(testing::sampleProject());
    document["organisations"][0].erase("notes");
    document["organisations"][0].erase("role");
    document["interviews"][0].erase("date");
    const Project read = projectFromJson(document);
    EXPECT_EQ(read.organisations[0].notes, "");
    EXPECT_EQ(read.organisations[0].role, OrganisationRole::Knot);
    EXPECT_EQ(read.interviews[0].date, "");
}

TEST(ProjectJson, NewerSchemaIsRefusedAsFutureVersion) {
    json document = toJson(testing::sampleProject());
    document["schemaVersion"] = kSchemaVersion + 1;
    document["themes"] = "a layout this build does not know";
    try {
        projectFromJson(document);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "project.future_version");
        EXPECT_EQ(error.args(),
                  (std::vector<std::string>{std::to_string(kSchemaVersion + 1), std::to_string(kSchemaVersion)}));
    }
}

// One bad file, and the error a person must get for it.
struct BrokenCase {
    const char* what;
    std::function<void(json&)> breakIt;
    std::string key;
    std::vector<std::string> args;
};

void PrintTo(const BrokenCase& broken, std::ostream* out) { *out << broken.what; }

class ProjectJsonValidation : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(ProjectJsonValidation, ErrorNamesTheFieldAndTheValue) {
    json document = toJson(testing::sampleProject());
    GetParam().breakIt(document);
    try {
        projectFromJson(document);
        FAIL() << "accepted: " << GetParam().what;
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), GetParam().key) << error.what();
        EXPECT_EQ(error.args(), GetParam().args) << error.what();
    }
}

json& item(json& document, const char* collection, std::size_t index) { return document[collection][index]; }

json themeJson(const std::string& id, const std::string& parentId) {
    return {{"id", id}, {"name", "Autre " + id}, {"parentId", parentId}};
}

INSTANTIATE_TEST_SUITE_P(
    BrokenFiles, ProjectJsonValidation,
    ::testing::Values(
        BrokenCase{"schemaVersion missing", [](json& d) { d.erase("schemaVersion"); }, "json.missing_field",
                   {"schemaVersion"}},
        BrokenCase{"schemaVersion is text", [](json& d) { d["schemaVersion"] = "1"; }, "json.wrong_type",
                   {"schemaVersion", "\"1\""}},
        BrokenCase{"schemaVersion zero", [](json& d) { d["schemaVersion"] = 0; }, "json.bad_value",
                   {"schemaVersion", "0"}},
        BrokenCase{"top level is a list", [](json& d) { d = json::array(); }, "json.wrong_type", {"", "[]"}},
        BrokenCase{"name missing", [](json& d) { d.erase("name"); }, "json.missing_field", {"name"}},
        BrokenCase{"themes missing", [](json& d) { d.erase("themes"); }, "json.missing_field", {"themes"}},
        BrokenCase{"settings is a list", [](json& d) { d["settings"] = json::array({1}); }, "json.wrong_type",
                   {"settings", "[1]"}},
        BrokenCase{"minimumHours negative", [](json& d) { d["settings"]["minimumHours"] = -5; },
                   "json.bad_value", {"settings.minimumHours", "-5"}},
        BrokenCase{"organisation status unknown", [](json& d) { item(d, "organisations", 0)["status"] = "Done"; },
                   "json.bad_value", {"organisations[0].status", "Done"}},
        BrokenCase{"organisation role lower case", [](json& d) { item(d, "organisations", 0)["role"] = "knot"; },
                   "json.bad_value", {"organisations[0].role", "knot"}},
        BrokenCase{"organisation name is a number", [](json& d) { item(d, "organisations", 0)["name"] = 42; },
                   "json.wrong_type", {"organisations[0].name", "42"}},
        BrokenCase{"organisation id missing", [](json& d) { item(d, "organisations", 0).erase("id"); },
                   "json.missing_field", {"organisations[0].id"}},
        BrokenCase{"theme colour without hash", [](json& d) { item(d, "themes", 0)["colour"] = "A0B1C2"; },
                   "json.bad_value", {"themes[0].colour", "A0B1C2"}},
        BrokenCase{"theme name blank", [](json& d) { item(d, "themes", 1)["name"] = "  "; }, "json.bad_value",
                   {"themes[1].name", "  "}},
        BrokenCase{"theme item not an object", [](json& d) { d["themes"].push_back("Logement"); },
                   "json.wrong_type", {"themes[2]", "\"Logement\""}},
        BrokenCase{"interview date not in calendar", [](json& d) { item(d, "interviews", 0)["date"] = "2025-02-29"; },
                   "json.bad_value", {"interviews[0].date", "2025-02-29"}},
        BrokenCase{"interview date in French order", [](json& d) { item(d, "interviews", 0)["date"] = "15/01/2025"; },
                   "json.bad_value", {"interviews[0].date", "15/01/2025"}},
        BrokenCase{"interview negative duration",
                   [](json& d) { item(d, "interviews", 0)["durationMinutes"] = -10; }, "json.bad_value",
                   {"interviews[0].durationMinutes", "-10"}},
        BrokenCase{"interview duration as decimal",
                   [](json& d) { item(d, "interviews", 0)["durationMinutes"] = 90.5; }, "json.wrong_type",
                   {"interviews[0].durationMinutes", "90.5"}},
        BrokenCase{"interview consent as text", [](json& d) { item(d, "interviews", 0)["consent"] = "oui"; },
                   "json.wrong_type", {"interviews[0].consent", "\"oui\""}},
        BrokenCase{"participant not text", [](json& d) { item(d, "interviews", 0)["participants"][1] = 3; },
                   "json.wrong_type", {"interviews[0].participants[1]", "3"}},
        BrokenCase{"interview organisation unknown",
                   [](json& d) { item(d, "interviews", 0)["organisationId"] = "org-404"; },
                   "json.unknown_reference", {"interviews[0].organisationId", "org-404"}},
        BrokenCase{"passage theme unknown", [](json& d) { item(d, "passages", 0)["themeIds"][1] = "th-404"; },
                   "json.unknown_reference", {"passages[0].themeIds[1]", "th-404"}},
        BrokenCase{"passage anchor missing", [](json& d) { item(d, "passages", 0).erase("anchor"); },
                   "json.missing_field", {"passages[0].anchor"}},
        BrokenCase{"hours not a quarter", [](json& d) { item(d, "hours", 0)["hours"] = 1.1; }, "json.bad_value",
                   {"hours[0].hours", "1.1"}},
        BrokenCase{"hours zero", [](json& d) { item(d, "hours", 0)["hours"] = 0; }, "json.bad_value",
                   {"hours[0].hours", "0"}},
        BrokenCase{"theme name with the list separator", [](json& d) { item(d, "themes", 0)["name"] = "A;B"; },
                   "json.bad_value", {"themes[0].name", "A;B"}},
        BrokenCase{"organisation name with a bidi override",
                   [](json& d) { item(d, "organisations", 0)["name"] = "\u202Eabc"; }, "json.bad_value",
                   {"organisations[0].name", "\u202Eabc"}},
        BrokenCase{"hours more than a day", [](json& d) { item(d, "hours", 0)["hours"] = 1e12; }, "json.bad_value",
                   {"hours[0].hours", "1000000000000"}},
        BrokenCase{"hours a hair above zero", [](json& d) { item(d, "hours", 0)["hours"] = 1e-300; },
                   "json.bad_value", {"hours[0].hours", "1e-300"}},
        BrokenCase{"hours as text", [](json& d) { item(d, "hours", 0)["hours"] = "2,5"; }, "json.wrong_type",
                   {"hours[0].hours", "\"2,5\""}},
        BrokenCase{"hour activity unknown", [](json& d) { item(d, "hours", 0)["activity"] = "Coffee"; },
                   "json.bad_value", {"hours[0].activity", "Coffee"}},
        BrokenCase{"hour activity missing", [](json& d) { item(d, "hours", 0).erase("activity"); },
                   "json.missing_field", {"hours[0].activity"}},
        BrokenCase{"hour date missing", [](json& d) { item(d, "hours", 0)["date"] = ""; }, "json.bad_value",
                   {"hours[0].date", ""}},
        BrokenCase{"hour organisation unknown", [](json& d) { item(d, "hours", 0)["organisationId"] = "org-9"; },
                   "json.unknown_reference", {"hours[0].organisationId", "org-9"}},
        BrokenCase{"stamps not a list", [](json& d) { d["transcripts"] = json::object(); }, "json.wrong_type",
                   {"transcripts", "{}"}},
        BrokenCase{"stamp size missing", [](json& d) { item(d, "transcripts", 0).erase("size"); },
                   "json.missing_field", {"transcripts[0].size"}},
        BrokenCase{"stamp size negative", [](json& d) { item(d, "transcripts", 0)["size"] = -1; },
                   "json.bad_value", {"transcripts[0].size", "-1"}},
        BrokenCase{"stamp time as decimal", [](json& d) { item(d, "transcripts", 0)["modified"] = 1.5; },
                   "json.wrong_type", {"transcripts[0].modified", "1.5"}},
        BrokenCase{"stamp time beyond 64 bits",
                   [](json& d) { item(d, "transcripts", 0)["modified"] = 18446744073709551615ull; },
                   "json.bad_value", {"transcripts[0].modified", "18446744073709551615"}},
        BrokenCase{"stamp path blank", [](json& d) { item(d, "transcripts", 0)["transcript"] = " "; },
                   "json.bad_value", {"transcripts[0].transcript", " "}},
        BrokenCase{"stamp repeated",
                   [](json& d) { d["transcripts"].push_back(item(d, "transcripts", 0)); },
                   "json.duplicate_id", {"transcripts[1].transcript", "transcripts/maison-medicale.odt"}},
        BrokenCase{"theme id repeated", [](json& d) { d["themes"].push_back(themeJson("th-1", "")); },
                   "json.duplicate_id", {"themes[2].id", "th-1"}},
        BrokenCase{"passage id empty", [](json& d) { item(d, "passages", 0)["id"] = ""; }, "json.bad_value",
                   {"passages[0].id", ""}},
        BrokenCase{"theme parent unknown", [](json& d) { item(d, "themes", 1)["parentId"] = "th-0"; },
                   "json.unknown_reference", {"themes[1].parentId", "th-0"}},
        BrokenCase{"theme is its own parent", [](json& d) { item(d, "themes", 0)["parentId"] = "th-1"; },
                   "json.parent_cycle", {"themes[0].parentId", "th-1"}},
        BrokenCase{"themes in a loop of three, reached from outside",
                   [](json& d) {
                       d["themes"].push_back(themeJson("th-a", "th-b"));
                       d["themes"].push_back(themeJson("th-b", "th-c"));
                       d["themes"].push_back(themeJson("th-c", "th-a"));
                       item(d, "themes", 0)["parentId"] = "th-a";  // hangs below the loop
                   },
                   "json.parent_cycle", {"themes[2].parentId", "th-b"}}));

TEST(ProjectJson, LongValuesAreShortenedInErrors) {
    json document = toJson(testing::sampleProject());
    item(document, "organisations", 0)["status"] = std::string(500, 'x');
    try {
        projectFromJson(document);
        FAIL();
    } catch (const Error& error) {
        ASSERT_EQ(error.args().size(), 2u);
        EXPECT_LT(error.args()[1].size(), 100u);
    }
}

}  // namespace
}  // namespace ets
