#pragma once
// A project on disk: a folder holding ets-project.json (and its previous version in
// ets-project.json.bak) beside the transcripts.

#include "core/project/model.hpp"

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
// with `coder` as this machine's coder. Throws Error:
//   project.name_empty {}                 name empty or blank
//   project.already_exists {folder}       the folder already holds a project file
//   project.folder_not_writable {folder}, project.write_failed {folder, reason}
Project createProject(const std::filesystem::path& folder, const std::string& name, const std::string& coder);

// True when folder holds a project file (whether or not it is readable).
bool hasProject(const std::filesystem::path& folder);

}  // namespace ets
