#include "core/refi/qdpx_archive.hpp"

#include "core/odf/zip_archive.hpp"
#include "core/project/staged_file.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <system_error>

namespace ets::refi {

namespace fs = std::filesystem;

namespace {

std::string zipMessage(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

// An entry that, unpacked by a careless tool, could land outside its folder.
bool unsafeName(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos)
        return true;
    if (name.size() > 1 && name[1] == ':')  // C:...
        return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t slash = std::min(name.find('/', start), name.size());
        if (name.compare(start, slash - start, "..") == 0 && slash - start == 2)
            return true;
        start = slash + 1;
    }
    return false;
}

}  // namespace

void writeQdpx(const fs::path& file, const std::string& projectXml,
               const std::vector<std::pair<std::string, std::string>>& sources) {
    // Built in memory, then written like the project file (StagedFile: a private temporary, fsync, rename), so
    // that an export never leaves half a .qdpx, nor collides with another one under way.
    std::vector<ZipMember> members{{"project.qde", &projectXml}, {"sources", nullptr}};
    for (const auto& [name, bytes] : sources)
        members.push_back({"sources/" + name, &bytes});
    std::string bytes;
    try {
        bytes = zipArchive(members);
    } catch (const std::runtime_error& failure) {
        throw Error("refi.write_failed", {file.u8string(), failure.what()});
    }
    try {
        StagedFile staged(file, bytes);
        staged.commit();
    } catch (const std::system_error& failure) {
        throw Error("refi.write_failed", {file.u8string(), failure.code().message()});
    }
}

QdpxReader::QdpxReader(const fs::path& file, ArchiveLimits limits) : file_(file), limits_(limits) {
    std::error_code missing;
    if (!fs::is_regular_file(file, missing))
        throw Error("refi.not_found", {file.u8string()});
    int code = 0;
    archive_ = zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive_)
        throw Error("refi.bad_zip", {file.u8string(), zipMessage(code)});
    try {
        const zip_int64_t count = zip_get_num_entries(archive_, 0);
        if (count < 0 || static_cast<std::uint64_t>(count) > limits_.maxEntries)
            throw Error("refi.too_large", {file.u8string()});
        std::uint64_t total = 0;
        std::vector<std::pair<std::string, std::uint64_t>> qdes;
        for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(count); ++index) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(archive_, index, 0, &stat) < 0 || !(stat.valid & ZIP_STAT_NAME))
                throw Error("refi.bad_zip", {file.u8string(), zip_strerror(archive_)});
            const std::string name = stat.name;
            if (unsafeName(name))
                throw Error("refi.unsafe_entry", {name});
            total += stat.size;
            const bool big = stat.size > 1024 * 1024;
            const double ratio = stat.comp_size ? double(stat.size) / double(stat.comp_size) : double(stat.size);
            if (stat.size > limits_.maxEntryBytes || total > limits_.maxTotalBytes || (big && ratio > limits_.maxRatio))
                throw Error("refi.too_large", {file.u8string()});
            const std::string folded = foldCase(name);
            if (folded.find('/') == std::string::npos && folded.size() > 4 &&
                folded.compare(folded.size() - 4, 4, ".qde") == 0)
                qdes.emplace_back(name, index);
            else if (folded.rfind("sources/", 0) == 0 && folded.size() > 8 && folded.back() != '/')
                sources_[folded.substr(8)] = index;
        }
        if (qdes.empty())
            throw Error("refi.no_project", {file.u8string()});
        // "project.qde" (whatever its capitals) wins; else the one .qde named after the project.
        const auto standard = std::find_if(qdes.begin(), qdes.end(),
                                           [](const auto& entry) { return foldCase(entry.first) == "project.qde"; });
        const auto& chosen = standard != qdes.end() ? *standard : qdes.front();
        projectEntry_ = chosen.first;
        projectIndex_ = chosen.second;
    } catch (...) {
        zip_discard(archive_);
        throw;
    }
}

QdpxReader::~QdpxReader() {
    if (archive_)
        zip_discard(archive_);
}

std::string QdpxReader::readEntry(std::uint64_t index) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    zip_stat_index(archive_, index, 0, &stat);
    zip_file_t* entry = zip_fopen_index(archive_, index, 0);
    if (!entry)
        throw Error("refi.bad_zip", {file_.u8string(), zip_strerror(archive_)});
    // The stated size is the buffer's bound: an entry that unpacks to more than it says is a bomb.
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_fread(entry, bytes.data(), bytes.size());
    char extra = 0;
    const zip_int64_t beyond = read >= 0 ? zip_fread(entry, &extra, 1) : 0;
    const std::string detail = zip_file_strerror(entry);
    zip_fclose(entry);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        throw Error("refi.bad_zip", {file_.u8string(), detail});
    if (beyond != 0)
        throw Error("refi.too_large", {file_.u8string()});
    return bytes;
}

std::string QdpxReader::projectXml() const { return readEntry(projectIndex_); }

bool QdpxReader::readSource(const std::string& name, std::string& bytes) const {
    const auto entry = sources_.find(foldCase(name));
    if (entry == sources_.end())
        return false;
    bytes = readEntry(entry->second);
    return true;
}

}  // namespace ets::refi
