#include "core/odf/zip_archive.hpp"

#include <zip.h>

#include <stdexcept>

namespace ets {

std::string zipArchive(const std::vector<ZipMember>& members) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = memory ? zip_open_from_source(memory, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) {
        const std::string detail = zip_error_strerror(&error);
        if (memory)
            zip_source_free(memory);
        zip_error_fini(&error);
        throw std::runtime_error(detail);
    }
    zip_error_fini(&error);
    zip_source_keep(memory);  // zip_close writes into it; it must outlive the archive to be read back
    bool added = true;
    for (const ZipMember& member : members) {
        if (!added)
            break;
        if (!member.bytes) {
            added = zip_dir_add(archive, member.name.c_str(), ZIP_FL_ENC_UTF_8) >= 0;
            continue;
        }
        // libzip keeps a pointer to the bytes until zip_close: they live in the caller's strings.
        zip_source_t* source = zip_source_buffer(archive, member.bytes->data(), member.bytes->size(), 0);
        const zip_int64_t index = source ? zip_file_add(archive, member.name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            added = false;
        } else if (member.stored) {
            added = zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) == 0;
        }
    }
    if (!added || zip_close(archive) < 0) {
        const std::string detail = zip_strerror(archive);
        zip_discard(archive);
        zip_source_free(memory);
        throw std::runtime_error(detail);
    }
    std::string bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    bool read = zip_source_stat(memory, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) && zip_source_open(memory) == 0;
    if (read) {
        bytes.resize(static_cast<std::size_t>(stat.size));
        read = zip_source_read(memory, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size());
        zip_source_close(memory);
    }
    zip_source_free(memory);
    if (!read)
        throw std::runtime_error("the zip built in memory could not be read back");
    return bytes;
}

}  // namespace ets
