#pragma once
// Reads the fields of one JSON object of the project file, and names the exact place of a
// bad field ("organisations[3].status") in the Error it throws.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Missing required field → json.missing_field {field}; wrong JSON type → json.wrong_type
// {field, value}. Fields not asked for are ignored, so files from a newer minor release
// that add fields still open.
class JsonFields {
public:
    // path: where this object sits in the file, e.g. "themes[2]"; empty for the top level.
    JsonFields(const nlohmann::json& object, std::string path);

    // "themes[2].name" for key "name".
    std::string pathOf(std::string_view key) const;

    bool has(std::string_view key) const;
    std::string requiredString(std::string_view key) const;
    std::string optionalString(std::string_view key) const;  // absent or null → ""
    int requiredInt(std::string_view key) const;
    int optionalInt(std::string_view key, int fallback) const;
    // Whole numbers beyond int: json.bad_value {field, value} when out of range (or negative
    // for the unsigned one).
    std::int64_t requiredInt64(std::string_view key) const;
    std::uint64_t requiredUnsigned64(std::string_view key) const;
    double requiredNumber(std::string_view key) const;
    double optionalNumber(std::string_view key, double fallback) const;
    bool optionalBool(std::string_view key, bool fallback) const;
    std::vector<std::string> requiredStringList(std::string_view key) const;
    std::vector<std::string> optionalStringList(std::string_view key) const;
    // An array whose items the caller reads one by one (each with JsonFields).
    const nlohmann::json& requiredArray(std::string_view key) const;
    const nlohmann::json& requiredObject(std::string_view key) const;

private:
    const nlohmann::json* find(std::string_view key) const;
    const nlohmann::json& require(std::string_view key) const;
    std::vector<std::string> stringList(std::string_view key, const nlohmann::json& value) const;

    const nlohmann::json& object_;
    std::string path_;
};

// The value as a short line of JSON text, for the {value} argument of an Error.
std::string describeJsonValue(const nlohmann::json& value);

// The text cut to about 60 bytes (on a UTF-8 character boundary, "…" added), so that a
// whole transcript excerpt in an error message does not drown the field name.
std::string shortenForMessage(std::string text);

// Throws json.wrong_type {path, value} unless value is a JSON object.
void requireObject(const nlohmann::json& value, const std::string& path);

}  // namespace ets
