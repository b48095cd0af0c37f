#include "core/project/project_paths.hpp"

#include "core/text/error.hpp"

#include <system_error>

namespace fs = std::filesystem;

namespace ets {

std::string projectPathOf(const fs::path& folder, const fs::path& file) {
    if (file.empty())
        return {};
    std::error_code error;
    const fs::path full = fs::weakly_canonical(file, error);
    if (error)
        return file.u8string();
    const fs::path base = fs::weakly_canonical(folder, error);
    if (error)
        return full.u8string();
    const fs::path relative = full.lexically_relative(base);
    if (!relative.empty() && *relative.begin() != ".." && relative.is_relative())
        return relative.generic_u8string();
    return full.u8string();
}

std::string transcriptKey(const fs::path& folder, const fs::path& file) {
    if (file.empty())
        throw Error("transcript.not_saved");
    return projectPathOf(folder, file);
}

fs::path transcriptFile(const fs::path& folder, const std::string& key) { return folder / fs::u8path(key); }

void checkGivenPath(const std::filesystem::path& path, const std::string& argument) {
    const std::string text = path.u8string();
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            std::string shown;
            for (const char kept : text)
                shown += static_cast<unsigned char>(kept) < 0x20 || kept == 0x7F ? '?' : kept;
            throw Error("args.path_bad_character", {argument, shown});
        }
    if (!path.is_absolute())
        throw Error("args.path_not_absolute", {argument, text});
}

}  // namespace ets
