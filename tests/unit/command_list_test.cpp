// The command list (src/uno/app/command_list.hpp) is the only list of commands: the menu is written from it at
// build time; these tests hold the automation docs and the menu labels to it.

#include "core/text/catalogue.hpp"
#include "uno/app/command_list.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace ets {
namespace {

struct ListedCommand {
    std::string name;
    std::string arguments;
};

#define ETS_LISTED(name, function, documents, project, arguments, menu) {#name, arguments},
const std::vector<ListedCommand> kListed = {ETS_COMMAND_LIST(ETS_LISTED)};
#undef ETS_LISTED

std::set<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::set<std::string> result;
    for (std::string word; in >> word;)
        result.insert(word);
    return result;
}

// The section of docs/automation.md about one command: from its "### `vnd.ets:Name`" heading to the next heading.
std::string docSection(const std::string& name) {
    std::ifstream in(std::string(ETS_DOCS_DIR) + "/automation.md");
    std::stringstream all;
    all << in.rdbuf();
    const std::string text = all.str();
    const std::size_t start = text.find("### `vnd.ets:" + name + "`");
    if (start == std::string::npos)
        return {};
    const std::size_t end = text.find("\n#", start + 1);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The names in backquotes in the first column of the section's "| Argument |" tables.
std::set<std::string> documentedArguments(const std::string& section) {
    std::set<std::string> names;
    std::istringstream lines(section);
    bool inTable = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("| Argument |", 0) == 0) {
            inTable = true;
            continue;
        }
        if (line.empty() || line[0] != '|') {
            inTable = false;
            continue;
        }
        if (!inTable || line.rfind("|---", 0) == 0)
            continue;
        const std::string first = line.substr(1, line.find('|', 1) - 1);
        for (std::size_t open = first.find('`'); open != std::string::npos; open = first.find('`', open + 1)) {
            const std::size_t close = first.find('`', open + 1);
            names.insert(first.substr(open + 1, close - open - 1));
            open = close;
        }
    }
    return names;
}

TEST(CommandList, NamesAreUnique) {
    std::set<std::string> seen;
    for (const ListedCommand& command : kListed)
        EXPECT_TRUE(seen.insert(command.name).second) << command.name;
}

TEST(CommandList, EveryCommandIsDocumentedWithEachOfItsArguments) {
    for (const ListedCommand& command : kListed) {
        const std::string section = docSection(command.name);
        ASSERT_FALSE(section.empty()) << "docs/automation.md has no section for vnd.ets:" << command.name;
        for (const std::string& argument : words(command.arguments))
            EXPECT_NE(section.find("`" + argument + "`"), std::string::npos)
                << "vnd.ets:" << command.name << " takes " << argument << ", which its docs do not name";
    }
}

TEST(CommandList, DocumentsNoArgumentTheListLacks) {
    for (const ListedCommand& command : kListed)
        for (const std::string& documented : documentedArguments(docSection(command.name)))
            EXPECT_EQ(words(command.arguments).count(documented), 1u)
                << "docs/automation.md gives vnd.ets:" << command.name << " the argument " << documented
                << ", which the command list does not";
}

TEST(CommandList, EveryCommandHasItsMenuLabelInEachLanguage) {
    for (const char* language : {"fr", "en", "nl"}) {
        const Catalogue catalogue = Catalogue::load(ETS_STRINGS_DIR, language);
        for (const ListedCommand& command : kListed)
            EXPECT_TRUE(catalogue.keys().size() > 0 && catalogue.has("menu." + command.name))
                << "menu." << command.name << " in messages_" << language << ".json";
    }
}

}  // namespace
}  // namespace ets
