#include "core/project/json_fields.hpp"

#include "core/text/error.hpp"

#include <limits>

namespace ets {
namespace {

[[noreturn]] void throwWrongType(const std::string& field, const nlohmann::json& value) {
    throw Error("json.wrong_type", {field, describeJsonValue(value)});
}

}  // namespace

std::string shortenForMessage(std::string text) {
    constexpr std::size_t kMaxBytes = 60;
    if (text.size() <= kMaxBytes)
        return text;
    std::size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;  // do not split a UTF-8 character
    text.resize(cut);
    return text + "\xE2\x80\xA6";  // "…"
}

std::string describeJsonValue(const nlohmann::json& value) {
    return shortenForMessage(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void requireObject(const nlohmann::json& value, const std::string& path) {
    if (!value.is_object())
        throwWrongType(path, value);
}

JsonFields::JsonFields(const nlohmann::json& object, std::string path) : object_(object), path_(std::move(path)) {
    requireObject(object_, path_);
}

std::string JsonFields::pathOf(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const nlohmann::json* JsonFields::find(std::string_view key) const {
    auto found = object_.find(key);
    return found == object_.end() ? nullptr : &*found;
}

bool JsonFields::has(std::string_view key) const {
    const nlohmann::json* value = find(key);
    return value != nullptr && !value->is_null();
}

const nlohmann::json& JsonFields::require(std::string_view key) const {
    const nlohmann::json* value = find(key);
    if (value == nullptr)
        throw Error("json.missing_field", {pathOf(key)});
    return *value;
}

std::string JsonFields::requiredString(std::string_view key) const {
    const nlohmann::json& value = require(key);
    if (!value.is_string())
        throwWrongType(pathOf(key), value);
    return value.get<std::string>();
}

std::string JsonFields::optionalString(std::string_view key) const {
    return has(key) ? requiredString(key) : std::string();
}

int JsonFields::requiredInt(std::string_view key) const {
    const nlohmann::json& value = require(key);
    if (!value.is_number_integer())
        throwWrongType(pathOf(key), value);
    const auto wide = value.get<long long>();
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max() ||
        (value.is_number_unsigned() && value.get<unsigned long long>() > std::numeric_limits<int>::max()))
        throw Error("json.bad_value", {pathOf(key), describeJsonValue(value)});
    return static_cast<int>(wide);
}

int JsonFields::optionalInt(std::string_view key, int fallback) const { return has(key) ? requiredInt(key) : fallback; }

std::int64_t JsonFields::requiredInt64(std::string_view key) const {
    const nlohmann::json& value = require(key);
    if (!value.is_number_integer())
        throwWrongType(pathOf(key), value);
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::numeric_limits<std::int64_t>::max())
        throw Error("json.bad_value", {pathOf(key), describeJsonValue(value)});
    return value.get<std::int64_t>();
}

std::uint64_t JsonFields::requiredUnsigned64(std::string_view key) const {
    const nlohmann::json& value = require(key);
    if (!value.is_number_integer())
        throwWrongType(pathOf(key), value);
    if (!value.is_number_unsigned() && value.get<std::int64_t>() < 0)
        throw Error("json.bad_value", {pathOf(key), describeJsonValue(value)});
    return value.get<std::uint64_t>();
}

double JsonFields::requiredNumber(std::string_view key) const {
    const nlohmann::json& value = require(key);
    if (!value.is_number())
        throwWrongType(pathOf(key), value);
    return value.get<double>();
}

double JsonFields::optionalNumber(std::string_view key, double fallback) const {
    return has(key) ? requiredNumber(key) : fallback;
}

bool JsonFields::optionalBool(std::string_view key, bool fallback) const {
    if (!has(key))
        return fallback;
    const nlohmann::json& value = require(key);
    if (!value.is_boolean())
        throwWrongType(pathOf(key), value);
    return value.get<bool>();
}

std::vector<std::string> JsonFields::stringList(std::string_view key, const nlohmann::json& value) const {
    if (!value.is_array())
        throwWrongType(pathOf(key), value);
    std::vector<std::string> items;
    items.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            throwWrongType(pathOf(key) + "[" + std::to_string(i) + "]", value[i]);
        items.push_back(value[i].get<std::string>());
    }
    return items;
}

std::vector<std::string> JsonFields::requiredStringList(std::string_view key) const {
    return stringList(key, require(key));
}

std::vector<std::string> JsonFields::optionalStringList(std::string_view key) const {
    return has(key) ? requiredStringList(key) : std::vector<std::string>();
}

const nlohmann::json& JsonFields::requiredArray(std::string_view key) const {
    const nlohmann::json& value = require(key);
    if (!value.is_array())
        throwWrongType(pathOf(key), value);
    return value;
}

const nlohmann::json& JsonFields::requiredObject(std::string_view key) const {
    const nlohmann::json& value = require(key);
    requireObject(value, pathOf(key));
    return value;
}

}  // namespace ets
