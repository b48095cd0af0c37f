#pragma once
// How the project names the file of a transcript.

#include <filesystem>
#include <string>

namespace ets {

// Relative to the project folder ("transcripts/x.odt") when the file is inside it, else its absolute path; empty for
// an empty file (a transcript never saved).
std::string transcriptPathInProject(const std::filesystem::path& file, const std::filesystem::path& projectFolder);

}  // namespace ets
