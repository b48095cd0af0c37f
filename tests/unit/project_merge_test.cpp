// The three-way merge of two versions of the project file, record kind by record kind.

#include "core/project/project_merge.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

using nlohmann::json;

// A file as an office writes it after a change: its records, revised by `who` at `at` where they differ from `base`.
json revised(const json& base, json ours, const std::string& who, const std::string& at) {
    stampChanges(base, ours, who, at);
    return ours;
}

json baseFile() {
    return {{"schemaVersion", 2},
            {"name", "Étude"},
            {"settings", {{"coder", ""}, {"minimumHours", 75}, {"language", ""}}},
            {"themes", json::array({{{"id", "th-1"}, {"name", "Logement"}, {"parentId", ""}, {"colour", ""}}})},
            {"organisations", json::array({{{"id", "o-1"}, {"name", "CPAS"}, {"notes", ""}, {"sector", ""}}})},
            {"interviews", json::array()},
            {"hours", json::array()},
            {"people", json::array()},
            {"referents", json::array()},
            {"guide", {{"presentation", ""}, {"consent", ""}, {"questions", json::array()}}},
            {"cycle", {{"start", ""}, {"chantiers", 6}}},
            {"committee", {{"priorities", json::array()}, {"slots", json::array()}}}};
}

json merge(const json& base, const json& ours, const json& theirs) {
    return mergeProjectFiles(base, ours, theirs, "2026-12-02T10:00:00.000Z").file;
}

std::vector<std::string> names(const json& file, const char* collection) {
    std::vector<std::string> result;
    for (const json& item : file[collection])
        result.push_back(item.value("name", item.value("id", std::string())));
    return result;
}

TEST(ProjectMerge, RecordsAddedOnEachSideAreBothKept) {
    const json base = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["organisations"].push_back({{"id", "o-x"}, {"name", "Maison X"}});
    b["organisations"].push_back({{"id", "o-y"}, {"name", "Maison Y"}});
    a["hours"].push_back({{"id", "h-a"}, {"hours", 2}});
    b["hours"].push_back({{"id", "h-b"}, {"hours", 3}});
    b["themes"].push_back({{"id", "th-2"}, {"name", "Accueil"}, {"parentId", ""}});
    b["referents"].push_back({{"name", "Marie"}, {"organisation", "CPAS"}});
    b["people"].push_back({{"name", "Nadia"}, {"role", "collègue"}});
    b["committee"]["priorities"].push_back({{"themeId", "th-1"}, {"priority", 1}});
    const json merged = merge(base, revised(base, a, "A", "2026-12-01T10:00:00.000Z"),
                              revised(base, b, "B", "2026-12-01T10:00:01.000Z"));
    EXPECT_EQ(names(merged, "organisations"),
              (std::vector<std::string>{"CPAS", "Maison Y", "Maison X"}));  // the file's order, then ours
    EXPECT_EQ(merged["hours"].size(), 2u);
    EXPECT_EQ(names(merged, "themes"), (std::vector<std::string>{"Logement", "Accueil"}));
    EXPECT_EQ(merged["referents"].size(), 1u);
    EXPECT_EQ(merged["people"].size(), 1u);
    EXPECT_EQ(merged["committee"]["priorities"].size(), 1u);
}

TEST(ProjectMerge, ARecordMissingFromTheOtherVersionWasNotSeenThereNotDeleted) {
    const json old = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json a = old;
    a["organisations"].push_back({{"id", "o-x"}, {"name", "Maison X"}});
    const json saved = revised(old, a, "A", "2026-12-01T10:00:00.000Z");
    // A sync client brought back the partner's version, which never saw Maison X: A's next save keeps it.
    const json merged = merge(saved, saved, old);
    EXPECT_EQ(names(merged, "organisations"), (std::vector<std::string>{"CPAS", "Maison X"}));
}

TEST(ProjectMerge, FieldsChangedOnEachSideAreBothTaken) {
    const json base = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["organisations"][0]["notes"] = "rencontrée";
    b["organisations"][0]["sector"] = "social";
    a["settings"]["minimumHours"] = 80;
    b["guide"]["consent"] = "oral";
    b["cycle"]["chantiers"] = 4;
    a["name"] = "Étude ETS";
    const auto result =
        mergeProjectFiles(base, revised(base, a, "A", "2026-12-01T10:00:00.000Z"),
                          revised(base, b, "B", "2026-12-01T10:00:01.000Z"), "2026-12-01T10:00:02.000Z");
    EXPECT_EQ(result.file["organisations"][0]["notes"], "rencontrée");
    EXPECT_EQ(result.file["organisations"][0]["sector"], "social");
    EXPECT_EQ(result.file["settings"]["minimumHours"], 80);
    EXPECT_EQ(result.file["guide"]["consent"], "oral");
    EXPECT_EQ(result.file["cycle"]["chantiers"], 4);
    EXPECT_EQ(result.file["name"], "Étude ETS");
    EXPECT_TRUE(result.conflicts.empty());
}

