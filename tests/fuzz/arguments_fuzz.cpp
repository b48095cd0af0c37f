// libFuzzer target for what a macro's command arguments go through in the core: the values of vnd.ets:LogHours
// (date, person, activity, organisation, hours as text or as a number of any value), the ";"-separated theme lists of
// TagSelection and Themes with the codebook's operations, and the register's organisation fields. The input's first
// byte chooses the command, the rest is the arguments' values separated by NUL bytes; a value starting with 0x01 and
// eight bytes more is a number (as a macro may pass NaN, infinities, 1e308). Every input must end in a value or an
// ets::Error; a crash, an overflow, a leak or undefined behaviour is a bug. The project's checks run after each change:
// what an accepted argument put in the project must be a project the file reader would accept.

#include "core/coding/codebook.hpp"
#include "core/project/project_checks.hpp"
#include "core/register/organisations.hpp"
#include "core/text/command_arguments.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/timesheet/log_hours.hpp"
#include "core/timesheet/timesheet.hpp"

#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

// Arguments as the office hands them to a command: text, or a number read as text by text() (and text read as a
// number by number(), with a decimal point or comma), as src/uno/office/arguments does.
class FuzzArguments : public ets::CommandArguments {
public:
    void set(const std::string& name, std::string_view value) {
        if (value.size() == 9 && value[0] == '\x01') {
            double number = 0;
            std::memcpy(&number, value.data() + 1, sizeof number);
            values_[name] = number;
        } else
            values_[name] = std::string(value);
    }
    bool has(const std::string& name) const override { return values_.count(name) > 0; }
    std::optional<std::string> text(const std::string& name) const override {
        const auto found = values_.find(name);
        if (found == values_.end())
            return std::nullopt;
        if (const auto* text = std::get_if<std::string>(&found->second))
            return *text;
        return std::to_string(std::get<double>(found->second));
    }
    std::optional<double> number(const std::string& name) const override {
        const auto found = values_.find(name);
        if (found == values_.end())
            return std::nullopt;
        if (const auto* number = std::get_if<double>(&found->second))
            return *number;
        if (const std::optional<double> parsed = ets::parseDecimal(std::get<std::string>(found->second)))
            return parsed;
        throw ets::Error("args.bad_number", {name, std::get<std::string>(found->second)});
    }

private:
    std::map<std::string, std::variant<std::string, double>> values_;
};

std::vector<std::string_view> fields(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (parts.size() < 16) {
        const std::size_t end = text.find('\0', start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return parts;
}

std::string field(const std::vector<std::string_view>& parts, std::size_t i) {
    return i < parts.size() ? std::string(parts[i]) : std::string();
}

// What an accepted argument put in the project passes the checks the project file's reader makes: else the next
// open would refuse a file this office wrote.
void mustStayReadable(const ets::Project& project) {
    try {
        ets::checkProject(project);
    } catch (const ets::Error& error) {
        std::fprintf(stderr, "an accepted argument made a project the reader refuses: %s\n", error.key().c_str());
        __builtin_trap();
    }
}

// A small project as a command finds it: one organisation, two themes.
ets::Project startingProject() {
    ets::Project project;
    ets::OrganisationFields sureau;
    sureau.name = "Maison médicale Le Sureau";
    ets::addOrganisation(project, sureau);
    ets::addTheme(project, "Logement");
    ets::addTheme(project, "Loyers", "Logement");
    return project;
}

void logHoursTwice(const std::vector<std::string_view>& parts) {
    static const char* const names[] = {"Date", "Person", "Activity", "Organisation", "Hours", "Note"};
    FuzzArguments arguments;
    for (std::size_t i = 0; i < parts.size() && i < std::size(names); ++i)
        arguments.set(names[i], parts[i]);
    ets::Project project = startingProject();
    // Twice: the second line of the same day counts the first (no more than 24 h a day, whatever the values).
    for (int time = 0; time < 2; ++time) {
        const ets::HourEntry& entry = ets::logHours(project, ets::hourFieldsFromArguments(arguments, "Claire"));
        ets::formatHours(entry.hours, ',');
        mustStayReadable(project);
    }
    ets::summarise(project);
}

void changeThemes(const std::vector<std::string_view>& parts) {
    ets::Project project = startingProject();
    // TagSelection's Themes: each name of the list found or created.
    ets::resolveThemes(project, ets::splitList(field(parts, 0)), true);
    mustStayReadable(project);
    // Themes with Action and its names, in the order the fields give them.
    const std::string action = field(parts, 1);
    const std::string name = field(parts, 2);
    const std::string other = field(parts, 3);
    if (action == "Add")
        ets::addTheme(project, name, other, field(parts, 4), field(parts, 5));
    else if (action == "Rename")
        ets::renameTheme(project, name, other);
    else if (action == "Merge")
        ets::mergeTheme(project, name, other);
    else if (action == "Delete")
        ets::deleteTheme(project, name, !other.empty());
    else if (action == "Describe")
        ets::describeTheme(project, name, other);
    else if (action == "Colour")
        ets::setThemeColour(project, name, other);
    else
        ets::setThemeParent(project, name, other);
    mustStayReadable(project);
}

void changeOrganisations(const std::vector<std::string_view>& parts) {
    ets::Project project = startingProject();
    auto given = [&](std::size_t i) -> std::optional<std::string> {
        if (i >= parts.size() || parts[i] == "-")
            return std::nullopt;
        return std::string(parts[i]);
    };
    ets::OrganisationFields fields;
    fields.name = given(1);
    fields.newName = given(2);
    fields.kind = given(3);
    fields.sector = given(4);
    fields.commune = given(5);
    fields.referent = given(6);
    fields.role = given(7);
    fields.status = given(8);
    fields.notes = given(9);
    const std::string action = field(parts, 0);
    if (action == "Update")
        ets::updateOrganisation(project, fields.name.value_or(""), fields);
    else if (action == "Remove")
        ets::removeOrganisation(project, fields.name.value_or(""), fields.newName.has_value());
    else
        ets::addOrganisation(project, fields);
    mustStayReadable(project);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::vector<std::string_view> parts =
        fields(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
    try {
        switch (data[0] % 3) {
        case 0:
            logHoursTwice(parts);
            break;
        case 1:
            changeThemes(parts);
            break;
        default:
            changeOrganisations(parts);
            break;
        }
    } catch (const ets::Error&) {
    }
    return 0;
}
