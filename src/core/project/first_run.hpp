#pragma once
// What a person who has no project yet is offered: create one, open one, or try a copy of the demo project that ships
// inside the extension. The dialog and OpenProject's arguments both end here.

#include <filesystem>
#include <string>

namespace ets {

enum class FirstRunChoice { Create, Open, Demo };

// Where a person keeps their documents: home/Documents when it is a folder, else home itself.
std::filesystem::path documentsFolder(const std::filesystem::path& home);

// The folder proposed for a new project or a copy of the demo: `name` (UTF-8, from the catalogue) under `parent`,
// or "name 2", "name 3"… when that one already exists, so that nothing of the person's is ever proposed.
std::filesystem::path proposedProjectFolder(const std::filesystem::path& parent, const std::string& name);

// Copies the demo project (its project file and transcripts) from `demo` into `target`, which must not exist yet or be
// an empty folder. Throws Error:
//   project.demo_missing {demo}              the extension lost its copy of the demo
//   project.already_exists {target}          the target already holds a project
//   project.demo_target_not_empty {target}   the target holds other files (never mixed with the demo's)
//   project.folder_not_writable {target}     the target cannot be created or written
// A copy that fails half-way is removed again, so a failed choice leaves nothing behind.
void copyDemoProject(const std::filesystem::path& demo, const std::filesystem::path& target);

}  // namespace ets
