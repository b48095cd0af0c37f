#include "core/analysis/programme.hpp"

#include "core/coding/codebook.hpp"
#include "core/project/cycle_settings.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/months.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

namespace ets {
namespace {

// About the working days of a month: a chantier's days must fit in its span.
constexpr int kWorkingDaysPerMonth = 22;

// Each slot within the cycle, each theme in one slot at most.
void checkSlotChoices(const Project& project, const std::vector<SlotChoice>& slots) {
    std::set<std::string> seen;
    for (const SlotChoice& choice : slots) {
        if (choice.slot < 1 || choice.slot > project.cycle.chantiers)
            throw Error("programme.bad_slot", {std::to_string(choice.slot), std::to_string(project.cycle.chantiers)});
        if (!seen.insert(choice.themeId).second) {
            const Theme* theme = project.findTheme(choice.themeId);
            throw Error("programme.theme_twice", {theme ? theme->name : choice.themeId});
        }
    }
}

}  // namespace

void checkCycle(const Cycle& cycle) {
    for (const CycleSetting& setting : kCycleSettings)
        if (cycle.*setting.member < 1)
            throw Error("programme.bad_setting", {setting.argument, std::to_string(cycle.*setting.member)});
    if (cycle.placesPerOrganisation < 1)
        throw Error("programme.bad_setting", {"PlacesPerOrganisation", std::to_string(cycle.placesPerOrganisation)});
    if (cycle.perYear * cycle.spanMonths > 12)
        throw Error("programme.slots_overlap", {std::to_string(cycle.perYear), std::to_string(cycle.spanMonths)});
    if (cycle.days > cycle.spanMonths * kWorkingDaysPerMonth)
        throw Error("programme.days_dont_fit", {std::to_string(cycle.days), std::to_string(cycle.spanMonths)});
}

std::optional<int> latestDataMonth(const Project& project) {
    std::optional<int> latest;
    auto consider = [&](const std::string& date) {
        if (date.size() < 7)
            return;
        if (const auto month = parseMonth(std::string_view(date).substr(0, 7)))
            latest = std::max(latest.value_or(*month), *month);
    };
    for (const Interview& interview : project.interviews)
        consider(interview.date);
    for (const HourEntry& entry : project.hours)
        consider(entry.date);
    return latest;
}

int programmeStart(const Project& project, const std::optional<std::string>& requested, std::string_view today) {
    const std::optional<int> latest = latestDataMonth(project);
    std::string text = requested ? trimmedName(*requested) : project.cycle.start;
    if (text.empty()) {
        if (latest)
            return *latest + 1;
        const auto now = today.size() >= 7 ? parseMonth(today.substr(0, 7)) : std::nullopt;
        return now ? *now + 1 : 0;
    }
    const std::optional<int> start = parseMonth(text);
    if (!start)
        throw Error("programme.bad_start", {text});
    if (latest && *start < *latest)
        throw Error("programme.start_before_data", {text, formatMonth(*latest)});
    return *start;
}

std::optional<double> parsePriority(std::string_view theme, std::string_view text) {
    std::string value = trimmedName(text);
    if (value.empty())
        return std::nullopt;
    const std::optional<double> parsed = parseDecimal(value);
    if (!parsed || *parsed <= 0)
        throw Error("programme.bad_priority", {std::string(theme), value});
    return parsed;
}

std::vector<SlotChoice> parseSlotChoices(const Project& project, std::string_view text) {
    std::vector<SlotChoice> choices;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        const std::string item = trimmedName(text.substr(start, end - start));
        start = end + 1;
        if (item.empty())
            continue;
        const std::size_t equals = item.find('=');
        const std::string number = equals == std::string::npos ? item : trimmedName(item.substr(0, equals));
        const bool digits = !number.empty() && number.size() < 6 &&
                            std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
        const int slot = digits ? std::atoi(number.c_str()) : 0;
        if (equals == std::string::npos || slot < 1 || slot > project.cycle.chantiers)
            throw Error("programme.bad_slot", {item, std::to_string(project.cycle.chantiers)});
        const std::string name = trimmedName(item.substr(equals + 1));
        SlotChoice choice{slot, ""};
        if (!name.empty()) {
            const Theme* theme = findThemeNamed(project, name);
            if (!theme)
                throw Error("theme.unknown", {name});
            choice.themeId = theme->id;
        }
        choices.push_back(choice);
    }
    return choices;
}

void setSlotChoices(Project& project, const std::vector<SlotChoice>& choices) {
    std::map<int, std::string> bySlot;
    for (const SlotChoice& choice : project.committee.slots)
        bySlot[choice.slot] = choice.themeId;
    for (const SlotChoice& choice : choices) {
        if (choice.themeId.empty())
            bySlot.erase(choice.slot);
        else
            bySlot[choice.slot] = choice.themeId;
    }
    std::vector<SlotChoice> slots;
    for (const auto& [slot, themeId] : bySlot)
        slots.push_back({slot, themeId});
    checkSlotChoices(project, slots);
    project.committee.slots = std::move(slots);
}

