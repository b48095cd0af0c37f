#include "core/project/project_lock.hpp"

#include "core/project/project_store.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <system_error>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace ets {
namespace {

constexpr auto kStaleAfter = std::chrono::minutes(1);
// A lock file without its line: the office that created it writes the line at once, so one still empty after this was
// left by an office killed between the two steps (whose process cannot be known, so "gone" cannot be asked).
constexpr auto kUnwrittenStaleAfter = std::chrono::seconds(2);

// "ETS Workbench,<who>,<host>,<pid>,<since>;": the fields of LibreOffice's lock files, our name first. Commas and
// semicolons in a name are replaced: the file stays one line of fields.
std::string lockLine(const std::string& who) {
    std::string name = who;
    for (char& c : name)
        if (c == ',' || c == ';' || c == '\n')
            c = ' ';
    return "ETS Workbench," + name + "," + hostName() + "," + std::to_string(::getpid()) + "," + nowIso() + ";";
}

bool processGone(long pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

bool isStale(const fs::path& file, const LockHolder& holder) {
    if (holder.host == hostName() && processGone(holder.pid))
        return true;
    const bool unwritten = holder.who.empty() && holder.host.empty() && holder.pid == 0;
    std::error_code error;
    const auto written = fs::last_write_time(file, error);
    return !error && fs::file_time_type::clock::now() - written > (unwritten ? kUnwrittenStaleAfter : kStaleAfter);
}

// Creates the lock file only if there is none: the one atomic step two offices cannot both win.
bool create(const fs::path& file, const std::string& content) {
    const int descriptor = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (descriptor < 0) {
        if (errno == EEXIST)
            return false;
        throw std::system_error(errno, std::generic_category(), "lock");
    }
    const bool written = ::write(descriptor, content.data(), content.size()) == static_cast<ssize_t>(content.size());
    ::close(descriptor);
    if (!written)
        throw std::system_error(EIO, std::generic_category(), "lock");
    return true;
}

}  // namespace

std::string hostName() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0)
        return "?";
    return name;
}

fs::path lockFileOf(const fs::path& folder) { return folder / (std::string(".~lock.") + kProjectFileName + "#"); }

namespace {

// The comma-separated fields of a lock file's line (its final ";" left out).
std::vector<std::string> lockFields(const fs::path& lockFile) {
    std::ifstream in(lockFile);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == ';')
        line.pop_back();
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, ',');)
        fields.push_back(field);
    return fields;
}

}  // namespace

fs::path officeLockFileOf(const fs::path& document) {
    return document.parent_path() / (".~lock." + document.filename().u8string() + "#");
}

std::optional<LockHolder> officeLockOf(const fs::path& document) {
    const fs::path lock = officeLockFileOf(document);
    std::error_code error;
    if (!fs::exists(lock, error))
        return std::nullopt;
    const std::vector<std::string> fields = lockFields(lock);
    LockHolder holder;
    if (fields.size() >= 4) {
        holder.who = !fields[0].empty() ? fields[0] : fields[1];
        holder.host = fields[2];
        holder.since = fields[3];
    }
    return holder;
}

LockHolder readLock(const fs::path& lockFile) {
    const std::vector<std::string> fields = lockFields(lockFile);
    LockHolder holder;
    if (fields.size() >= 5) {
        holder.who = fields[1];
        holder.host = fields[2];
        holder.pid = std::atol(fields[3].c_str());
        holder.since = fields[4];
    }
    return holder;
}

ProjectLock::ProjectLock(const fs::path& folder, const std::string& who, std::chrono::milliseconds patience)
    : file_(lockFileOf(folder)), content_(lockLine(who)) {
    const auto giveUp = std::chrono::steady_clock::now() + patience;
    for (;;) {
        try {
            if (create(file_, content_))
                return;
        } catch (const std::system_error&) {
            throw Error("project.folder_not_writable", {folder.u8string()});
        }
        const LockHolder holder = readLock(file_);
        if (isStale(file_, holder)) {
            std::error_code ignored;
            fs::remove(file_, ignored);
            broke_ = true;
            broken_ = holder;
            continue;
        }
        if (std::chrono::steady_clock::now() >= giveUp)
            throw Error("project.locked", {holder.who, holder.host, holder.since});
        std::this_thread::sleep_for(std::chrono::milliseconds(15));
    }
}

ProjectLock::~ProjectLock() {
    // Only our own lock is removed: one broken as stale by another office while we were slow is theirs now.
    std::ifstream in(file_);
    std::string line;
    std::getline(in, line);
    if (line == content_) {
        std::error_code ignored;
        fs::remove(file_, ignored);
    }
}

void markRewriting(const fs::path& marker, const fs::path& document) {
    if (marker.empty())
        return;
    std::error_code error;
    fs::create_directories(marker.parent_path(), error);
    std::ofstream(marker, std::ios::trunc) << ::getpid() << "\n" << document.u8string() << "\n";
}

void unmarkRewriting(const fs::path& marker) {
    std::error_code error;
    if (!marker.empty())
        fs::remove(marker, error);
}

fs::path clearStaleRewriteLock(const fs::path& marker) {
    std::error_code error;
    if (marker.empty() || !fs::exists(marker, error))
        return {};
    std::ifstream in(marker);
    long pid = 0;
    std::string document;
    in >> pid;
    in.ignore(1);
    std::getline(in, document);
    in.close();
    if (pid == static_cast<long>(::getpid()) || (pid > 0 && !processGone(pid)))
        return {};  // its office still runs
    const fs::path path = fs::u8path(document);
    if (!document.empty())
        fs::remove(officeLockFileOf(path), error);
    fs::remove(marker, error);
    return path;
}

}  // namespace ets
