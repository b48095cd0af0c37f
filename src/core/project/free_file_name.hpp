#pragma once
// Names for files the extension writes beside a person's own: never one that is taken.

#include <filesystem>
#include <string>
#include <vector>

namespace ets {

// folder/stem + the first extension, or stem-2, stem-3… until no file of that name exists with ANY of the
// extensions (a document and the PDF written beside it get the same free stem). `stem` is UTF-8.
std::filesystem::path freeFileName(const std::filesystem::path& folder, const std::string& stem,
                                   const std::vector<std::string>& extensions);

}  // namespace ets
