#pragma once
// Short names for the cells a test expects in a block, readable messages when a block differs, and the named
// arguments a macro would give a command.

#include "core/layout/sheet_block.hpp"
#include "core/text/command_arguments.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"

#include <map>
#include <ostream>
#include <string>
#include <variant>

namespace ets {

// gtest prints a cell this way: T"Logement", N1, F"=SUM(B2:B5)", L"/p/t.odt#ETS_1|Ouvrir", E.
inline void PrintTo(const SheetCell& cell, std::ostream* out) {
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        *out << "E";
        break;
    case SheetCell::Kind::Text:
        *out << "T\"" << cell.text << "\"";
        break;
    case SheetCell::Kind::Number:
        *out << "N" << cell.number;
        break;
    case SheetCell::Kind::Formula:
        *out << "F\"" << cell.text << "\"";
        break;
    case SheetCell::Kind::Link:
        *out << "L\"" << cell.path << "#" << cell.anchor << "|" << cell.text << "\"";
        break;
    }
}

inline void PrintTo(const CellArea& area, std::ostream* out) {
    *out << "{" << area.firstRow << "," << area.firstColumn << "," << area.lastRow << "," << area.lastColumn << "}";
}

inline void PrintTo(const CellLook& look, std::ostream* out) {
    *out << "{row " << look.row << ", column " << look.column << ", background "
         << (look.background ? std::to_string(*look.background) : "none") << (look.whiteText ? ", white" : "")
         << ", indent " << look.indent << "}";
}

namespace testing {

inline SheetCell T(std::string text) { return SheetCell::textCell(std::move(text)); }
inline SheetCell N(double number) { return SheetCell::numberCell(number); }
inline SheetCell F(std::string formula) { return SheetCell::formula(std::move(formula)); }
inline SheetCell E() { return SheetCell::empty(); }

// Arguments as a dispatch gives them: texts or numbers, read leniently the way src/uno reads them.
class FakeArguments : public CommandArguments {
public:
    using Value = std::variant<std::monostate, std::string, double>;  // monostate: named without a value
    FakeArguments(std::initializer_list<std::pair<const std::string, Value>> values) : values_(values) {}

    bool has(const std::string& name) const override { return values_.count(name) > 0; }
    std::optional<std::string> text(const std::string& name) const override {
        auto found = values_.find(name);
        if (found == values_.end() || std::holds_alternative<std::monostate>(found->second))
            return std::nullopt;
        if (const auto* text = std::get_if<std::string>(&found->second))
            return *text;
        return std::to_string(std::get<double>(found->second));
    }
    std::optional<double> number(const std::string& name) const override {
        auto found = values_.find(name);
        if (found == values_.end() || std::holds_alternative<std::monostate>(found->second))
            return std::nullopt;
        if (const auto* number = std::get_if<double>(&found->second))
            return *number;
        if (const std::optional<double> parsed = parseDecimal(std::get<std::string>(found->second)))
            return parsed;
        throw Error("args.bad_number", {name, std::get<std::string>(found->second)});
    }

private:
    std::map<std::string, Value> values_;
};

// The key and arguments of the Error `action` throws; an empty key when it throws none.
template <typename F>
std::pair<std::string, std::vector<std::string>> errorOf(F&& action) {
    try {
        action();
    } catch (const Error& error) {
        return {error.key(), error.args()};
    }
    return {};
}

}  // namespace testing
}  // namespace ets
