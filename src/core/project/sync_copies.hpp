#pragma once
// The copies a sync client makes of the project file when both sides changed it while apart: Nextcloud and ownCloud,
// Dropbox, OneDrive, Google Drive and Syncthing each name them their own way (docs/project-file.md lists them). Each
// copy is merged into the project like the partner's version, then moved aside, never deleted.

#include <filesystem>
#include <string>
#include <vector>

namespace ets {

// True when `fileName` is a sync client's conflict copy of `original` ("ets-project.json"):
//   Syncthing           ets-project.sync-conflict-20261202-101112-ABCDEFG.json
//   Nextcloud, ownCloud ets-project (conflicted copy 2026-12-02 101112).json, ets-project_conflict-20261202-101112.json
//   Dropbox             ets-project (Claire's conflicted copy 2026-12-02).json, … (copie en conflit de Claire …).json
//   OneDrive            ets-project-PORTABLE-CLAIRE.json (the computer's name)
//   Google Drive        ets-project (1).json
bool isConflictCopy(const std::string& fileName, const std::string& original);

// The conflict copies of `original` in `folder`, by name.
std::vector<std::filesystem::path> conflictCopies(const std::filesystem::path& folder, const std::string& original);

// Where merged copies are moved: a folder of their own beside the project file.
std::filesystem::path mergedCopiesFolder(const std::filesystem::path& folder);

}  // namespace ets
