#include "office/arguments.hpp"

#include "core/project/project_paths.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/names.hpp"
#include "office/strings.hpp"

#include <com/sun/star/uno/TypeClass.hpp>

#include <array>
#include <charconv>

namespace ets::uno {

namespace {

// Added by the office itself to menu and toolbar dispatches; they say nothing about the caller.
constexpr std::array<const char*, 4> kOfficeArguments = {"KeyModifier", "Referer", "SynchronMode", "Interactive"};

bool isOfficeArgument(const std::string& name) {
    for (const char* known : kOfficeArguments)
        if (name == known)
            return true;
    return false;
}

}  // namespace

Arguments Arguments::fromDispatch(const css::uno::Sequence<css::beans::PropertyValue>& values) {
    Arguments arguments;
    for (const auto& value : values)
        arguments.values_[toUtf8(value.Name)] = value.Value;
    return arguments;
}

Arguments Arguments::fromNamedValues(const css::uno::Sequence<css::beans::NamedValue>& values) {
    Arguments arguments;
    for (const auto& value : values)
        arguments.values_[toUtf8(value.Name)] = value.Value;
    return arguments;
}

bool Arguments::isAutomation() const {
    try {
        if (auto interactive = flag("Interactive"))
            return !*interactive;
    } catch (const Error&) {
        return true;  // an unreadable Interactive came from a macro: never risk a dialog
    }
    for (const auto& entry : values_)
        if (!isOfficeArgument(entry.first))
            return true;
    return false;
}

Arguments& Arguments::set(const std::string& name, const std::string& value) {
    values_[name] = css::uno::Any(toOUString(value));
    return *this;
}

bool Arguments::has(const std::string& name) const { return values_.count(name) != 0; }

std::optional<std::string> Arguments::text(const std::string& name) const {
    auto found = values_.find(name);
    if (found == values_.end() || !found->second.hasValue())
        return std::nullopt;
    const css::uno::Any& any = found->second;
    OUString asText;
    if (any >>= asText)
        return toUtf8(asText);
    double asNumber = 0;
    if (any >>= asNumber)
        return toUtf8(OUString::number(asNumber));
    bool asFlag = false;
    if (any >>= asFlag)
        return asFlag ? std::string("true") : std::string("false");
    throw Error("args.bad_type", {name});
}

std::optional<std::filesystem::path> Arguments::path(const std::string& name) const {
    const std::optional<std::string> given = text(name);
    if (!given)
        return std::nullopt;
    std::filesystem::path path = pathFromUserText(toOUString(*given));
    checkGivenPath(path, name);
    return path;
}

std::string Arguments::required(const std::string& name) const {
    std::optional<std::string> value = text(name);
    if (!value)
        throw Error("args.missing", {name});
    return *value;
}

std::optional<bool> Arguments::flag(const std::string& name) const {
    auto found = values_.find(name);
    if (found == values_.end() || !found->second.hasValue())
        return std::nullopt;
    bool asFlag = false;
    if (found->second >>= asFlag)
        return asFlag;
    sal_Int64 asInteger = 0;
    if (found->second >>= asInteger)
        return asInteger != 0;
    OUString asText;
    if (found->second >>= asText) {
        const std::string word = nameKey(toUtf8(asText));
        if (word == "true" || word == "1" || word == "yes" || word == "oui" || word == "vrai")
            return true;
        if (word == "false" || word == "0" || word == "no" || word == "non" || word == "faux")
            return false;
    }
    throw Error("args.bad_flag", {name, text(name).value_or("")});
}

std::optional<double> Arguments::number(const std::string& name) const {
    auto found = values_.find(name);
    if (found == values_.end() || !found->second.hasValue())
        return std::nullopt;
    double asNumber = 0;
    if (found->second >>= asNumber)
        return asNumber;
    OUString asText;
    if (found->second >>= asText) {
        // Accept the decimal comma people type in French ("1,5").
        if (const std::optional<double> parsed = parseDecimal(toUtf8(asText)))
            return parsed;
    }
    throw Error("args.bad_number", {name, text(name).value_or("")});
}

}  // namespace ets::uno
