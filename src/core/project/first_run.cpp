#include "core/project/first_run.hpp"

#include "core/project/project_store.hpp"
#include "core/text/error.hpp"

#include <system_error>

namespace ets {

namespace fs = std::filesystem;

fs::path documentsFolder(const fs::path& home) {
    std::error_code ignored;
    const fs::path documents = home / "Documents";
    return fs::is_directory(documents, ignored) ? documents : home;
}

fs::path proposedProjectFolder(const fs::path& parent, const std::string& name) {
    std::error_code ignored;
    fs::path candidate = parent / fs::u8path(name);
    for (int number = 2; fs::exists(candidate, ignored); ++number)
        candidate = parent / fs::u8path(name + " " + std::to_string(number));
    return candidate;
}

void copyDemoProject(const fs::path& demo, const fs::path& target) {
    std::error_code error;
    if (!fs::is_regular_file(demo / kProjectFileName, error))
        throw Error("project.demo_missing", {demo.u8string()});
    if (fs::exists(target, error)) {
        if (hasProject(target))
            throw Error("project.already_exists", {target.u8string()});
        if (!fs::is_directory(target, error) || !fs::is_empty(target, error))
            throw Error("project.demo_target_not_empty", {target.u8string()});
    }
    const bool existed = fs::exists(target, error);
    try {
        fs::create_directories(target);
        fs::copy_file(demo / kProjectFileName, target / kProjectFileName);
        if (fs::is_directory(demo / "transcripts", error))
            fs::copy(demo / "transcripts", target / "transcripts", fs::copy_options::recursive);
    } catch (const fs::filesystem_error&) {
        // Never half a demo: what was copied goes, the folder too when this copy made it.
        if (existed) {
            for (const auto& entry : fs::directory_iterator(target, error))
                fs::remove_all(entry.path(), error);
        } else {
            fs::remove_all(target, error);
        }
        throw Error("project.folder_not_writable", {target.u8string()});
    }
}

}  // namespace ets
