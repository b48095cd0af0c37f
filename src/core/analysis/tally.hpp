#pragma once
// The tally of themes across the interviews: themes × organisations, per-theme counts and the quotes, as plain values.

#include "core/project/model.hpp"

#include <string>
#include <vector>

namespace ets {

// What to count. Empty lists and an empty coder mean "all". Names compare as the codebook and the register
// compare them (trimmed, case-insensitive for A–Z).
struct TallyFilter {
    std::vector<std::string> organisations;  // organisation names
    std::vector<std::string> themes;         // theme names: each with its sub-themes
    std::string coder;
};

// A column of the matrix. An empty id is the column of the passages whose transcript has no organisation.
struct TallyOrganisation {
    std::string id;
    std::string name;
};

struct ThemeTally {
    std::string themeId;
    std::string name;
    std::string colour;  // "#RRGGBB" or empty
    int depth = 0;       // 0 for a top-level theme (or a theme whose parent is filtered out), 1 for its sub-themes...
    std::vector<int> passagesPerOrganisation;  // aligned with Tally::organisations
    int organisations = 0;      // organisations with at least one passage (the column without organisation not counted)
    int interviews = 0;         // interviews (transcripts) with at least one passage
    int passages = 0;           // passages carrying the theme or one of its sub-themes, each counted once
    double interviewShare = 0;  // interviews / Tally::interviews (0 when there is no interview)
};

// One tagged passage as the quotes sheet shows it.
struct Quote {
    std::vector<std::string> themes;  // names of the passage's themes that are counted, in tally order
    std::string organisation;         // empty when the transcript has no organisation
    std::string interviewDate;        // YYYY-MM-DD or empty
    std::string coder;
    std::string text;
    std::string memo;
    std::string transcript;  // as in Passage::transcript
    std::string anchor;
};

struct Tally {
    std::vector<TallyOrganisation> organisations;  // those with an interview or a passage counted, by name
    std::vector<ThemeTally> themes;  // parents before their sub-themes; siblings by organisations, passages (both
                                     // descending), then name
    std::vector<Quote> quotes;  // by the rank of their first theme, then organisation, date, transcript, document order
    int interviews = 0;         // interviews (transcripts) of the organisations counted
    int passages = 0;           // passages counted (carrying at least one counted theme)
    std::vector<int> passagesPerOrganisation;  // passages counted, each once, aligned with organisations
};

// Throws organisation.unknown {name} or theme.unknown {name} for a filter naming nothing.
Tally tallyThemes(const Project& project, const TallyFilter& filter = {});

}  // namespace ets
