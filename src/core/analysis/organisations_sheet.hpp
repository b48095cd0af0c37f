#pragma once
// The register as vnd.ets:OrganisationsSheet writes it (sheet « Organisations »): every organisation with its fields,
// its interviews and the themes raised in them; below it, the committee's referents and the organisations they named.

#include "core/layout/sheet_block.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <map>
#include <set>
#include <string>

namespace ets {

inline constexpr const char* kOrganisationsBlock = "ETS_Organisations";
inline constexpr const char* kReferentsBlock = "ETS_Referents";
// The referents go two rows under the register the first time.
inline constexpr PlaceBelow kReferentsPlace{2, false};

// The themes tagged in each organisation's interviews, by organisation id: their names, each once, in byte order.
std::map<std::string, std::set<std::string>> themesRaised(const Project& project);

// A row per organisation (organisationsByName), with its role and status in words, its interviews and the themes
// raised.
SheetBlock organisationsBlock(const Project& project, const Catalogue& texts);

// A row per referent (nominations): their organisation, the organisations they named, how many, how many were met, and
// what to check (fewer than 3, more than 5, not in the list of referents).
SheetBlock referentsBlock(const Project& project, const Catalogue& texts);

}  // namespace ets
