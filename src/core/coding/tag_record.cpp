#include "core/coding/tag_record.hpp"

#include "core/project/json_fields.hpp"
#include "core/project/model.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"

#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>

using nlohmann::json;

namespace ets {
namespace {

constexpr std::string_view kAnchorPrefix = "ETS_";
constexpr std::size_t kAnchorLength = 16;  // prefix + 12 hex digits

bool isLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

ThemeRef themeRefFromJson(const json& item, const std::string& path) {
    if (item.is_string())
        return {"", item.get<std::string>()};
    const JsonFields fields(item, path);
    return {fields.optionalString("id"), fields.optionalString("name")};
}

TagRecord recordFromJson(const json& item, const std::string& path) {
    const JsonFields fields(item, path);
    TagRecord record;
    record.anchor = fields.optionalString("anchor");
    if (fields.has("themes")) {
        const json& themes = fields.requiredArray("themes");
        for (std::size_t i = 0; i < themes.size(); ++i)
            record.themes.push_back(
                themeRefFromJson(themes[i], fields.pathOf("themes") + "[" + std::to_string(i) + "]"));
    }
    record.memo = fields.optionalString("memo");
    record.coder = fields.optionalString("coder");
    record.created = fields.optionalString("created");
    return record;
}

std::vector<TagRecord> recordsFromJson(const json& document) {
    const JsonFields top(document, "");
    const int version = top.optionalInt("version", kTagsVersion);
    if (version > kTagsVersion)
        throw Error("tags.future_version", {std::to_string(version), std::to_string(kTagsVersion)});
    std::vector<TagRecord> records;
    if (!top.has("tags"))
        return records;
    const json& tags = top.requiredArray("tags");
    records.reserve(tags.size());
    for (std::size_t i = 0; i < tags.size(); ++i)
        records.push_back(recordFromJson(tags[i], "tags[" + std::to_string(i) + "]"));
    return records;
}

// Parses tagsToJson's text; tagsFromJson says what it throws.
std::vector<TagRecord> parseTags(std::string_view text) {
    json document;
    try {
        document = parseBoundedJson(text, kTagsBounds);
    } catch (const JsonRefused& refused) {
        if (refused.reason() == JsonRefused::Reason::NotJson)
            throw Error("tags.invalid", {"not JSON (byte " + std::to_string(refused.byte()) + ")"});
        throw Error("tags.invalid", {refused.key().empty() ? std::string(refused.what())
                                                           : std::string(refused.what()) + ": " + refused.key()});
    }
    try {
        return recordsFromJson(document);
    } catch (const Error& error) {
        // JsonFields names the place in its first argument; that is the detail worth showing.
        if (error.key().rfind("json.", 0) != 0)
            throw;
        const std::string place = error.args().empty() ? std::string() : error.args()[0];
        throw Error("tags.invalid", {place.empty() ? "top level" : place});
    }
}

// The last records text read or written, with its records. At each tagging a transcript's records are read back exactly
// as the tagging before wrote them, and parsing them again took about half of a tagging's own time at 300 passages.
// Only texts whose parse is known are kept: parsed ones, and written ones whose strings were all valid UTF-8 and that
// fit in kTagsBounds (parsing tagsToJson's text then gives back the same records, field for field).
class LastRecords {
public:
    void remember(std::string text, const std::vector<TagRecord>& records) {
        const std::lock_guard<std::mutex> lock(mutex_);
        text_ = std::move(text);
        records_ = records;
        known_ = true;
    }

    std::optional<std::vector<TagRecord>> recall(std::string_view text) {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (!known_ || text != text_)
            return std::nullopt;
        return records_;
    }

private:
    std::mutex mutex_;  // commands and the sidebar may read records from different threads
    std::string text_;
    std::vector<TagRecord> records_;
    bool known_ = false;
};

LastRecords& lastRecords() {
    static LastRecords last;
    return last;
}

}  // namespace

std::string newAnchorName() { return newId(kAnchorPrefix); }

bool isAnchorName(std::string_view name) {
    if (name.size() < kAnchorLength || name.substr(0, kAnchorPrefix.size()) != kAnchorPrefix)
        return false;
    for (char c : name.substr(kAnchorPrefix.size(), kAnchorLength - kAnchorPrefix.size()))
        if (!isLowerHex(c))
            return false;
    return true;
}

std::string anchorBase(std::string_view name) {
    return std::string(isAnchorName(name) ? name.substr(0, kAnchorLength) : name);
}

std::string tagsToJson(const std::vector<TagRecord>& records) {
    json tags = json::array();
    for (const TagRecord& record : records) {
        json themes = json::array();
        for (const ThemeRef& theme : record.themes)
            themes.push_back({{"id", theme.id}, {"name", theme.name}});
        tags.push_back({{"anchor", record.anchor},
                        {"themes", std::move(themes)},
                        {"memo", record.memo},
                        {"coder", record.coder},
                        {"created", record.created}});
    }
    const json document = {{"version", kTagsVersion}, {"tags", std::move(tags)}};
    try {
        std::string text = document.dump(-1, ' ', false, json::error_handler_t::strict);
        if (text.size() <= kTagsBounds.maxBytes)  // a longer text would be refused when read: it must not be known
            lastRecords().remember(text, records);
        return text;
    } catch (const json::type_error&) {
        // A memo pasted from elsewhere may hold invalid UTF-8: store a replacement character rather than fail to save
        // the person's tags (and remember nothing: these records are not what the text reads back as).
        return document.dump(-1, ' ', false, json::error_handler_t::replace);
    }
}

std::vector<TagRecord> tagsFromJson(std::string_view text) {
    if (isBlank(text))
        return {};
    if (std::optional<std::vector<TagRecord>> known = lastRecords().recall(text))
        return std::move(*known);
    std::vector<TagRecord> records = parseTags(text);
    lastRecords().remember(std::string(text), records);
    return records;
}

std::string annotationText(const TagRecord& record, std::string_view themesLabel) {
    std::string text(themesLabel);
    text += " : ";
    for (std::size_t i = 0; i < record.themes.size(); ++i) {
        if (i > 0)
            text += " ; ";
        text += record.themes[i].name;
    }
    if (!isBlank(record.memo)) {
        text += '\n';
        text += record.memo;
    }
    return text;
}

}  // namespace ets
