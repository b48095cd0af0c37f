#pragma once
// The named arguments of an ETS command, whether they came from a dispatch (PropertyValue)
// or from the automation service (NamedValue). Reading them is lenient the way macros need:
// booleans accept true/false (or their text), numbers accept numbers or their text.

#include "core/text/command_arguments.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace ets::uno {

class Arguments : public CommandArguments {
public:
    Arguments() = default;
    static Arguments fromDispatch(const css::uno::Sequence<css::beans::PropertyValue>& values);
    static Arguments fromNamedValues(const css::uno::Sequence<css::beans::NamedValue>& values);

    // True when a macro or a test gave arguments of its own: the command then runs without any dialog.
    // Arguments the office adds to every menu dispatch (KeyModifier, Referer...) do not count, and
    // Interactive=false asks for the silent form even without other arguments.
    bool isAutomation() const;

    bool has(const std::string& name) const override;
    // For dialogs that run a command's automation path with what the person entered.
    Arguments& set(const std::string& name, const std::string& text);
    // Each getter throws ets::Error("args.bad_type") naming the argument when the value cannot be read.
    std::optional<std::string> text(const std::string& name) const override;
    std::optional<bool> flag(const std::string& name) const;
    std::optional<double> number(const std::string& name) const override;

    // A folder or file argument (a path or a file:// URL), checked by checkGivenPath.
    std::optional<std::filesystem::path> path(const std::string& name) const;

    // The text of an argument the command cannot do without: throws ets::Error("args.missing") naming it.
    std::string required(const std::string& name) const;
    std::string textOr(const std::string& name, const std::string& fallback) const {
        return text(name).value_or(fallback);
    }
    bool flagOr(const std::string& name, bool fallback) const { return flag(name).value_or(fallback); }

private:
    std::map<std::string, css::uno::Any> values_;
};

}  // namespace ets::uno
