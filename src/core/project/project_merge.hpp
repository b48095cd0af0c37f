#pragma once
// Two versions of the project file merged record by record, so that what two people confirmed, each in their own
// office, is never lost: the tandem shares one folder (a network drive, a folder a sync client keeps in step), and
// each save merges with what is on disk (docs/project-file.md describes the format).
//
// A record is an organisation, an interview, a theme, a line of hours, a referent, a person of the list of names, a
// priority or a choice of the committee (each by its id or name), or one of the file's parts (the project's name,
// settings, guide, cycle). The file keeps, beside the records, when and by whom each record last changed
// ("revisions") and the records deleted ("deleted", tombstones). A record missing from one version means "not seen
// there yet", never "deleted": only a tombstone deletes, and only the revisions it had seen.

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace ets {

// A value kept when the same field was changed differently on both sides, and the value set aside.
struct MergeConflict {
    std::string record;   // "organisations/org-1a2b", "settings", "themes/th-9"
    std::string field;    // "name", "notes"; empty when it concerns the whole record
    std::string kept;     // as JSON text
    std::string other;    // as JSON text: what the other side had, set aside
    std::string otherBy;  // who wrote the value set aside
    std::string at;       // when the merge met it
};

// Marks what changed from `base` (the file as this office last read or wrote it; null when there was none) to
// `ours` (the project about to be saved, with base's "revisions" and "deleted"): a revision {by, at} for each record
// added or changed, a tombstone for each record removed (naming the revision it had seen).
void stampChanges(const nlohmann::json& base, nlohmann::json& ours, const std::string& who, const std::string& at);

// A record a save changed: its key ("organisations/org-1a2b", "settings") and the fields that changed (none when the
// record was made by this save, or is no object).
struct RecordChange {
    std::string key;
    std::vector<std::string> fields;
};
// What stampChanges writes for a save's changes: each changed record's new revision, and a tombstone for each record
// removed (whose revision goes), both with their record's key.
struct Stamps {
    std::vector<std::pair<std::string, nlohmann::json>> revisions;
    std::vector<std::pair<std::string, nlohmann::json>> tombstones;
};
// The stamps of these changes over `base` (the file as last read or written); `gone` in the order of their keys, as
// the tombstones are appended in that order.
Stamps stampsOf(const nlohmann::json& base, const std::vector<RecordChange>& changed,
                const std::vector<std::string>& gone, const std::string& who, const std::string& at);
// The fields that differ between two versions of a record (added and removed ones too); none for a value that is not
// an object.
std::vector<std::string> changedFields(const nlohmann::json& before, const nlohmann::json& now);
// The key of an item of a collection ("id", or the collection's own key field), as the merge knows records; empty when
// it has none (the list is then no collection of records but one field of the file).
std::string recordKey(const std::string& collection, const nlohmann::json& item);

struct MergedFile {
    nlohmann::json file;                   // the merged file, "revisions", "deleted" and "conflicts" included
    std::vector<MergeConflict> conflicts;  // what this merge set aside (also appended to the file's "conflicts")
};

// The union of `ours` and `theirs` (the file found on disk), record by record and field by field: a field changed on
// one side only takes that change (known from `base`, when there is one); a field changed on both sides keeps the
// value of the later revision and sets the other aside as a conflict. A tombstone deletes a record unless the other
// side changed it after the revision the deletion had seen (it is then kept, and said). References left pointing at
// nothing (a sub-theme of a deleted theme, an interview of a deleted organisation) are cut, two records given one
// name are told apart (« (2) »), and each such repair is said as a conflict too. `at` is when the merge happens.
MergedFile mergeProjectFiles(const nlohmann::json& base, const nlohmann::json& ours, const nlohmann::json& theirs,
                             const std::string& at);

// The conflicts kept in a file that nobody has reviewed yet (newest last): a file's "conflictsReviewed" (a date) marks
// those before it as seen.
std::vector<MergeConflict> conflictsOf(const nlohmann::json& file);
// A conflict as the file (and vnd.ets:Conflicts' list) gives it: {record, field, kept, other, otherBy, at}.
nlohmann::json conflictJson(const MergeConflict& conflict);

}  // namespace ets
