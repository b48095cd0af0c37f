#pragma once
// Where the installed extension's own files (dialogs, strings, icons) are on disk.

#include <rtl/ustring.hxx>

#include <filesystem>

namespace ets::uno {

// The folder the .oxt was unpacked into: the one holding this shared library.
std::filesystem::path extensionFolder();
// file: URL of a file inside the extension, e.g. extensionFileUrl("dialogs/OpenProject.xdl").
rtl::OUString extensionFileUrl(const char* relativePath);

}  // namespace ets::uno
