#pragma once
// What the last save of an office wrote, kept so that its next save redoes only what changed: a save of the shared
// folder must cost little more than writing its bytes (issue 13), and most saves change one record or two.
//
// The memo holds the project as the file holds it (each record as written) and the file's text in pieces
// (file_pieces.hpp). A save compares each record with the one kept; only those that differ are turned into JSON,
// compared with the file's version, stamped with a revision and serialized again; the checks run only where something
// changed (checkProjectChanges). The result is, byte for byte, what the whole path gives: the JSON of the whole
// project, stamped by stampChanges over the file last read or written, then dumped (tests/unit/save_memo_test.cpp holds
// the two to each other). Whatever the memo cannot follow exactly (a list whose items lack a key or repeat one, a file
// without its bookkeeping) makes it step aside, and the whole path runs.

#include "core/project/file_pieces.hpp"
#include "core/project/model.hpp"
#include "core/project/project_checks.hpp"
#include "core/project/project_merge.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ets {

struct SaveMemo {
    bool valid = false;
    std::string fileHash;  // the file the memo stands for (ProjectFile::hash): any other file makes it void
    Project kept;          // the project as that file holds it, its index as last checked with it
    FilePieces pieces;     // that file's text
    std::uint64_t indexFingerprint = 0;  // indexFingerprint(kept)
};

// The parts of `project` that differ from the memo's (all of them when the memo is void).
ChangedParts changedParts(const SaveMemo& memo, const Project& project);

// A save worked out from the memo, not yet written: what changed in the file, with its JSON and its pieces of text.
struct PreparedSave {
    struct Whole {  // a top-level entry written again whole (the name, settings, guide, cycle, committee)
        std::string key;
        nlohmann::json value;
    };
    struct List {  // a list of records: each item taken from the file's list as it was, or made now
        std::string key;
        std::vector<std::ptrdiff_t> from;  // >= 0: the index of the item in the old list; < 0: made[-1 - from]
        std::vector<nlohmann::json> made;  // the items made now
        std::vector<std::string> madePieces;
    };
    std::vector<Whole> wholes;
    std::vector<List> lists;
    Stamps stamps;  // revisions and tombstones to add
};

// The save of `project` by `who` at `at` over `base` (the file as last read or written, which the memo stands for),
// without another office's change to merge; nothing when the memo cannot give the exact bytes (the caller then takes
// the whole path).
// `parts` is what changedParts(memo, project) gave: the parts it found unchanged are not compared again.
std::optional<PreparedSave> prepareSave(const SaveMemo& memo, const nlohmann::json& base, const Project& project,
                                        const ChangedParts& parts, const std::string& who, const std::string& at);

// The file's text after the prepared save (its final line break included). The memo's pieces follow the save, and the
// memo is void until commitSave: a save whose write fails leaves it void (the next save takes the whole path).
std::string savedText(SaveMemo& memo, const PreparedSave& save);

// Once the prepared save is written (its file's hash `hash`): `base` becomes the file written, the memo follows it.
void commitSave(SaveMemo& memo, nlohmann::json& base, const Project& project, const ChangedParts& parts,
                PreparedSave&& save, const std::string& hash);

// What commitSave does to the file's JSON alone: `base` becomes the JSON of the file after the prepared save (the
// whole path's JSON, stamped), the memo untouched. A merge starts from it rather than from the whole project's JSON.
void applySave(nlohmann::json& base, PreparedSave&& save);

// After a save by the whole path, whose file (`content`, hashed `hash`) holds exactly `project` with the bookkeeping:
// the memo stands for it from now on. `pieces` are the file's text in pieces.
void rememberSave(SaveMemo& memo, const Project& project, FilePieces pieces, const std::string& hash);

}  // namespace ets
