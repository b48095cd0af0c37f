#pragma once
// Which field organisations are able to carry a theme (the third part of the deliverable), and why:
// the matching and ranking every brief, the deliverable and the programme of chantiers share.

#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// What an organisation brings to a theme (Capacity, core/project/model.hpp), as the evidence suggests it while the
// researcher has not recorded it. An organisation may bring several.
//   Analysis:   it developed the theme in its interviews (at least kAnalysisPassages passages, or a
//               memo of the coder on one of them: the researcher saw a reading of the problem there);
//   Experience: it lives the theme as a "knot" (register role Knot or Both);
//   Expertise:  it is exemplary for a "lever" on it (register role Lever or Both).
// A recorded carrier (RecordedCarrier) brings the capacities the researcher recorded.
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
    bool noted = false;                // the register's notes on it mention the theme (or a sub-theme) by name
    int score = 0;                     // the ranking key, see carriersOf
    // What the researcher recorded (vnd.ets:Carriers); `recorded` false: a proposal, on evidence only.
    bool recorded = false;
    Willingness willing = Willingness::ToConfirm;
    std::string contactRole;
    std::string reason;
    std::string ownWords;  // a line of its own words on the theme (the brief fills it)
    std::string notes;  // the register's notes on the organisation (evidence shown in the Carriers dialog)
};

// The organisations with evidence on a theme: every organisation of the register with at least one passage on the
// theme (or a sub-theme) in one of its interviews, or whose register notes name the theme (or a sub-theme): an
// organisation not interviewed yet can be proposed that way. Organisations without evidence are never candidates,
// whatever their role: the matching rests on what the field said.
// Ranked by score, highest first, where
//   score = 3 × min(passages, 5) + 2 × (interviews − 1) + 4 if it brings Expertise (a lever is
//           what a chantier builds on) + 2 if it brings Experience + 2 if focus ≥ 0.25 + 3 if its notes name it,
// then by passages, then by name (case-insensitive), so the order is stable.
// An unknown theme id gives an empty list. (Recorded carriers are not looked at: see carrierCandidates.)
std::vector<Carrier> carriersOf(const Project& project, std::string_view themeId);

// What the Carriers dialog offers for a theme: the recorded carriers first (willing Yes, then ToConfirm, then No;
// each by score), with their evidence, then the other organisations with evidence (carriersOf), as proposals.
std::vector<Carrier> carrierCandidates(const Project& project, std::string_view themeId);

// Who carries a theme in a brief and in the programme: the recorded carriers willing Yes, then ToConfirm (a recorded
// No is kept out, and out of the proposals too); when none is recorded, the candidates with evidence, as proposals
// (recorded false). Never an organisation without evidence that was not recorded.
std::vector<Carrier> themeCarriers(const Project& project, std::string_view themeId);

// vnd.ets:Carriers: records (Set) or forgets (Remove) that an organisation of the register can carry a theme.
struct CarrierEdit {
    std::string action = "Set";  // Set | Remove (any case)
    std::string theme;           // a theme's name
    std::string organisation;    // an organisation's name in the register
    std::optional<std::string> capacities;  // ";"-separated: Analysis, Experience, Expertise; absent: kept (new: the
                                            // capacities its evidence suggests)
    std::optional<std::string> willing;     // Yes | ToConfirm | No; absent: kept (new: ToConfirm)
    std::optional<std::string> contactRole;
    std::optional<std::string> reason;
};
// Refusals (nothing changed): args.bad_choice {Action|Capacity|Willing, value, choices}, theme.unknown {name},
// carrier.not_in_register {name}, args.missing {Theme|Organisation}, carrier.not_recorded {organisation, theme}
// (Remove). Returns the catalogue key of the sentence saying what was done (carrier.set / carrier.removed, arguments
// {organisation, theme}).
std::string editCarriers(Project& project, const CarrierEdit& edit);

// carriersOf for every theme of the codebook at once (one pass over the passages), by theme id.
// Themes without carriers have an empty list.
std::map<std::string, std::vector<Carrier>> carriersByTheme(const Project& project);


// What the carrier brings, in the catalogue's words ("une analyse, une expertise (levier)"): the briefs and the
// programme of chantiers say it the same way.
std::string capacitiesText(const Carrier& carrier, const Catalogue& texts);

}  // namespace ets
