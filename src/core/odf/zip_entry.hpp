#pragma once
// One file inside a zip (an .odt, a .docx), read whole with a ceiling on its unpacked size: a document is refused
// before a zip bomb is unpacked.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace ets {

// The entry `name` (compared whatever its capitals) of the zip held in `bytes`; nullopt when the bytes are not a
// readable zip, when it has no such entry, or when the entry unpacks to more than maxBytes or cannot be read whole.
std::optional<std::string> zipEntry(const std::string& bytes, const char* name, std::uint64_t maxBytes);

}  // namespace ets
