#pragma once
// A zip built in memory (an .odt, a .qdpx): its members in the order given, each deflated unless stored as it is.

#include <string>
#include <vector>

namespace ets {

struct ZipMember {
    std::string name;
    const std::string* bytes = nullptr;  // nullptr: a folder; otherwise it must live until zipArchive returns
    bool stored = false;                 // kept uncompressed (an ODF package's "mimetype" must be)
};

// The zip's bytes. Throws std::runtime_error with libzip's words when it cannot be built.
std::string zipArchive(const std::vector<ZipMember>& members);

}  // namespace ets
