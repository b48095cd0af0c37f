#pragma once
// How the project names its transcripts: by their path relative to the project folder when they lie inside it (so
// that the folder can be moved or shared), else by their absolute path.

#include <filesystem>
#include <string>

namespace ets {

// "transcripts/x.odt" for a file inside the folder, its absolute path otherwise; empty for an empty file.
std::string projectPathOf(const std::filesystem::path& folder, const std::filesystem::path& file);

// The same for a transcript about to be tagged, which must have been saved: throws transcript.not_saved otherwise.
std::string transcriptKey(const std::filesystem::path& folder, const std::filesystem::path& file);

// The file of a transcript the project names `key` (an absolute key stays as it is).
std::filesystem::path transcriptFile(const std::filesystem::path& folder, const std::string& key);

// A folder or file named by a person or a macro (the argument `argument`): refused unless absolute — a relative one
// would land wherever LibreOffice happened to start — and free of control characters (a NUL cuts the name short and
// leaves a stray folder behind). Throws args.path_not_absolute or args.path_bad_character.
void checkGivenPath(const std::filesystem::path& path, const std::string& argument);

}  // namespace ets
