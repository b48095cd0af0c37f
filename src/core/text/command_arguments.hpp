#pragma once
// The named arguments a command was called with, as the core's decisions read them: src/uno reads them from a dispatch
// or the automation service, unit tests from a map.

#include <optional>
#include <string>

namespace ets {

class CommandArguments {
public:
    virtual ~CommandArguments() = default;

    // True when the caller named the argument, even without a value.
    virtual bool has(const std::string& name) const = 0;
    // Each getter gives nullopt for an argument not given and throws an Error naming the argument (args.bad_type,
    // args.bad_number) when its value cannot be read as asked.
    virtual std::optional<std::string> text(const std::string& name) const = 0;
    virtual std::optional<double> number(const std::string& name) const = 0;

protected:
    CommandArguments() = default;
    CommandArguments(const CommandArguments&) = default;
    CommandArguments& operator=(const CommandArguments&) = default;
};

}  // namespace ets
