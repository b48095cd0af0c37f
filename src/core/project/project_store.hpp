#pragma once
// A project on disk: a folder holding ets-project.json (and its previous version in
// ets-project.json.bak) beside the transcripts.

#include "core/project/model.hpp"
#include "core/project/project_checks.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

namespace ets {

inline constexpr const char* kProjectFileName = "ets-project.json";
inline constexpr const char* kBackupFileName = "ets-project.json.bak";

// Reads folder/ets-project.json. Throws Error:
//   project.not_found {folder}            no project file in that folder
//   project.unreadable {file}             the file exists but cannot be read
//   project.not_json {file, line, column} the file is not JSON (damaged, truncated, empty)
//   project.future_version {found, supported, file}, json.* (see projectFromJson) with the
//                                         file's path added as their last value
Project loadProject(const std::filesystem::path& folder);

// Writes folder/ets-project.json without ever leaving a half-written file:
//  1. the new contents go to a hidden temporary, flushed to disk (fsync);
//  2. the current project file, if any, becomes ets-project.json.bak (a hard link, or an
//     atomic copy where links are not supported), so the backup is always the version
//     before this save;
//  3. the temporary is renamed over ets-project.json and the folder flushed.
// On failure temporaries are removed and ets-project.json is untouched. The project is
// checked first, exactly as loadProject would check it, so a save never writes a file
// that cannot be opened again. Throws Error:
//   project.folder_not_writable {folder}           missing folder, not a folder, or refused
//   project.write_failed {folder, reason}          reason: the system's words (English)
//   project.save_invalid {folder, field, value, cause key}  the project breaks a rule
//                                                  (cause: the json.* key loading would give)
void saveProject(const std::filesystem::path& folder, const Project& project);

// Creates folder (and parents) if missing and saves a new empty project named `name`
// with `coder` as this machine's coder and `placesPerOrganisation` as its programme's cap (the options'). Throws Error:
//   project.name_empty {}                 name empty or blank
//   project.already_exists {folder}       the folder already holds a project file
//   project.folder_not_writable {folder}, project.write_failed {folder, reason}
Project createProject(const std::filesystem::path& folder, const std::string& name, const std::string& coder,
                      int placesPerOrganisation = Cycle().placesPerOrganisation);

// True when folder holds a project file (whether or not it is readable).
bool hasProject(const std::filesystem::path& folder);
// True when the folder has lost its project file but kept its previous version (ets-project.json.bak).
bool hasOnlyBackup(const std::filesystem::path& folder);
// Puts the previous version back as the project file (a copy: the backup stays). Throws project.write_failed.
void restoreBackup(const std::filesystem::path& folder);

// The project file as read from disk: its JSON (with the merge's bookkeeping), and its bytes' fingerprint and
// stat, to see at once whether another office changed it since.
struct ProjectFile {
    nlohmann::json content;     // null when there was no file
    std::string hash;           // of the bytes; empty when there was no file
    std::int64_t modified = 0;  // microseconds since 1970
    std::uint64_t size = 0;
};

// Reads folder/ets-project.json as JSON, with the errors of loadProject (project.not_found, project.unreadable,
// project.not_json, project.future_version; a JSON that is no ETS project is project.not_json too).
ProjectFile readProjectFile(const std::filesystem::path& folder);
// The project a file's JSON holds (errors of loadProject, naming the file).
Project projectFromFile(const std::filesystem::path& folder, const nlohmann::json& content);
// The fingerprint of the file as it is now (no content): to tell cheaply whether it changed.
ProjectFile statProjectFile(const std::filesystem::path& folder);
// The fingerprint of the file's bytes as ProjectFile::hash gives it, without parsing them; empty when there is no file
// or it cannot be read.
std::string projectFileHash(const std::filesystem::path& folder);
// The project file's JSON for a project: everything but the index of passages, in the layout of kSchemaVersion.
nlohmann::json projectFileContent(const Project& project);
// Writes `content` as the project file, atomically, the previous file kept as ets-project.json.bak; returns what was
// written. Errors as saveProject.
ProjectFile writeProjectFile(const std::filesystem::path& folder, nlohmann::json content);
// The same for the file's text as it is to be written (content left null in what is returned).
ProjectFile writeProjectText(const std::filesystem::path& folder, const std::string& text);

// Refuses (project.save_invalid {folder, field, value, cause}) a project that loading would refuse.
void checkBeforeSaving(const std::filesystem::path& folder, const Project& project);
// The same for a project of which only `changed` differs from a version that passed the checks: the same refusals,
// with the checks that cannot fail on what did not change skipped.
void checkBeforeSaving(const std::filesystem::path& folder, const Project& project, const ChangedParts& changed);

// The index of passages and the transcripts' stamps (derived from the transcripts), which each office keeps in a file
// of its own: two offices never write it in turn, and commands that only read write only there. Version 2 added the
// passages' context (core/coding/passage_context.hpp); version 3 reads a lead-in past a sentence quoted inside another
// (« … le code ? ». »). An index of an earlier version is read again from the transcripts.
inline constexpr int kIndexVersion = 3;
void saveIndex(const std::filesystem::path& indexFile, const Project& project);
// The same for the index's text as it is to be written (IndexPieces::text gives it without serializing it whole).
void saveIndexText(const std::filesystem::path& indexFile, const std::string& text);
// A fingerprint of the index (passages and stamps): the index file is written again only when it changed.
std::uint64_t indexFingerprint(const Project& project);
// The name of the index file an office keeps for the project of `folder` ("<fingerprint of the folder>.json"), so
// that one office keeps apart the indexes of several projects.
std::string indexFileName(const std::filesystem::path& folder);
// Takes the index from `indexFile` when it can be read and fits the project (its themes exist); otherwise the project
// keeps the index it has (an older project file's, or none): the transcripts will be read again.
void loadIndex(const std::filesystem::path& indexFile, Project& project);

}  // namespace ets