TEST(ProjectMerge, OneFieldChangedDifferentlyKeepsTheLaterAndSetsTheOtherAside) {
    const json base = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["organisations"][0]["notes"] = "de A";
    b["organisations"][0]["notes"] = "de B";
    const auto result =
        mergeProjectFiles(base, revised(base, a, "Claire", "2026-12-01T10:00:00.000Z"),
                          revised(base, b, "Yasmine", "2026-12-01T10:05:00.000Z"), "2026-12-01T10:06:00.000Z");
    EXPECT_EQ(result.file["organisations"][0]["notes"], "de B");
    ASSERT_EQ(result.conflicts.size(), 1u);
    EXPECT_EQ(result.conflicts[0].record, "organisations/o-1");
    EXPECT_EQ(result.conflicts[0].field, "notes");
    EXPECT_EQ(result.conflicts[0].kept, "\"de B\"");
    EXPECT_EQ(result.conflicts[0].other, "\"de A\"");
    EXPECT_EQ(result.conflicts[0].otherBy, "Claire");
    ASSERT_EQ(conflictsOf(result.file).size(), 1u);  // kept in the file for a person to review
    json reviewed = result.file;
    reviewed["conflictsReviewed"] = "2026-12-01T11:00:00.000Z";
    EXPECT_TRUE(conflictsOf(reviewed).empty());
}

TEST(ProjectMerge, ADeletionWinsOverWhatItSawNotOverALaterChange) {
    const json base = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json a = base;
    a["organisations"] = json::array();
    const json deleted = revised(base, a, "A", "2026-12-01T10:00:00.000Z");
    EXPECT_TRUE(merge(base, deleted, base)["organisations"].empty());  // B had not changed it
    EXPECT_TRUE(merge(base, base, deleted)["organisations"].empty());  // the other way round

    json b = base;
    b["organisations"][0]["notes"] = "changé après";
    const json changed = revised(base, b, "B", "2026-12-01T10:30:00.000Z");
    const auto result = mergeProjectFiles(base, deleted, changed, "2026-12-01T11:00:00.000Z");
    ASSERT_EQ(result.file["organisations"].size(), 1u);  // changed after the version the deletion had seen: kept
    EXPECT_EQ(result.file["organisations"][0]["notes"], "changé après");
    ASSERT_EQ(result.conflicts.size(), 1u);
    EXPECT_EQ(result.conflicts[0].other, "deleted");
}

TEST(ProjectMerge, AStaleCopyNeverTakesBackWhatWasAlreadyMerged) {
    const json v1 = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json v2 = v1;
    v2["organisations"][0]["notes"] = "nouveau";
    const json saved = revised(v1, v2, "B", "2026-12-01T10:00:00.000Z");
    // This office read v2; a sync client then brought back v1 over it.
    const json merged = merge(saved, saved, v1);
    EXPECT_EQ(merged["organisations"][0]["notes"], "nouveau");
}

TEST(ProjectMerge, AVersionChangedApartIsNoStaleCopyEvenWhenOlder) {
    const json v1 = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    // Apart from each other, B changes the sector first, then A changes it otherwise and saves again after.
    json b = v1;
    b["organisations"][0]["sector"] = "santé";
    const json theirs = revised(v1, b, "B", "2026-12-01T10:00:00.000Z");
    json a = v1;
    a["organisations"][0]["sector"] = "social";
    const json a2 = revised(v1, a, "A", "2026-12-01T11:00:00.000Z");
    json a3 = a2;
    a3["organisations"][0]["notes"] = "rappeler";
    const json ours = revised(a2, a3, "A", "2026-12-01T12:00:00.000Z");
    // B's version arrives as a conflict copy, merged against the file A last wrote.
    const auto result = mergeProjectFiles(ours, ours, theirs, "2026-12-01T13:00:00.000Z");
    EXPECT_EQ(result.file["organisations"][0]["sector"], "social");  // the later value is kept
    EXPECT_EQ(result.file["organisations"][0]["notes"], "rappeler");
    ASSERT_EQ(result.conflicts.size(), 1u);  // and B's is named, never dropped in silence
    EXPECT_EQ(result.conflicts[0].field, "sector");
    EXPECT_EQ(result.conflicts[0].other, "\"santé\"");
    EXPECT_EQ(result.conflicts[0].otherBy, "B");
    // Merged, the record holds both sides' changes: B's version is an older copy of it from now on.
    EXPECT_TRUE(mergeProjectFiles(result.file, result.file, theirs, "2026-12-01T14:00:00.000Z").conflicts.empty());
}

