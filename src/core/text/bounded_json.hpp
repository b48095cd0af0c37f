#pragma once
// JSON read from files and documents people can change by hand or receive from elsewhere: refused past a size and a
// nesting depth, so that no file can exhaust LibreOffice's memory or stack (a value nested 100,000 deep once took
// LibreOffice down while the message about it was being written).

#include <nlohmann/json.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ets {

struct JsonBounds {
    std::size_t maxBytes;
    int maxDepth;  // arrays and objects inside one another; the top level is depth 1
};

// The project file holds records whose bookkeeping nests five or six deep; a project of 20,000 passages is a few MB.
inline constexpr JsonBounds kProjectFileBounds{64u * 1024u * 1024u, 32};
// A document's ETS.Tags: one array of flat records.
inline constexpr JsonBounds kTagsBounds{32u * 1024u * 1024u, 16};
// JSON given as a command argument (the question grid, for example).
inline constexpr JsonBounds kArgumentBounds{4u * 1024u * 1024u, 16};

class JsonRefused : public std::runtime_error {
public:
    enum class Reason { TooLarge, TooDeep, DuplicateKey, NumberOutOfRange, NotJson };
    JsonRefused(Reason reason, std::size_t byte);

    Reason reason() const { return reason_; }
    // Where the text stopped being JSON (1-based, nlohmann's count); 0 when the size or depth refused it.
    std::size_t byte() const { return byte_; }
    // The key given twice in one object (DuplicateKey), or the number too large for any (NumberOutOfRange): JSON leaves it undefined which one counts, and a hand
    // edit that adds a second "hours" must not silently replace the first.
    const std::string& key() const { return key_; }
    void setKey(std::string key) { key_ = std::move(key); }

private:
    Reason reason_;
    std::size_t byte_;
    std::string key_;
};

// Parses `text` or throws JsonRefused; never anything else, whatever the bytes.
nlohmann::json parseBoundedJson(std::string_view text, JsonBounds bounds);

}  // namespace ets
