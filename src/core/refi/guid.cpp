#include "core/refi/refi_model.hpp"

#include <cstdio>

namespace ets::refi {

namespace {

// FNV-1a, 64 bits: no cryptography is wanted, only a stable spread of ETS ids over GUIDs.
std::uint64_t fnv1a(const std::string& text, std::uint64_t seed) {
    std::uint64_t hash = seed;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

}  // namespace

std::string guidFor(const std::string& kind, const std::string& key) {
    const std::string text = kind + '\0' + key;
    const std::uint64_t high = fnv1a(text, 0xcbf29ce484222325ULL);
    const std::uint64_t low = fnv1a(text, 0x84222325cbf29ce4ULL ^ high);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(high >> 32),
                  static_cast<unsigned>((high >> 16) & 0xFFFF),
                  static_cast<unsigned>((high & 0x0FFF) | 0x5000),         // version 5: name-based
                  static_cast<unsigned>(((low >> 48) & 0x3FFF) | 0x8000),  // RFC 4122 variant
                  static_cast<unsigned long long>(low & 0xFFFFFFFFFFFFULL));
    return buffer;
}

}  // namespace ets::refi
