#pragma once
// Which field organisations are able to carry a theme (the third part of the deliverable), and why:
// the matching and ranking every brief, the deliverable and the programme of chantiers share.

#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// What an organisation brings to a theme. An organisation may bring several.
//   Analysis:   it developed the theme in its interviews (at least kAnalysisPassages passages, or a
//               memo of the coder on one of them: the researcher saw a reading of the problem there);
//   Experience: it lives the theme as a "knot" (register role Knot or Both);
//   Expertise:  it is exemplary for a "lever" on it (register role Lever or Both).
enum class Capacity { Analysis, Experience, Expertise };
inline constexpr int kAnalysisPassages = 2;

// One organisation able to carry a theme, with the evidence a person can check.
struct Carrier {
    std::string organisationId;
    std::string name;
    std::string sector;
    OrganisationRole role = OrganisationRole::Knot;
    std::vector<Capacity> capacities;  // in the order Analysis, Experience, Expertise
    int passages = 0;                  // its passages carrying the theme or one of its sub-themes (each passage once)
    int interviews = 0;                // its interviews with at least one of them
    int memos = 0;                     // of those passages, the ones with a memo
    double focus = 0;                  // passages / all its tagged passages: how central the theme is to what it said
    int score = 0;                     // the ranking key, see carriersOf
};

// The organisations able to carry a theme: every organisation of the register with at least one
// passage on the theme (or a sub-theme) in one of its interviews. Organisations without a passage
// on it are not carriers, whatever their role: the matching rests on what the field said.
// Ranked by score, highest first, where
//   score = 3 × min(passages, 5) + 2 × (interviews − 1) + 4 if it brings Expertise (a lever is
//           what a chantier builds on) + 2 if it brings Experience + 2 if focus ≥ 0.25,
// then by passages, then by name (case-insensitive), so the order is stable.
// An unknown theme id gives an empty list.
std::vector<Carrier> carriersOf(const Project& project, std::string_view themeId);

// carriersOf for every theme of the codebook at once (one pass over the passages), by theme id.
// Themes without carriers have an empty list.
std::map<std::string, std::vector<Carrier>> carriersByTheme(const Project& project);

// The English identifiers, for automation results and logs ("Analysis", "Experience", "Expertise").
std::string toString(Capacity capacity);

// What the carrier brings, in the catalogue's words ("une analyse, une expertise (levier)"): the briefs and the
// programme of chantiers say it the same way.
std::string capacitiesText(const Carrier& carrier, const Catalogue& texts);

}  // namespace ets
