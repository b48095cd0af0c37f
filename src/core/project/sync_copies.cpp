#include "core/project/sync_copies.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <string_view>
#include <system_error>

namespace fs = std::filesystem;

namespace ets {
namespace {

std::string escaped(const std::string& text) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    return std::regex_replace(text, special, R"(\$&)");
}

}  // namespace

bool isConflictCopy(const std::string& fileName, const std::string& original) {
    const fs::path path(original);
    // Every pattern starts with the stem and ends with the extension: other names need no regular expression.
    const std::string stemText = path.stem().string(), extensionText = path.extension().string();
    const auto sameText = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    };
    const std::string_view name(fileName);
    if (name.size() <= stemText.size() + extensionText.size() || !sameText(name.substr(0, stemText.size()), stemText) ||
        !sameText(name.substr(name.size() - extensionText.size()), extensionText))
        return false;
    const std::string stem = escaped(path.stem().string());
    const std::string extension = escaped(path.extension().string());
    const std::vector<std::string> patterns = {
        // Syncthing: the stem, ".sync-conflict-", date, time, the device's short id, the extension.
        stem + R"(\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7})" + extension,
        // Nextcloud and ownCloud's desktop clients, with or without the user's name inside the brackets.
        stem + R"( \(conflicted copy[^)]*\))" + extension,
        stem + R"(_conflict-\d{8}-\d{6})" + extension,
        // Dropbox, in English and in French ("copie en conflit"), with or without a number after.
        stem + R"( \([^)]*(conflicted copy|copie en conflit)[^)]*\)( \(\d+\))?)" + extension,
        // OneDrive adds the computer's name (letters, digits and hyphens), sometimes a number.
        stem + R"(-[A-Za-z0-9][A-Za-z0-9-]*)" + extension,
        // Google Drive keeps both as "name (1)".
        stem + R"( \(\d+\))" + extension,
    };
    return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
        return std::regex_match(fileName, std::regex(pattern, std::regex::icase));
    });
}

std::vector<fs::path> conflictCopies(const fs::path& folder, const std::string& original) {
    std::vector<fs::path> copies;
    std::error_code error;
    for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error))
        if (entry->is_regular_file(error) && isConflictCopy(entry->path().filename().string(), original))
            copies.push_back(entry->path());
    std::sort(copies.begin(), copies.end());
    return copies;
}

fs::path mergedCopiesFolder(const fs::path& folder) { return folder / "merged-copies"; }

}  // namespace ets
