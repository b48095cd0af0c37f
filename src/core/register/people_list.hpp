#pragma once
// The project's list of names to pseudonymise, as a person types it: one person a line, "name = role".

#include "core/project/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// A list longer than this is no list of people met (50,000 names of 40 letters are 2 MB).
inline constexpr std::size_t kMaxPeopleListBytes = 8'000'000;

// "Martine Dubois = coordinatrice" per line (a line without "=" is a name with no role yet; blank lines
// are skipped; spaces around name and role dropped). Throws, changing nothing:
//   people.too_large {MB, max MB}   longer than kMaxPeopleListBytes
//   people.no_name {line}   a line with a role but no name
//   people.twice {name}     the same name twice (case and accents aside, as names are matched)
//   name.bad_character, name.too_long (core/text/names.hpp)
std::vector<PersonName> parsePeopleList(std::string_view text);

// The list as parsePeopleList reads it back, one person a line.
std::string formatPeopleList(const std::vector<PersonName>& people);

}  // namespace ets
