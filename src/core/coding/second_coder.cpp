#include "core/coding/second_coder.hpp"

#include "core/project/free_file_name.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <system_error>

namespace ets {

std::filesystem::path secondCoderCopyPath(const std::filesystem::path& original, const std::string& coder) {
    const std::string name = trimmedName(coder);
    if (name.empty())
        throw Error("coder.missing");
    std::string safe;
    for (char c : name)
        safe +=
            (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|')
                ? '-'
                : c;
    const std::string extension = original.extension().u8string();
    return freeFileName(original.parent_path(), original.stem().u8string() + " (" + safe + ")", {extension});
}

bool isSecondCoderCopy(const std::filesystem::path& original, const std::filesystem::path& candidate) {
    if (candidate.parent_path() != original.parent_path() || candidate.extension() != original.extension())
        return false;
    const std::string stem = original.stem().u8string();
    std::string other = candidate.stem().u8string();
    // A free name may have -N after the parenthesis.
    const std::size_t dash = other.rfind(')');
    if (dash != std::string::npos && dash + 1 < other.size() && other[dash + 1] == '-' &&
        std::all_of(other.begin() + static_cast<std::ptrdiff_t>(dash) + 2, other.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
        dash + 2 < other.size())
        other.erase(dash + 1);
    if (!(other.size() > stem.size() + 3 && other.compare(0, stem.size(), stem) == 0 &&
          other.compare(stem.size(), 2, " (") == 0 && other.back() == ')'))
        return false;
    // "sureau (2).odt" is the copy a file manager or a mail client makes, not a coder's: no coder is named by a number.
    const std::string inside = other.substr(stem.size() + 2, other.size() - stem.size() - 3);
    return !std::all_of(inside.begin(), inside.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::vector<std::filesystem::path> secondCoderCopies(const std::filesystem::path& original) {
    std::vector<std::filesystem::path> copies;
    std::error_code error;
    for (std::filesystem::directory_iterator entry(original.parent_path(), error), end; !error && entry != end;
         entry.increment(error))
        if (isSecondCoderCopy(original, entry->path()))
            copies.push_back(entry->path());
    std::sort(copies.begin(), copies.end());
    return copies;
}

std::vector<std::string> otherCoders(const std::vector<TagRecord>& records, const std::string& me) {
    if (trimmedName(me).empty())
        throw Error("coder.missing");
    std::vector<std::string> others;
    for (const TagRecord& record : records)
        if (record.coder != me && std::find(others.begin(), others.end(), record.coder) == others.end())
            others.push_back(record.coder);
    return others;
}

int removeAllPassages(TranscriptDocument& copy) {
    std::set<std::string> anchors;
    for (const TagRecord& record : copy.records())
        anchors.insert(record.anchor);
    const int passages = static_cast<int>(anchors.size());
    for (const AnchoredText& anchor : copy.anchors())
        anchors.insert(anchor.anchor);
    for (const std::string& anchor : anchors)
        copy.removeAnchor(anchor);
    copy.setRecords({});
    return passages;
}

}  // namespace ets
