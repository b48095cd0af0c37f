#pragma once
// The cycle's five whole-number settings, listed once: how the project file, the programme's refusals, the automation
// arguments and the programme sheet name each of them.

#include "core/project/model.hpp"

namespace ets {

struct CycleSetting {
    const char* field;     // in the project file's "cycle" object
    const char* argument;  // the vnd.ets:Programme argument, and the name a refusal gives it
    const char* label;     // its label in the programme sheet (catalogue key)
    int Cycle::*member;
};

// In the order of the programme sheet's cycle block (after the start month).
inline constexpr CycleSetting kCycleSettings[] = {
    {"chantiers", "Chantiers", "programme.setting_chantiers", &Cycle::chantiers},
    {"perYear", "PerYear", "programme.setting_per_year", &Cycle::perYear},
    {"participants", "Participants", "programme.setting_participants", &Cycle::participants},
    {"days", "Days", "programme.setting_days", &Cycle::days},
    {"spanMonths", "SpanMonths", "programme.setting_span", &Cycle::spanMonths},
};

}  // namespace ets
