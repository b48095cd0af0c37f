#include "core/project/staged_file.hpp"

#include "core/project/model.hpp"

#include <cerrno>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ets {
namespace {

[[noreturn]] void throwErrno(const char* step) { throw std::system_error(errno, std::generic_category(), step); }

// Closes the descriptor on every path out of a function.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    // close() can report a late write error (e.g. on network folders), so check it once.
    void closeChecked() {
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0)
            throwErrno("close");
    }

private:
    int fd_;
};

// A hidden name beside the target that nobody else uses: ".<name>.tmp-<random>".
std::filesystem::path temporaryNameFor(const std::filesystem::path& target) {
    return target.parent_path() / ("." + target.filename().string() + ".tmp-" + newId(""));
}

// Opens a temporary that did not exist before, so two saves never share one.
int createTemporary(const std::filesystem::path& target, std::filesystem::path& temporary) {
    for (int attempt = 0;; ++attempt) {
        temporary = temporaryNameFor(target);
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST || attempt == 5)
            return fd;
    }
}

void writeAll(int fd, std::string_view contents) {
    while (!contents.empty()) {
        const ssize_t written = ::write(fd, contents.data(), contents.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            throwErrno("write");
        }
        contents.remove_prefix(static_cast<std::size_t>(written));
    }
}

// The new file keeps the permissions of the one it replaces, so that a project folder
// shared by the tandem stays readable by both.
void copyPermissions(int fd, const std::filesystem::path& target) {
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0)
        ::fchmod(fd, existing.st_mode & 07777);  // best effort: a folder may not support modes
}

void syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    // Ignored on failure: the rename has already happened, and some file systems (network
    // shares) refuse fsync on folders; reporting a failed save would be false.
    ::fsync(fd);
    ::close(fd);
}

// The file a symbolic link stands for, so that a project file kept elsewhere through a link is updated there instead of
// the link being replaced by a copy that silently parts from it.
std::filesystem::path followLinks(std::filesystem::path file) {
    std::error_code error;
    if (!std::filesystem::is_symlink(file, error))
        return file;
    std::filesystem::path real = std::filesystem::weakly_canonical(file, error);
    return error ? file : real;
}

}  // namespace

StagedFile::StagedFile(std::filesystem::path target, std::string_view contents)
    : target_(followLinks(std::move(target))) {
    FileDescriptor fd(createTemporary(target_, temporary_));
    if (fd.get() < 0)
        throwErrno("open");
    try {
        copyPermissions(fd.get(), target_);
        writeAll(fd.get(), contents);
        if (::fsync(fd.get()) != 0)
            throwErrno("fsync");
        fd.closeChecked();
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
        throw;
    }
}

StagedFile::~StagedFile() {
    if (!committed_) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
}

void StagedFile::commit() {
    if (::rename(temporary_.c_str(), target_.c_str()) != 0)
        throwErrno("rename");
    committed_ = true;
    syncFolder(target_.parent_path());
}

std::string readWholeFile(const std::filesystem::path& file) {
    FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        throwErrno("open");
    // Read straight into the string, sized from the file (it may still grow or shrink meanwhile: read to its end).
    struct stat status {};
    std::string contents;
    if (::fstat(fd.get(), &status) == 0 && status.st_size > 0)
        contents.resize(static_cast<std::size_t>(status.st_size));
    std::size_t done = 0;
    for (;;) {
        if (done == contents.size())
            contents.resize(contents.size() + 65536);
        const ssize_t n = ::read(fd.get(), &contents[done], contents.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwErrno("read");
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    contents.resize(done);
    return contents;
}

void copyFileAtomically(const std::filesystem::path& source, const std::filesystem::path& target) {
    StagedFile copy(target, readWholeFile(source));
    copy.commit();
}

void linkOrCopyFileAtomically(const std::filesystem::path& linkedSource, const std::filesystem::path& target,
                              bool syncFolderNow) {
    // link() would link the symbolic link itself, whose file is about to change.
    const std::filesystem::path source = followLinks(linkedSource);
    const std::filesystem::path temporary = temporaryNameFor(target);
    if (::link(source.c_str(), temporary.c_str()) != 0) {
        copyFileAtomically(source, target);
        return;
    }
    const bool renamed = ::rename(temporary.c_str(), target.c_str()) == 0;
    const int renameError = errno;
    // Also after success: rename() does nothing, and leaves the temporary, when target
    // is already a link to the same file.
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    if (!renamed)
        throw std::system_error(renameError, std::generic_category(), "rename");
    if (syncFolderNow)
        syncFolder(target.parent_path());
}

std::vector<std::string> removeStaleTemporaries(const std::filesystem::path& folder, const std::string& name,
                                                std::chrono::seconds olderThan) {
    std::vector<std::string> removed;
    const std::string prefix = "." + name + ".tmp-";
    const auto now = std::filesystem::file_time_type::clock::now();
    std::error_code error;
    for (std::filesystem::directory_iterator entry(folder, error), end; !error && entry != end;
         entry.increment(error)) {
        const std::string file = entry->path().filename().string();
        if (file.rfind(prefix, 0) != 0 || !entry->is_regular_file(error))
            continue;
        const auto written = entry->last_write_time(error);
        if (error || now - written < olderThan)
            continue;  // perhaps a save under way in another office
        if (std::filesystem::remove(entry->path(), error))
            removed.push_back(file);
    }
    return removed;
}

}  // namespace ets
