#pragma once
// The project an office works on: its folder, its contents, and what it knows of the project file on disk, so that
// every save merges with what another office wrote meanwhile (project_merge.hpp) instead of writing over it.

#include "core/project/index_pieces.hpp"
#include "core/project/model.hpp"
#include "core/project/project_merge.hpp"
#include "core/project/project_store.hpp"
#include "core/project/save_memo.hpp"
#include "core/text/catalogue.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ets {

struct OpenedProject {
    std::filesystem::path folder;
    Project project;
    std::filesystem::path indexFile;  // where this office keeps the index of passages; empty: not kept
    std::string editor;               // who changes the project here (the revisions' author)
    ProjectFile file;                 // the project file as this office last read or wrote it
    // What the last save wrote, so that the next one redoes only what changed (save_memo.hpp). It stands for `file`:
    // whatever replaces or edits `file` outside saveProject makes it void (valid = false).
    SaveMemo memo;
    std::uint64_t writtenIndex = 0;  // the fingerprint of the index as last read or written (see indexFingerprint)
    IndexPieces indexPieces;         // the index's text by passage, so that a write serializes only what changed
    // What the last save or refresh had to settle: values set aside, copies of sync clients merged, a stale lock
    // broken. The command that caused it says so, then clears them.
    std::vector<MergeConflict> conflicts;
    std::vector<std::string> mergedCopies;  // names of the conflict copies merged and moved aside
    std::string brokenLockOf;               // who held the stale lock that was broken
    // Transcripts another person has open, read as last saved by the command (project path → who has it open).
    std::map<std::string, std::string> heldTranscripts;
    // Transcripts opened from a new place, which the project now follows (old project path, new one).
    std::vector<std::pair<std::string, std::string>> movedTranscripts;
    // Transcripts a command that only reads went on without (missing or unreadable: project paths).
    std::vector<std::string> leftOutTranscripts;
    // Closed .odt transcripts the core could not read from their zip (core odt_transcript), read by loading them in
    // LibreOffice instead: slower, and maybe a sign of something unusual in the file (project paths).
    std::vector<std::string> officeReadTranscripts;
};

// Opens the project of `folder` (errors as loadProject), its index from `indexFile`, and merges in the conflict copies
// sync clients left beside it (moved aside afterwards).
OpenedProject openProject(const std::filesystem::path& folder, const std::filesystem::path& indexFile,
                          const std::string& editor);

// Saves the project: under the project's lock, the file is read again when another office changed it, merged with
// this office's changes (nothing either confirmed is lost; what both changed differently is kept as a conflict), and
// written; conflict copies of sync clients are merged too. The memory then holds the merged project. Errors: those of
// saveProject, project.locked, and project.disk_damaged {file, backup} when the file on disk is not a project any
// more (it is never overwritten then).
void saveProject(OpenedProject& opened);

// Takes in what another office saved since this one last read or wrote the file: the memory is merged with it. True
// when the project changed. Nothing is written, unless the file on disk lacks what this office had confirmed (a sync
// client replaced it by the partner's older version, with no copy left) or a sync client left a conflict copy: then
// the merge is saved at once, so that it lives on disk and reaches the partner. A file that cannot be read leaves
// the memory as it is (the next save says why).
bool refreshProject(OpenedProject& opened);

// What the last save or refresh settled, in the catalogue's words, to follow a command's own message (empty when it
// settled nothing); it is then forgotten. The conflicts stay in the project file, for vnd.ets:Conflicts.
std::string takeSyncReport(OpenedProject& opened, const Catalogue& texts);

// One line per conflict kept in the project file: what it concerns (the record's name when the project still has
// it), the field, the value kept, the value set aside and who wrote it.
std::vector<std::string> conflictLines(const OpenedProject& opened, const Catalogue& texts);

// The conflicts kept so far are reviewed: they are forgotten, here and in the file (saved).
void markConflictsReviewed(OpenedProject& opened);

// Writes this office's index of passages (never the project file): what commands that only read may write.
void saveIndex(OpenedProject& opened);

// Runs `change(Project&)` on a copy and saves it: a change that throws (an ets::Error refusing it) or a save that
// fails leaves both the project in memory and the file as they were.
template <typename Change>
void changeAndSave(OpenedProject& opened, Change&& change) {
    Project changed = opened.project;
    change(changed);
    std::swap(opened.project, changed);
    try {
        saveProject(opened);
    } catch (...) {
        std::swap(opened.project, changed);  // the file was not written: memory follows the file
        throw;
    }
}

}  // namespace ets
