#pragma once
// The lock that keeps two offices (on one machine or on two, through a network drive) from interleaving their
// read–merge–write of the project file. It is a file beside the project file, in LibreOffice's own style
// (".~lock.ets-project.json#"), saying who holds it, on which machine, since when; it is held for milliseconds.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace ets {

// Who holds a lock, as its file says.
struct LockHolder {
    std::string who;
    std::string host;
    long pid = 0;
    std::string since;  // ISO 8601, UTC
};

class ProjectLock {
public:
    // Takes the lock of the project file of `folder`, waiting up to `patience` for another office to release it. A
    // lock left by a process of this machine that is gone, or older than a minute, is broken (brokenHolder() then
    // says whose it was); so is a lock file still without its line after two seconds (an office killed between
    // creating it and writing it). Throws project.locked {who, host, since} when the lock stays held, and
    // project.folder_not_writable {folder} when no lock can be written there.
    ProjectLock(const std::filesystem::path& folder, const std::string& who,
                std::chrono::milliseconds patience = std::chrono::seconds(10));
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    bool brokeStaleLock() const { return broke_; }
    const LockHolder& brokenHolder() const { return broken_; }

private:
    std::filesystem::path file_;
    std::string content_;
    bool broke_ = false;
    LockHolder broken_;
};

// The lock file of the project file of `folder`.
std::filesystem::path lockFileOf(const std::filesystem::path& folder);

// What a lock file says; an unreadable one gives an empty holder.
LockHolder readLock(const std::filesystem::path& lockFile);

// Who has a document open in another LibreOffice, from LibreOffice's own lock file beside it (".~lock.<name>#": the
// LibreOffice user's name, else the system user's, and the machine); nothing when the document is not locked.
std::optional<LockHolder> officeLockOf(const std::filesystem::path& document);

// This machine's name, as lock files give it.
std::string hostName();

// The transcript an office opens hidden to rewrite it, marked in a file of the office's own (`marker`, in its
// profile) while LibreOffice holds it: after a crash, the lock LibreOffice left beside that transcript is known to be
// the dead office's own, not a person's who has it open.
void markRewriting(const std::filesystem::path& marker, const std::filesystem::path& document);
void unmarkRewriting(const std::filesystem::path& marker);

// At an office's start: a marker left by a process that is gone names the document whose LibreOffice lock that
// process left behind; that lock is removed, then the marker. Returns the document, empty when there was none.
std::filesystem::path clearStaleRewriteLock(const std::filesystem::path& marker);

// LibreOffice's lock file of a document (".~lock.<name>#" beside it).
std::filesystem::path officeLockFileOf(const std::filesystem::path& document);

}  // namespace ets