std::vector<int> splitPlaces(const std::vector<int>& weights, int total) {
    std::vector<int> parts(weights.size(), 0);
    long long sum = 0;
    for (int weight : weights)
        sum += std::max(weight, 0);
    if (sum == 0 || total <= 0)
        return parts;
    std::vector<std::pair<long long, std::size_t>> remainders;  // (remainder × sum, index)
    int given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const long long share = static_cast<long long>(std::max(weights[i], 0)) * total;
        parts[i] = static_cast<int>(share / sum);
        given += parts[i];
        remainders.push_back({share % sum, i});
    }
    // Largest remainder first; among equal ones, the earlier weight (the better-ranked carrier).
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; ++k, ++given)
        ++parts[remainders[k % remainders.size()].second];
    return parts;
}

std::vector<int> cappedPlaces(const std::vector<int>& weights, int total, int cap) {
    cap = std::max(cap, 0);
    std::vector<int> parts(weights.size(), 0);
    std::vector<bool> capped(weights.size(), false);
    // Each round caps at least one more part, or settles the rest: at most one round a part.
    for (int left = std::max(total, 0);;) {
        std::vector<int> open(weights.size(), 0);
        for (std::size_t i = 0; i < weights.size(); ++i)
            open[i] = capped[i] ? 0 : weights[i];
        const std::vector<int> shares = splitPlaces(open, left);
        bool cappedMore = false;
        for (std::size_t i = 0; i < weights.size(); ++i)
            if (!capped[i] && shares[i] >= cap && weights[i] > 0) {
                capped[i] = true;
                parts[i] = cap;
                left -= cap;
                cappedMore = true;
            }
        if (!cappedMore) {
            for (std::size_t i = 0; i < weights.size(); ++i)
                if (!capped[i])
                    parts[i] = shares[i];
            return parts;
        }
    }
}

std::vector<RankedTheme> rankThemes(const Project& project, const Tally& tally) {
    std::map<std::string, double> priorityOf;
    for (const ThemePriority& priority : project.committee.priorities)
        priorityOf[priority.themeId] = priority.priority;
    std::vector<RankedTheme> ranked;
    for (const ThemeTally& row : tally.themes) {
        RankedTheme theme{row.themeId, row.name, row.organisations, row.interviews, row.passages, std::nullopt};
        if (auto found = priorityOf.find(row.themeId); found != priorityOf.end())
            theme.priority = found->second;
        ranked.push_back(theme);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedTheme& a, const RankedTheme& b) {
        if (a.priority.has_value() != b.priority.has_value())
            return a.priority.has_value();
        if (a.priority && *a.priority != *b.priority)
            return *a.priority < *b.priority;
        if (a.organisations != b.organisations)
            return a.organisations > b.organisations;
        if (a.interviews != b.interviews)
            return a.interviews > b.interviews;
        if (a.passages != b.passages)
            return a.passages > b.passages;
        return nameKey(a.name) < nameKey(b.name);
    });
    return ranked;
}

Programme planProgramme(const Project& project, int startMonth) {
    const Cycle& cycle = project.cycle;
    checkCycle(cycle);
    checkSlotChoices(project, project.committee.slots);

    const Tally tally = tallyThemes(project);
    Programme programme;
    programme.themes = rankThemes(project, tally);

    std::map<int, std::string> chosen;  // slot → theme id, for themes still in the codebook
    std::set<std::string> taken;
    for (const SlotChoice& choice : project.committee.slots)
        if (project.findTheme(choice.themeId)) {
            chosen[choice.slot] = choice.themeId;
            taken.insert(choice.themeId);
        }

    const int spacing = 12 / cycle.perYear;  // months between two chantiers of one year
    std::size_t nextRanked = 0;
    for (int number = 1; number <= cycle.chantiers; ++number) {
        PlannedSlot slot;
        slot.number = number;
        const int first = startMonth + ((number - 1) / cycle.perYear) * 12 + ((number - 1) % cycle.perYear) * spacing;
        slot.startMonth = formatMonth(first);
        slot.endMonth = formatMonth(first + cycle.spanMonths - 1);
        if (auto found = chosen.find(number); found != chosen.end()) {
            slot.themeId = found->second;
            slot.byHand = true;
        } else if (number <= kProposedSlots) {
            // A theme is not proposed beside its own parent or sub-theme: one chantier already covers both.
            auto overlapsTaken = [&](const std::string& themeId) {
                return std::any_of(taken.begin(), taken.end(),
                                   [&](const std::string& other) { return themesOverlap(project, themeId, other); });
            };
            while (nextRanked < programme.themes.size() && overlapsTaken(programme.themes[nextRanked].themeId))
                ++nextRanked;
            if (nextRanked < programme.themes.size()) {
                slot.themeId = programme.themes[nextRanked++].themeId;
                taken.insert(slot.themeId);
            }
        }
        if (!slot.themeId.empty()) {
            slot.themeName = project.findTheme(slot.themeId)->name;
            std::vector<int> weights;
            for (Carrier& carrier : themeCarriers(project, slot.themeId)) {
                weights.push_back(std::max(carrier.score, 1));
                slot.carriers.push_back({std::move(carrier), 0});
            }
            // No organisation takes more than its cap; what the carriers do not take stays open.
            const std::vector<int> places = cappedPlaces(weights, cycle.participants, cycle.placesPerOrganisation);
            slot.openPlaces = cycle.participants;
            for (std::size_t i = 0; i < places.size(); ++i) {
                slot.carriers[i].places = places[i];
                slot.openPlaces -= slot.carriers[i].places;
            }
        }
        programme.slots.push_back(slot);
    }
    return programme;
}

}  // namespace ets
