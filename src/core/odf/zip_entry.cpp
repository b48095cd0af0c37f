#include "core/odf/zip_entry.hpp"

#include <zip.h>

#include <memory>

namespace ets {

std::optional<std::string> zipEntry(const std::string& bytes, const char* name, std::uint64_t maxBytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return std::nullopt;
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return std::nullopt;
    }
    const std::unique_ptr<zip_t, void (*)(zip_t*)> owned(archive, zip_discard);  // read only: nothing to write back
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, ZIP_FL_NOCASE, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || stat.size > maxBytes)
        return std::nullopt;
    zip_file_t* file = zip_fopen_index(archive, stat.index, 0);
    if (!file)
        return std::nullopt;
    std::string entry(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_fread(file, entry.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        return std::nullopt;
    return entry;
}

}  // namespace ets
