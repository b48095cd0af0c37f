#include "core/register/people_list.hpp"

#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <string>
#include <unordered_set>

namespace ets {

std::vector<PersonName> parsePeopleList(std::string_view text) {
    if (text.size() > kMaxPeopleListBytes)
        throw Error("people.too_large",
                    {std::to_string(text.size() / 1000000 + 1), std::to_string(kMaxPeopleListBytes / 1000000)});
    std::vector<PersonName> people;
    std::unordered_set<std::string> seen;  // the names' comparison keys: a list of 50,000 lines took 47 s pairwise
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (trimmedName(line).empty())
            continue;
        const std::size_t equals = line.find('=');
        PersonName person;
        person.name = trimmedName(line.substr(0, equals));
        if (equals != std::string_view::npos)
            person.role = trimmedName(line.substr(equals + 1));
        if (person.name.empty())
            throw Error("people.no_name", {trimmedName(line)});
        checkGivenName(person.name);  // as every name: no control or hidden characters, a sensible length
        checkGivenName(person.role);
        if (!seen.insert(nameKey(person.name)).second)
            throw Error("people.twice", {person.name});
        people.push_back(person);
    }
    return people;
}

std::string formatPeopleList(const std::vector<PersonName>& people) {
    std::string text;
    for (const PersonName& person : people) {
        text += person.name;
        if (!person.role.empty())
            text += " = " + person.role;
        text += '\n';
    }
    return text;
}

}  // namespace ets
