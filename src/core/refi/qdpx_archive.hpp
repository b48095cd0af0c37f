#pragma once
// The .qdpx container: a zip holding the project (.qde) and its sources/. Written exactly as the
// standard says (project.qde, sources/); read leniently (Project.qde, Sources/, a .qde named after
// the project) and defensively: an archive is refused as a whole when an entry could escape a
// folder (zip slip), when it unpacks to absurd sizes (zip bomb), or when it is damaged.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

struct zip;  // libzip's archive (zip_t), kept out of this header

namespace ets::refi {

// What is refused (see QdpxReader). Real projects unpack to tens of MB; these leave a wide margin.
struct ArchiveLimits {
    std::uint64_t maxTotalBytes = 1024ull * 1024 * 1024;  // all entries, unpacked
    std::uint64_t maxEntryBytes = 256ull * 1024 * 1024;   // one entry, unpacked
    double maxRatio = 200;                                // unpacked / packed, for entries above 1 MB
    std::size_t maxEntries = 100000;
};

// Writes `file` as a .qdpx: project.qde, then each (name, bytes) under sources/. The zip is written
// beside the target and renamed over it, so a failure never leaves half a file.
// Throws Error("refi.write_failed", {file, detail}).
void writeQdpx(const std::filesystem::path& file, const std::string& projectXml,
               const std::vector<std::pair<std::string, std::string>>& sources);

// An opened .qdpx whose entries were all checked. Throws Error:
//   refi.not_found {file}                 no such file
//   refi.bad_zip {file, detail}           not a zip, truncated or damaged
//   refi.unsafe_entry {entry}             an entry with "..", an absolute path, a drive or a backslash
//   refi.too_large {file}                 unpacked sizes or ratio beyond the limits
//   refi.no_project {file}                no .qde at the top of the archive
class QdpxReader {
public:
    explicit QdpxReader(const std::filesystem::path& file, ArchiveLimits limits = {});
    ~QdpxReader();
    QdpxReader(const QdpxReader&) = delete;
    QdpxReader& operator=(const QdpxReader&) = delete;

    // The .qde's name in the archive and its text.
    const std::string& projectEntry() const { return projectEntry_; }
    std::string projectXml() const;
    // The source file that an "internal://<name>" path names, looked up in sources/ whatever its
    // capitals; false when the archive does not hold it.
    bool readSource(const std::string& name, std::string& bytes) const;

private:
    std::string readEntry(std::uint64_t index) const;

    std::filesystem::path file_;
    ArchiveLimits limits_;
    ::zip* archive_ = nullptr;
    std::string projectEntry_;
    std::uint64_t projectIndex_ = 0;
    std::map<std::string, std::uint64_t> sources_;  // lower-case name inside sources/ → entry
};

}  // namespace ets::refi
