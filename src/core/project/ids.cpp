#include "core/project/model.hpp"

#include <cstdint>
#include <random>

namespace ets {

std::string newId(std::string_view prefix) {
    // Seeded once per thread from the system's entropy; 48 bits keep ids short enough to
    // read in the project file while collisions stay negligible (thousands of passages).
    thread_local std::mt19937_64 generator{std::random_device{}()};
    const std::uint64_t bits = generator() & 0xFFFF'FFFF'FFFFull;

    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(prefix);
    for (int shift = 44; shift >= 0; shift -= 4)
        id += kHex[(bits >> shift) & 0xF];
    return id;
}

}  // namespace ets
