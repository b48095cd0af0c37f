#pragma once
// The project's list of names to pseudonymise, as a person types it: one person a line, "name = role".

#include "core/project/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ets {

// "Martine Dubois = coordinatrice" per line (a line without "=" is a name with no role yet; blank lines
// are skipped; spaces around name and role dropped). Throws, changing nothing:
//   people.no_name {line}   a line with a role but no name
//   people.twice {name}     the same name twice (case and accents aside, as names are matched)
std::vector<PersonName> parsePeopleList(std::string_view text);

// The list as parsePeopleList reads it back, one person a line.
std::string formatPeopleList(const std::vector<PersonName>& people);

}  // namespace ets
