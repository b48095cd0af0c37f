#pragma once
// The programme of the chantiers proposed to the steering committee: the cycle's slots with their
// months, the themes ranked, the first slots filled with the top themes (unless the committee put a
// theme there by hand), the organisations able to carry each and the places each is offered.

#include "core/analysis/carriers.hpp"
#include "core/analysis/tally.hpp"
#include "core/project/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// How many slots the programme fills with proposals: the committee picks the first three chantiers.
inline constexpr int kProposedSlots = 3;

// Throws, naming the rule broken:
//   programme.bad_setting {setting, value}        a count below 1 (setting: Chantiers, PerYear, ...)
//   programme.slots_overlap {perYear, spanMonths} the chantiers of one year would overlap (perYear × span > 12)
//   programme.days_dont_fit {days, spanMonths}    more days than the span's weekdays (22 a month)
void checkCycle(const Cycle& cycle);

// The month the programme starts: `requested` (YYYY-MM) when given, else the cycle's start, else the
// month after the project's latest interview or timesheet line (or this month when `today` says so).
//   programme.bad_start {value}                   not YYYY-MM
//   programme.start_before_data {start, latest}   before the month of the project's latest data
int programmeStart(const Project& project, const std::optional<std::string>& requested, std::string_view today);

// The latest month of the project's interviews and timesheet lines, or nullopt when it has none.
std::optional<int> latestDataMonth(const Project& project);

// A priority as typed in the sheet: empty → nullopt; a number (decimal comma accepted) > 0.
//   programme.bad_priority {theme, value}
std::optional<double> parsePriority(std::string_view theme, std::string_view text);

// "2=Logement; 4=Santé" → slot choices (an empty theme clears the slot), checked against the cycle:
//   programme.bad_slot {value, count}   not "N=theme", or N outside 1..chantiers
//   theme.unknown {name}
std::vector<SlotChoice> parseSlotChoices(const Project& project, std::string_view text);

// Applies choices to the committee's (a choice with an empty theme removes the slot's), refusing a theme
// in two slots (programme.theme_twice {theme}) or a slot beyond the cycle (programme.bad_slot).
void setSlotChoices(Project& project, const std::vector<SlotChoice>& choices);

// `total` split in proportion to `weights` by the largest remainder: the parts add up to `total`
// exactly (0 when all weights are 0); ties go to the earlier weight.
std::vector<int> splitPlaces(const std::vector<int>& weights, int total);
// The same with no part above `cap`: what a capped part cannot take goes to the others, in proportion to their weights,
// until each is capped or `total` is given; what no part can take is left out (the slot's open places).
std::vector<int> cappedPlaces(const std::vector<int>& weights, int total, int cap);

struct RankedTheme {
    std::string themeId;
    std::string name;
    int organisations = 0;
    int interviews = 0;
    int passages = 0;
    std::optional<double> priority;  // the committee's
};

// An organisation able to carry a slot's theme (as the briefs name them, core/carriers.hpp) and the places
// suggested for it: the participants split by the carriers' scores, at most Cycle::placesPerOrganisation each.
struct SlotCarrier {
    Carrier carrier;
    int places = 0;
};

struct PlannedSlot {
    int number = 0;          // 1-based
    std::string startMonth;  // YYYY-MM
    std::string endMonth;    // YYYY-MM (the last month of the span)
    std::string themeId;     // empty: not filled
    std::string themeName;
    bool byHand = false;  // the committee's choice rather than a proposal
    std::vector<SlotCarrier> carriers;  // themeCarriers (core/analysis/carriers.hpp): recorded, else proposals
    int openPlaces = 0;  // the places no carrier takes (each takes at most the cycle's placesPerOrganisation)
};

struct Programme {
    std::vector<PlannedSlot> slots;
    std::vector<RankedTheme> themes;  // in rank order
};

// The themes, by the committee's priority first (1 before 2; themes without one after those with
// one), then organisations, interviews, passages (more first), then name.
std::vector<RankedTheme> rankThemes(const Project& project, const Tally& tally);

// The whole proposal from the project's cycle, committee choices and tagged passages. A filled slot's places are
// the cycle's participants split among the organisations able to carry its theme in proportion to their score
// (the ranking of carriersOf: what they said on it, a lever, a knot), by the largest remainder.
// Checks the cycle (checkCycle) and the committee's slots (programme.bad_slot, programme.theme_twice).
Programme planProgramme(const Project& project, int startMonth);

}  // namespace ets