TEST(ProjectMerge, ReferencesLeftPointingAtNothingAreCutAndSaid) {
    json base = baseFile();
    base["themes"].push_back({{"id", "th-2"}, {"name", "Accueil"}, {"parentId", ""}});
    base = revised(json(), base, "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["themes"].erase(0);  // A deletes Logement...
    a["organisations"] = json::array();
    b["themes"][1]["parentId"] = "th-1";  // ...while B puts Accueil under it
    b["interviews"].push_back({{"id", "i-1"}, {"organisationId", "o-1"}});
    const auto result =
        mergeProjectFiles(base, revised(base, a, "A", "2026-12-01T10:00:00.000Z"),
                          revised(base, b, "B", "2026-12-01T10:00:01.000Z"), "2026-12-01T10:00:02.000Z");
    ASSERT_EQ(result.file["themes"].size(), 1u);
    EXPECT_EQ(result.file["themes"][0]["parentId"], "");
    EXPECT_EQ(result.file["interviews"][0]["organisationId"], "");
    EXPECT_EQ(result.conflicts.size(), 2u);
}

TEST(ProjectMerge, ThemesPutUnderEachOtherAndTwoRecordsOfOneNameAreToldApart) {
    json base = baseFile();
    base["themes"].push_back({{"id", "th-2"}, {"name", "Accueil"}, {"parentId", ""}});
    base = revised(json(), base, "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["themes"][0]["parentId"] = "th-2";
    b["themes"][1]["parentId"] = "th-1";
    a["organisations"].push_back({{"id", "o-a"}, {"name", "Maison"}});
    b["organisations"].push_back({{"id", "o-b"}, {"name", "MAISON"}});
    const json merged = merge(base, revised(base, a, "A", "2026-12-01T10:00:00.000Z"),
                              revised(base, b, "B", "2026-12-01T10:00:01.000Z"));
    const bool loop = merged["themes"][0]["parentId"] == "th-2" && merged["themes"][1]["parentId"] == "th-1";
    EXPECT_FALSE(loop);
    EXPECT_EQ(names(merged, "organisations"), (std::vector<std::string>{"CPAS", "MAISON", "Maison (2)"}));
}

TEST(ProjectMerge, StampingMarksChangedRecordsAndTombstonesRemovedOnes) {
    const json base = revised(json(), baseFile(), "A", "2026-12-01T09:00:00.000Z");
    json ours = base;
    ours["organisations"] = json::array();
    ours["themes"][0]["colour"] = "#112233";
    stampChanges(base, ours, "Yasmine", "2026-12-01T10:00:00.000Z");
    EXPECT_EQ(ours["revisions"]["themes/th-1"]["by"], "Yasmine");
    EXPECT_EQ(ours["revisions"]["settings"]["by"], "A");  // unchanged: its revision stays
    ASSERT_EQ(ours["deleted"].size(), 1u);
    EXPECT_EQ(ours["deleted"][0]["record"], "organisations/o-1");
    EXPECT_EQ(ours["deleted"][0]["seen"], "2026-12-01T09:00:00.000Z");
}

}  // namespace
}  // namespace ets

namespace ets {
namespace {

// Issue 17: the calendar's fields merge as every other field does: the phase's end set in one office, an
// organisation's planned date and an interview's consent in the other, all kept.
TEST(ProjectMerge, TheCalendarsFieldsFromBothOfficesAreKept) {
    json start = baseFile();
    start["interviews"] = json::array({{{"id", "in-1"}, {"organisationId", "o-1"}, {"status", "Held"}}});
    const json base = revised(json(), start, "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["phase"] = {{"end", "2027-02-26"}};
    a["organisations"][0]["plannedDate"] = "2026-12-20";
    b["interviews"][0]["consentForm"] = "Signed";
    b["interviews"][0]["consentDate"] = "2026-12-02";
    b["interviews"][0]["status"] = "SentForReview";
    const json merged = merge(base, revised(base, a, "A", "2026-12-02T10:00:00.000Z"),
                              revised(base, b, "B", "2026-12-02T10:01:00.000Z"));
    EXPECT_EQ(merged["phase"]["end"], "2027-02-26");
    EXPECT_EQ(merged["organisations"][0]["plannedDate"], "2026-12-20");
    EXPECT_EQ(merged["interviews"][0]["consentForm"], "Signed");
    EXPECT_EQ(merged["interviews"][0]["consentDate"], "2026-12-02");
    EXPECT_EQ(merged["interviews"][0]["status"], "SentForReview");
    EXPECT_TRUE(!merged.contains("conflicts") || merged["conflicts"].empty());
}

// A planned date cleared in one office (the field left out of its file) stays cleared when the other changed
// something else of the same organisation.
TEST(ProjectMerge, APlannedDateClearedStaysCleared) {
    json start = baseFile();
    start["organisations"][0]["plannedDate"] = "2026-12-20";
    const json base = revised(json(), start, "A", "2026-12-01T09:00:00.000Z");
    json a = base, b = base;
    a["organisations"][0].erase("plannedDate");
    b["organisations"][0]["notes"] = "rappeler lundi";
    const json merged = merge(base, revised(base, a, "A", "2026-12-02T10:00:00.000Z"),
                              revised(base, b, "B", "2026-12-02T10:01:00.000Z"));
    EXPECT_FALSE(merged["organisations"][0].contains("plannedDate"));
    EXPECT_EQ(merged["organisations"][0]["notes"], "rappeler lundi");
}

}  // namespace
}  // namespace ets
