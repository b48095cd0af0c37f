#include "core/project/transcript_path.hpp"

#include <system_error>

namespace ets {

std::string transcriptPathInProject(const std::filesystem::path& file, const std::filesystem::path& projectFolder) {
    if (file.empty())
        return {};
    std::error_code error;
    const std::filesystem::path full = std::filesystem::weakly_canonical(file, error);
    const std::filesystem::path folder = std::filesystem::weakly_canonical(projectFolder, error);
    if (error)
        return file.string();
    auto fileIt = full.begin();
    for (auto folderIt = folder.begin(); folderIt != folder.end(); ++folderIt, ++fileIt) {
        if (folderIt->empty())
            continue;  // the trailing "" of a folder written with a final slash
        if (fileIt == full.end() || *fileIt != *folderIt)
            return full.string();
    }
    std::filesystem::path relative;
    for (; fileIt != full.end(); ++fileIt)
        relative /= *fileIt;
    return relative.generic_string();
}

}  // namespace ets
