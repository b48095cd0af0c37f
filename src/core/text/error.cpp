#include "core/text/error.hpp"

namespace ets {
namespace {

// "key [arg0, arg1]": enough for a log line or a failing test to say what happened.
std::string describeForLog(const std::string& key, const std::vector<std::string>& args) {
    std::string text = key;
    if (args.empty())
        return text;
    text += " [";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += args[i];
    }
    text += ']';
    return text;
}

}  // namespace

Error::Error(std::string key, std::vector<std::string> args)
    : std::runtime_error(describeForLog(key, args)), key_(std::move(key)), args_(std::move(args)) {}

}  // namespace ets
