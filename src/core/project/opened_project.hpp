#pragma once
// The project an office session works on: its folder and its contents as last loaded or saved, and the one way to
// change it, on a copy that becomes the project only once it is saved.

#include "core/project/model.hpp"
#include "core/project/project_store.hpp"

#include <filesystem>
#include <utility>

namespace ets {

struct OpenedProject {
    std::filesystem::path folder;
    Project project;
};

// Saves the project into its folder (see saveProject: atomic, checked first, the previous file kept).
inline void saveProject(const OpenedProject& opened) { saveProject(opened.folder, opened.project); }

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
