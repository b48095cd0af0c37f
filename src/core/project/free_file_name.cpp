#include "core/project/free_file_name.hpp"

namespace ets {

namespace fs = std::filesystem;

fs::path freeFileName(const fs::path& folder, const std::string& stem, const std::vector<std::string>& extensions) {
    auto taken = [&](const std::string& candidate) {
        for (const std::string& extension : extensions) {
            std::error_code ignored;  // an unreadable entry counts as free: writing there will say why it fails
            if (fs::exists(folder / fs::u8path(candidate + extension), ignored))
                return true;
        }
        return false;
    };
    std::string candidate = stem;
    for (int n = 2; taken(candidate); ++n)
        candidate = stem + "-" + std::to_string(n);
    return folder / fs::u8path(candidate + extensions.front());
}

}  // namespace ets
