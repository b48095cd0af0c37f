#include "core/project/model.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <utility>

namespace ets {

std::uint64_t newListGeneration() {
    static std::atomic<std::uint64_t> last{0};
    return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

namespace {
std::atomic<bool> verifyingChecks{false};
}  // namespace

void verifyShortcuts(bool on) { verifyingChecks = on; }
bool verifyingShortcuts() { return verifyingChecks; }

namespace {

template <typename Collection>
auto findById(Collection& items, std::string_view id) -> decltype(&items.front()) {
    auto found = std::find_if(items.begin(), items.end(), [id](const auto& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

// One table per enum keeps toString and parse in step: adding a value means adding one line.
constexpr std::array<std::pair<OrganisationRole, const char*>, 3> kRoleNames{{
    {OrganisationRole::Knot, "Knot"},
    {OrganisationRole::Lever, "Lever"},
    {OrganisationRole::Both, "Both"},
}};

constexpr std::array<std::pair<OrganisationStatus, const char*>, 5> kStatusNames{{
    {OrganisationStatus::Identified, "Identified"},
    {OrganisationStatus::Contacted, "Contacted"},
    {OrganisationStatus::Planned, "Planned"},
    {OrganisationStatus::Interviewed, "Interviewed"},
    {OrganisationStatus::Declined, "Declined"},
}};

constexpr std::array<std::pair<Activity, const char*>, 9> kActivityNames{{
    {Activity::PreparatoryMeeting, "PreparatoryMeeting"},
    {Activity::Protocol, "Protocol"},
    {Activity::Identification, "Identification"},
    {Activity::Interviews, "Interviews"},
    {Activity::Transcription, "Transcription"},
    {Activity::Analysis, "Analysis"},
    {Activity::Writing, "Writing"},
    {Activity::Restitution, "Restitution"},
    {Activity::Other, "Other"},
}};

constexpr std::array<std::pair<ThemeKind, const char*>, 3> kKindNames{{
    {ThemeKind::Knot, "Knot"},
    {ThemeKind::Lever, "Lever"},
    {ThemeKind::Both, "Both"},
}};

constexpr std::array<std::pair<AnalysisPart, const char*>, 5> kPartNames{{
    {AnalysisPart::Problem, "Problem"},
    {AnalysisPart::Causes, "Causes"},
    {AnalysisPart::Existing, "Existing"},
    {AnalysisPart::Tensions, "Tensions"},
    {AnalysisPart::Proposal, "Proposal"},
}};

constexpr std::array<std::pair<Capacity, const char*>, 3> kCapacityNames{{
    {Capacity::Analysis, "Analysis"},
    {Capacity::Experience, "Experience"},
    {Capacity::Expertise, "Expertise"},
}};

constexpr std::array<std::pair<Willingness, const char*>, 3> kWillingNames{{
    {Willingness::Yes, "Yes"},
    {Willingness::ToConfirm, "ToConfirm"},
    {Willingness::No, "No"},
}};

bool sameAscii(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOfAnyCase(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view text) {
    for (const auto& [value, name] : table)
        if (sameAscii(text, name))
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [candidate, name] : table)
        if (candidate == value)
            return name;
    return {};  // unreachable while every enumerator is in its table
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view text) {
    for (const auto& [value, name] : table)
        if (text == name)
            return value;
    return std::nullopt;
}

}  // namespace

const Theme* Project::findTheme(std::string_view id) const { return findById(themes, id); }
Theme* Project::findTheme(std::string_view id) { return findById(themes, id); }

const Theme* Project::findThemeByName(std::string_view name) const {
    auto found = std::find_if(themes.begin(), themes.end(), [name](const Theme& theme) { return theme.name == name; });
    return found == themes.end() ? nullptr : &*found;
}

const Organisation* Project::findOrganisation(std::string_view id) const { return findById(organisations, id); }
Organisation* Project::findOrganisation(std::string_view id) { return findById(organisations, id); }
const Interview* Project::findInterview(std::string_view id) const { return findById(interviews, id); }
Interview* Project::findInterview(std::string_view id) { return findById(interviews, id); }
const Passage* Project::findPassage(std::string_view id) const { return findById(passages, id); }
Passage* Project::findPassage(std::string_view id) { return findById(passages, id); }

std::string& ThemeAnalysis::part(AnalysisPart which) {
    switch (which) {
    case AnalysisPart::Problem:
        return problem;
    case AnalysisPart::Causes:
        return causes;
    case AnalysisPart::Existing:
        return existing;
    case AnalysisPart::Tensions:
        return tensions;
    case AnalysisPart::Proposal:
        return proposal;
    }
    return problem;
}
const std::string& ThemeAnalysis::part(AnalysisPart which) const { return const_cast<ThemeAnalysis*>(this)->part(which); }

const ThemeAnalysis* Project::findAnalysis(std::string_view themeId) const {
    auto found = std::find_if(analyses.begin(), analyses.end(),
                              [themeId](const ThemeAnalysis& analysis) { return analysis.themeId == themeId; });
    return found == analyses.end() ? nullptr : &*found;
}
const PassageMark* Project::findPassageMark(std::string_view passageId) const {
    return findById(passageMarks, passageId);
}

std::string toString(ThemeKind kind) { return nameOf(kKindNames, kind); }
std::string toString(AnalysisPart part) { return nameOf(kPartNames, part); }
std::string toString(Capacity capacity) { return nameOf(kCapacityNames, capacity); }
std::string toString(Willingness willing) { return nameOf(kWillingNames, willing); }
std::optional<ThemeKind> parseThemeKind(std::string_view text) { return valueOfAnyCase(kKindNames, text); }
std::optional<AnalysisPart> parseAnalysisPart(std::string_view text) { return valueOfAnyCase(kPartNames, text); }
std::optional<Capacity> parseCapacity(std::string_view text) { return valueOfAnyCase(kCapacityNames, text); }
std::optional<Willingness> parseWillingness(std::string_view text) { return valueOfAnyCase(kWillingNames, text); }

std::string toString(OrganisationRole role) { return nameOf(kRoleNames, role); }
std::string toString(OrganisationStatus status) { return nameOf(kStatusNames, status); }
std::string toString(Activity activity) { return nameOf(kActivityNames, activity); }

std::optional<OrganisationRole> parseOrganisationRole(std::string_view text) { return valueOf(kRoleNames, text); }
std::optional<OrganisationStatus> parseOrganisationStatus(std::string_view text) { return valueOf(kStatusNames, text); }
std::optional<Activity> parseActivity(std::string_view text) { return valueOf(kActivityNames, text); }

}  // namespace ets
