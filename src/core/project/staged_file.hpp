#pragma once
// Replaces a file so that readers, and the disk after a power cut, see the old contents
// or the new ones, never a mix: write a temporary beside it, flush it to disk, rename.

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The new contents of `target` (of the file it links to, when it is a symbolic link), already safe on disk in a hidden
// temporary beside it
// (".<name>.tmp-<random>"), waiting for commit(). Until commit() the target is untouched;
// a StagedFile destroyed without commit() removes its temporary.
// POSIX only (open/write/fsync/rename); a Windows build needs its own version of the .cpp.
// Failures throw std::system_error; its code() tells a refused folder (EACCES, EROFS, ...)
// from a full disk.
class StagedFile {
public:
    StagedFile(std::filesystem::path target, std::string_view contents);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    // Renames the temporary over the target, then flushes the folder so the rename itself
    // survives a power cut.
    void commit();

    const std::filesystem::path& temporaryPath() const { return temporary_; }

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    bool committed_ = false;
};

// Makes `target` hold exactly the current bytes of `source`, replacing any older target
// atomically. A hard link when the file system allows it (nothing to write or flush: the
// bytes are already on disk), otherwise copyFileAtomically. Throws std::system_error.
// `syncFolder` false leaves the link's folder entry to be flushed by the caller's next commit in the same folder (one
// flush of the folder makes both durable; the link is never needed durable before that rename is).
void linkOrCopyFileAtomically(const std::filesystem::path& source, const std::filesystem::path& target,
                              bool syncFolder = true);

// The same through a staged copy, for file systems without hard links (FAT, some shares).
void copyFileAtomically(const std::filesystem::path& source, const std::filesystem::path& target);

// Removes the temporaries of `name` (".<name>.tmp-*") in `folder` that a save killed before its rename left behind,
// once older than `olderThan` (a younger one may belong to a save under way in another office). Returns their names.
std::vector<std::string> removeStaleTemporaries(const std::filesystem::path& folder, const std::string& name,
                                                std::chrono::seconds olderThan);

// The whole file as bytes. Throws std::system_error.
std::string readWholeFile(const std::filesystem::path& file);

}  // namespace ets
