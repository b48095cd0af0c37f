#include "core/project/project_store.hpp"

#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/project/staged_file.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <functional>
#include <string_view>
#include <system_error>

namespace fs = std::filesystem;

namespace ets {
namespace {

std::string displayPath(const fs::path& path) { return path.u8string(); }

// FNV-1a, 64 bits, in hex: enough to tell two versions of a file apart.
std::string contentHash(const std::string& bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        text[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
    return text;
}

// A fingerprint of the project file's bytes, to tell whether another office wrote it since: kept in memory only
// (unlike contentHash, which names files), so any good 64-bit hash will do; this one reads words, not bytes, and a
// save hashes the file twice.
std::string bytesHash(const std::string& bytes) {
    return contentHash(std::to_string(std::hash<std::string>{}(bytes)) + "/" + std::to_string(bytes.size()));
}

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

bool hasOnlyBackup(const fs::path& folder) {
    std::error_code ignored;
    return !hasProject(folder) && fs::is_regular_file(folder / kBackupFileName, ignored);
}

void restoreBackup(const fs::path& folder) {
    try {
        copyFileAtomically(folder / kBackupFileName, folder / kProjectFileName);
    } catch (const std::system_error& failure) {
        throw Error("project.write_failed", {displayPath(folder), failure.what()});
    }
}

ProjectFile statProjectFile(const fs::path& folder) {
    const fs::path file = folder / kProjectFileName;
    ProjectFile state;
    std::error_code error;
    state.size = fs::file_size(file, error);
    if (error)
        return ProjectFile{};
    state.modified =
        std::chrono::duration_cast<std::chrono::microseconds>(fs::last_write_time(file, error).time_since_epoch())
            .count();
    return state;
}

ProjectFile readProjectFile(const fs::path& folder) {
    const fs::path file = folder / kProjectFileName;
    std::error_code statusError;
    const fs::file_status status = fs::status(file, statusError);
    if (status.type() == fs::file_type::not_found)
        throw Error("project.not_found", {displayPath(folder)});
    if (statusError || !fs::is_regular_file(status))
        throw Error("project.unreadable", {displayPath(file)});

    ProjectFile read = statProjectFile(folder);
    std::string text;
    try {
        text = readWholeFile(file);
    } catch (const std::system_error&) {
        throw Error("project.unreadable", {displayPath(file)});
    }
    read.size = text.size();
    read.hash = bytesHash(text);
    try {
        read.content = parseBoundedJson(text, kProjectFileBounds);
    } catch (const JsonRefused& refused) {
        if (refused.reason() == JsonRefused::Reason::TooLarge)
            throw Error("project.too_large", {displayPath(file), std::to_string(kProjectFileBounds.maxBytes >> 20)});
        if (refused.reason() == JsonRefused::Reason::TooDeep)
            throw Error("project.too_deep", {displayPath(file), std::to_string(kProjectFileBounds.maxDepth)});
        if (refused.reason() == JsonRefused::Reason::DuplicateKey)
            throw Error("project.duplicate_key", {displayPath(file), refused.key()});
        if (refused.reason() == JsonRefused::Reason::NumberOutOfRange)
            throw Error("project.number_out_of_range", {displayPath(file), refused.key()});
        std::size_t line = 0, column = 0;
        lineAndColumn(text, refused.byte(), line, column);
        throw Error("project.not_json", {displayPath(file), std::to_string(line), std::to_string(column)});
    }
    return read;
}

std::string projectFileHash(const fs::path& folder) {
    try {
        return bytesHash(readWholeFile(folder / kProjectFileName));
    } catch (const std::system_error&) {
        return std::string();
    }
}

Project loadProject(const fs::path& folder) { return projectFromFile(folder, readProjectFile(folder).content); }

Project projectFromFile(const fs::path& folder, const nlohmann::json& content) {
    try {
        return projectFromJson(content);
    } catch (const Error& invalid) {
        // The person may keep several projects: the message names the file as its last value.
        std::vector<std::string> args = invalid.args();
        args.push_back(displayPath(folder / kProjectFileName));
        throw Error(invalid.key(), std::move(args));
    }
}

nlohmann::json projectFileContent(const Project& project) {
    nlohmann::json content = projectFileJson(project);
    content["schemaVersion"] = kSchemaVersion;  // a save always writes the layout this build knows
    return content;
}

// Refuses what loading would refuse, with the same field and value, so a saved file always opens again; the key
// says that nothing was written.
void checkBeforeSaving(const fs::path& folder, const Project& project) {
    try {
        checkProject(project);
    } catch (const Error& broken) {
        const auto& args = broken.args();
        throw Error("project.save_invalid", {displayPath(folder), args.empty() ? std::string() : args[0],
                                             args.size() > 1 ? args[1] : std::string(), broken.key()});
    }
}

void checkBeforeSaving(const fs::path& folder, const Project& project, const ChangedParts& changed) {
    try {
        checkProjectChanges(project, changed);
    } catch (const Error& broken) {
        const auto& args = broken.args();
        throw Error("project.save_invalid", {displayPath(folder), args.empty() ? std::string() : args[0],
                                             args.size() > 1 ? args[1] : std::string(), broken.key()});
    }
}

ProjectFile writeProjectText(const fs::path& folder, const std::string& text) {
    std::error_code folderError;
    if (!fs::is_directory(folder, folderError))
        throw Error("project.folder_not_writable", {displayPath(folder)});
    const fs::path projectFile = folder / kProjectFileName;
    try {
        StagedFile newVersion(projectFile, text);
        std::error_code existsError;
        if (fs::exists(projectFile, existsError))
            linkOrCopyFileAtomically(projectFile, folder / kBackupFileName, false);  // flushed with the commit
        newVersion.commit();
    } catch (const std::system_error& failure) {
        if (isRefusal(failure))
            throw Error("project.folder_not_writable", {displayPath(folder)});
        throw Error("project.write_failed", {displayPath(folder), failure.what()});
    }
    ProjectFile written = statProjectFile(folder);
    written.hash = bytesHash(text);
    return written;
}

ProjectFile writeProjectFile(const fs::path& folder, nlohmann::json content) {
    // Invalid UTF-8 (which LibreOffice does not produce) is replaced rather than refused:
    // losing one unreadable character beats being unable to save the project.
    ProjectFile written =
        writeProjectText(folder, content.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    written.content = std::move(content);
    return written;
}

void saveProject(const fs::path& folder, const Project& project) {
    std::error_code folderError;
    if (!fs::is_directory(folder, folderError))
        throw Error("project.folder_not_writable", {displayPath(folder)});
    checkBeforeSaving(folder, project);
    writeProjectFile(folder, projectFileContent(project));
}

void saveIndex(const fs::path& indexFile, const Project& project) {
    nlohmann::json index = indexJson(project);
    index["version"] = kIndexVersion;
    saveIndexText(indexFile, index.dump(0, ' ', false, nlohmann::json::error_handler_t::replace));
}

void saveIndexText(const fs::path& indexFile, const std::string& text) {
    std::error_code ignored;
    fs::create_directories(indexFile.parent_path(), ignored);
    try {
        StagedFile(indexFile, text).commit();
    } catch (const std::system_error& failure) {
        // The index is rebuilt from the transcripts when it cannot be kept: nothing a person must act on.
        (void)failure;
    }
}

std::uint64_t indexFingerprint(const Project& project) {
    std::uint64_t fingerprint = 0xcbf29ce484222325ull;
    const auto add = [&](std::string_view text) {
        fingerprint = (fingerprint ^ std::hash<std::string_view>{}(text)) * 0x100000001b3ull;
    };
    for (const Passage& passage : project.passages) {
        for (const std::string* field :
             {&passage.id, &passage.transcript, &passage.anchor, &passage.coder, &passage.text, &passage.memo,
              &passage.speaker, &passage.leadIn, &passage.prompt})
            add(*field);
        for (const std::string& theme : passage.themeIds)
            add(theme);
        add("\n");  // where one passage ends
    }
    for (const TranscriptStamp& stamp : project.transcripts) {
        add(stamp.transcript);
        add(std::to_string(stamp.modified) + "/" + std::to_string(stamp.size));
    }
    return fingerprint;
}

std::string indexFileName(const fs::path& folder) {
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(folder, error);
    return contentHash((error ? folder : canonical).u8string()) + ".json";
}

void loadIndex(const fs::path& indexFile, Project& project) {
    if (indexFile.empty())
        return;
    try {
        const nlohmann::json index = parseBoundedJson(readWholeFile(indexFile), kProjectFileBounds);
        // An index of an earlier version lacks what this one reads with the passages (their context): the
        // transcripts are read again, once.
        if (!index.is_object() || index.value("version", 0) < kIndexVersion)
            return;
        nlohmann::json full = toJson(project);
        full["passages"] = index.at("passages");
        full["transcripts"] = index.at("transcripts");
        const Project withIndex = projectFromJson(full);
        project.passages = withIndex.passages;
        project.transcripts = withIndex.transcripts;
    } catch (const std::exception&) {
        // Missing, damaged, or about themes the project no longer has: the transcripts are read again.
    }
}

Project createProject(const fs::path& folder, const std::string& name, const std::string& coder,
                      int placesPerOrganisation) {
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
    if (placesPerOrganisation >= 1)
        project.cycle.placesPerOrganisation = placesPerOrganisation;
    saveProject(folder, project);
    return project;
}

}  // namespace ets
