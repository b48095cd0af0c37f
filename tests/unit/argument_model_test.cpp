// The argument's records (issue 12) in the project file: theme analyses, passage marks (key quotes, a memo's
// themes), recorded carriers and the places per organisation; they round-trip and go through the merge by id.

#include "core/project/project_json.hpp"
#include "core/project/project_merge.hpp"
#include "core/text/error.hpp"
#include "sample_project.hpp"

#include <gtest/gtest.h>

using nlohmann::json;

namespace ets {
namespace {

Project withArgument() {
    Project project = testing::sampleProject();
    ThemeAnalysis analysis;
    analysis.id = analysis.themeId = "th-1";
    analysis.kind = ThemeKind::Both;
    analysis.problem = "Les droits ne sont pas demandés.";
    analysis.causes = "La complexité des démarches.";
    analysis.existing = "Des permanences sociales.";
    analysis.tensions = "Automatiser ou accompagner.";
    analysis.proposal = "Un chantier sur l’accès aux droits.";
    analysis.document = "analyses/Non-recours aux droits.odt";
    project.analyses.push_back(analysis);
    project.passageMarks.push_back({"pa-1", {"th-1"}, {"th-2"}});
    RecordedCarrier carrier;
    carrier.id = "ca-1";
    carrier.themeId = "th-1";
    carrier.organisationId = "org-1";
    carrier.capacities = {Capacity::Analysis, Capacity::Expertise};
    carrier.willing = Willingness::Yes;
    carrier.contactRole = "coordinatrice";
    carrier.reason = "Permanence d’accès aux droits depuis 2019.";
    project.carriers.push_back(carrier);
    project.cycle.placesPerOrganisation = 6;
    return project;
}

TEST(ArgumentModel, AnalysesMarksAndCarriersRoundTrip) {
    const Project original = withArgument();
    const json written = toJson(original);
    const Project read = projectFromJson(json::parse(written.dump(2)));
    EXPECT_EQ(toJson(read), written);
    ASSERT_EQ(read.analyses.size(), 1u);
    EXPECT_EQ(read.analyses[0].kind, ThemeKind::Both);
    EXPECT_EQ(read.analyses[0].part(AnalysisPart::Tensions), "Automatiser ou accompagner.");
    EXPECT_EQ(read.analyses[0].document, "analyses/Non-recours aux droits.odt");
    EXPECT_EQ(read.passageMarks[0].keyQuoteThemeIds, (std::vector<std::string>{"th-1"}));
    EXPECT_EQ(read.passageMarks[0].memoThemeIds, (std::vector<std::string>{"th-2"}));
    EXPECT_EQ(read.carriers[0].capacities, (std::vector<Capacity>{Capacity::Analysis, Capacity::Expertise}));
    EXPECT_EQ(read.carriers[0].willing, Willingness::Yes);
    EXPECT_EQ(read.carriers[0].contactRole, "coordinatrice");
    EXPECT_EQ(read.cycle.placesPerOrganisation, 6);
    EXPECT_EQ(written.at("analyses")[0].at("kind"), "Both");
    EXPECT_EQ(written.at("carriers")[0].at("willing"), "Yes");
    EXPECT_EQ(written.at("analyses")[0].at("problem"), "Les droits ne sont pas demandés.");
}

TEST(ArgumentModel, OlderFilesWithoutTheArgumentOpen) {
    json document = toJson(testing::sampleProject());
    document.erase("analyses");
    document.erase("passageMarks");
    document.erase("carriers");
    document["cycle"].erase("placesPerOrganisation");
    const Project read = projectFromJson(document);
    EXPECT_TRUE(read.analyses.empty());
    EXPECT_TRUE(read.carriers.empty());
    EXPECT_EQ(read.cycle.placesPerOrganisation, 8);
    EXPECT_EQ(read.schemaVersion, 2);
}

TEST(ArgumentModel, BadValuesAreRefusedNamingTheField) {
    json document = toJson(withArgument());
    document["carriers"][0]["willing"] = "Maybe";
    try {
        projectFromJson(document);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "json.bad_value");
        EXPECT_EQ(error.args().at(0), "carriers[0].willing");
    }
    document = toJson(withArgument());
    document["analyses"][0]["kind"] = "Rope";
    EXPECT_THROW(projectFromJson(document), Error);
    document = toJson(withArgument());
    document["carriers"][0]["capacities"] = json::array({"Money"});
    EXPECT_THROW(projectFromJson(document), Error);
}

TEST(ArgumentModel, EnumNamesParseInAnyCase) {
    EXPECT_EQ(parseThemeKind("lever"), ThemeKind::Lever);
    EXPECT_EQ(parseWillingness("toconfirm"), Willingness::ToConfirm);
    EXPECT_EQ(parseCapacity("EXPERIENCE"), Capacity::Experience);
    EXPECT_EQ(parseAnalysisPart("Proposal"), AnalysisPart::Proposal);
    EXPECT_FALSE(parseThemeKind("knots"));
    EXPECT_EQ(toString(Willingness::ToConfirm), "ToConfirm");
}

json revised(const json& base, json ours, const std::string& who, const std::string& at) {
    stampChanges(base, ours, who, at);
    return ours;
}

TEST(ArgumentModel, TheMergeKeepsWhatEachOfficeWroteOfTheArgument) {
    const json base = revised(json(), projectFileJson(withArgument()), "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["analyses"][0]["causes"] = "Des causes écrites par A.";  // two parts of one analysis, one per office
    b["analyses"][0]["proposal"] = "Une proposition écrite par B.";
    a["carriers"].push_back({{"id", "ca-a"},
                             {"themeId", "th-2"},
                             {"organisationId", "org-1"},
                             {"capacities", json::array({"Experience"})},
                             {"willing", "ToConfirm"},
                             {"contactRole", ""},
                             {"reason", "A"}});
    b["passageMarks"].push_back({{"id", "pa-2"}, {"keyQuoteThemeIds", {"th-2"}}, {"memoThemeIds", json::array()}});
    const json merged = mergeProjectFiles(base, revised(base, a, "A", "2026-12-01T10:00:00.000Z"),
                                          revised(base, b, "B", "2026-12-01T10:00:01.000Z"), "2026-12-01T11:00:00.000Z")
                            .file;
    EXPECT_EQ(merged["analyses"][0]["causes"], "Des causes écrites par A.");
    EXPECT_EQ(merged["analyses"][0]["proposal"], "Une proposition écrite par B.");
    EXPECT_EQ(merged["carriers"].size(), 2u);
    EXPECT_EQ(merged["passageMarks"].size(), 2u);

    // A carrier removed on one side (its last one) stays removed; the other's unrelated change is kept.
    json c = base;
    c["carriers"] = json::array();
    json d = base;
    d["analyses"][0]["kind"] = "Lever";
    const json removed = mergeProjectFiles(base, revised(base, c, "A", "2026-12-01T10:00:00.000Z"),
                                           revised(base, d, "B", "2026-12-01T10:00:01.000Z"), "2026-12-01T11:00:00.000Z")
                             .file;
    EXPECT_TRUE(removed["carriers"].empty());
    EXPECT_EQ(removed["analyses"][0]["kind"], "Lever");
    EXPECT_NO_THROW(projectFromJson([&] {
        json whole = removed;
        whole["passages"] = json::array();
        return whole;
    }()));
}

}  // namespace
}  // namespace ets
