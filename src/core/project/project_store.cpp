#include "core/project/project_store.hpp"

#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/project/staged_file.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace fs = std::filesystem;

namespace ets {
namespace {

std::string displayPath(const fs::path& path) { return path.u8string(); }

// nlohmann reports the byte offset of the failure; people find "line 12, column 5" in a
// text editor. Columns count characters, not UTF-8 bytes.
void lineAndColumn(const std::string& text, std::size_t byteOffset, std::size_t& line, std::size_t& column) {
    line = 1;
    column = 1;
    const std::size_t end = std::min(byteOffset > 0 ? byteOffset - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

bool isRefusal(const std::system_error& failure) {
    const int code = failure.code().value();
    return code == EACCES || code == EPERM || code == EROFS || code == ENOENT || code == ENOTDIR;
}

}  // namespace

bool hasProject(const fs::path& folder) {
    std::error_code ignored;
    return fs::exists(folder / kProjectFileName, ignored);
}

Project loadProject(const fs::path& folder) {
    const fs::path file = folder / kProjectFileName;
    std::error_code statusError;
    const fs::file_status status = fs::status(file, statusError);
    if (status.type() == fs::file_type::not_found)
        throw Error("project.not_found", {displayPath(folder)});
    if (statusError || !fs::is_regular_file(status))
        throw Error("project.unreadable", {displayPath(file)});

    std::string text;
    try {
        text = readWholeFile(file);
    } catch (const std::system_error&) {
        throw Error("project.unreadable", {displayPath(file)});
    }

    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& notJson) {
        std::size_t line = 0, column = 0;
        lineAndColumn(text, notJson.byte, line, column);
        throw Error("project.not_json", {displayPath(file), std::to_string(line), std::to_string(column)});
    }
    try {
        return projectFromJson(document);
    } catch (const Error& invalid) {
        // The person may keep several projects: the message names the file as its last value.
        std::vector<std::string> args = invalid.args();
        args.push_back(displayPath(file));
        throw Error(invalid.key(), std::move(args));
    }
}

void saveProject(const fs::path& folder, const Project& project) {
    std::error_code folderError;
    if (!fs::is_directory(folder, folderError))
        throw Error("project.folder_not_writable", {displayPath(folder)});

    // Refuse what loading would refuse, with the same field and value, so a saved file
    // always opens again; the key says that nothing was written.
    try {
        checkProject(project);
    } catch (const Error& broken) {
        const auto& args = broken.args();
        throw Error("project.save_invalid", {displayPath(folder), args.empty() ? std::string() : args[0],
                                             args.size() > 1 ? args[1] : std::string(), broken.key()});
    }

    nlohmann::json document = toJson(project);
    document["schemaVersion"] = kSchemaVersion;  // a save always writes the layout this build knows
    // Invalid UTF-8 (which LibreOffice does not produce) is replaced rather than refused:
    // losing one unreadable character beats being unable to save the project.
    const std::string text = document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";

    const fs::path projectFile = folder / kProjectFileName;
    try {
        StagedFile newVersion(projectFile, text);
        std::error_code existsError;
        if (fs::exists(projectFile, existsError))
            linkOrCopyFileAtomically(projectFile, folder / kBackupFileName);
        newVersion.commit();
    } catch (const std::system_error& failure) {
        if (isRefusal(failure))
            throw Error("project.folder_not_writable", {displayPath(folder)});
        throw Error("project.write_failed", {displayPath(folder), failure.what()});
    }
}

Project createProject(const fs::path& folder, const std::string& name, const std::string& coder) {
    if (isBlank(name))
        throw Error("project.name_empty");
    if (hasProject(folder))
        throw Error("project.already_exists", {displayPath(folder)});

    std::error_code createError;
    fs::create_directories(folder, createError);
    if (createError || !fs::is_directory(folder, createError))
        throw Error("project.folder_not_writable", {displayPath(folder)});

    Project project;
    project.name = name;
    project.settings.coder = coder;
    saveProject(folder, project);
    return project;
}

}  // namespace ets
