#include "core/text/bounded_json.hpp"

#include <set>
#include <string>
#include <vector>

namespace ets {
namespace {

const char* describe(JsonRefused::Reason reason) {
    switch (reason) {
        case JsonRefused::Reason::TooLarge:
            return "JSON text too large";
        case JsonRefused::Reason::TooDeep:
            return "JSON nested too deep";
        case JsonRefused::Reason::DuplicateKey:
            return "JSON key given twice in one object";
        case JsonRefused::Reason::NumberOutOfRange:
            return "JSON number out of range";
        case JsonRefused::Reason::NotJson:
            break;
    }
    return "not JSON";
}

}  // namespace

JsonRefused::JsonRefused(Reason reason, std::size_t byte)
    : std::runtime_error(describe(reason)), reason_(reason), byte_(byte) {}

nlohmann::json parseBoundedJson(std::string_view text, JsonBounds bounds) {
    if (text.size() > bounds.maxBytes)
        throw JsonRefused(JsonRefused::Reason::TooLarge, 0);
    // nlohmann's parser keeps its own stack (it does not recurse), and tells the callback how many containers enclose
    // the one that starts: a container starting at `depth` is the depth+1-th level. The keys of the objects being read
    // are kept to refuse one given twice (nlohmann would keep the last silently).
    std::vector<std::set<std::string>> keys;
    const nlohmann::json::parser_callback_t check = [&bounds, &keys](int depth, nlohmann::json::parse_event_t event,
                                                                     nlohmann::json& parsed) {
        switch (event) {
            case nlohmann::json::parse_event_t::object_start:
                keys.emplace_back();
                [[fallthrough]];
            case nlohmann::json::parse_event_t::array_start:
                if (depth >= bounds.maxDepth)
                    throw JsonRefused(JsonRefused::Reason::TooDeep, 0);
                break;
            case nlohmann::json::parse_event_t::key:
                if (!keys.empty() && !keys.back().insert(parsed.get<std::string>()).second) {
                    JsonRefused twice(JsonRefused::Reason::DuplicateKey, 0);
                    twice.setKey(parsed.get<std::string>());
                    throw twice;
                }
                break;
            case nlohmann::json::parse_event_t::object_end:
                if (!keys.empty())
                    keys.pop_back();
                break;
            default:
                break;
        }
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), check);
    } catch (const nlohmann::json::parse_error& error) {
        throw JsonRefused(JsonRefused::Reason::NotJson, error.byte);
    } catch (const nlohmann::json::out_of_range& overflow) {
        // "number overflow parsing '1e400'": the number is worth naming, nlohmann gives no position.
        const std::string what = overflow.what();
        const std::size_t open = what.find('\'');
        const std::size_t close = what.rfind('\'');
        JsonRefused refused(JsonRefused::Reason::NumberOutOfRange, 0);
        refused.setKey(open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : what);
        throw refused;
    } catch (const nlohmann::json::exception&) {
        throw JsonRefused(JsonRefused::Reason::NotJson, 0);
    }
}

}  // namespace ets
