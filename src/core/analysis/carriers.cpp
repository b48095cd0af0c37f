#include "core/analysis/carriers.hpp"

#include "core/coding/passage_scope.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace ets {

namespace {

struct Evidence {
    int passages = 0;
    int memos = 0;
    std::set<std::string> transcripts;
};

bool bringsExpertise(OrganisationRole role) {
    return role == OrganisationRole::Lever || role == OrganisationRole::Both;
}
bool bringsExperience(OrganisationRole role) {
    return role == OrganisationRole::Knot || role == OrganisationRole::Both;
}

Carrier carrierFrom(const Organisation& organisation, const Evidence& evidence, int allPassages) {
    Carrier carrier;
    carrier.organisationId = organisation.id;
    carrier.name = organisation.name;
    carrier.sector = organisation.sector;
    carrier.role = organisation.role;
    carrier.passages = evidence.passages;
    carrier.interviews = static_cast<int>(evidence.transcripts.size());
    carrier.memos = evidence.memos;
    carrier.focus = allPassages > 0 ? static_cast<double>(evidence.passages) / allPassages : 0;
    if (evidence.passages >= kAnalysisPassages || evidence.memos > 0)
        carrier.capacities.push_back(Capacity::Analysis);
    if (bringsExperience(organisation.role))
        carrier.capacities.push_back(Capacity::Experience);
    if (bringsExpertise(organisation.role))
        carrier.capacities.push_back(Capacity::Expertise);
    carrier.score = 3 * std::min(carrier.passages, 5) + 2 * std::max(carrier.interviews - 1, 0) +
                    (bringsExpertise(carrier.role) ? 4 : 0) + (bringsExperience(carrier.role) ? 2 : 0) +
                    (carrier.focus >= 0.25 ? 2 : 0);
    return carrier;
}

void rank(std::vector<Carrier>& carriers) {
    std::sort(carriers.begin(), carriers.end(), [](const Carrier& a, const Carrier& b) {
        return std::make_tuple(-a.score, -a.passages, foldCase(a.name), a.name) <
               std::make_tuple(-b.score, -b.passages, foldCase(b.name), b.name);
    });
}

}  // namespace

namespace {

// The carriers of the themes `wanted` accepts, by theme id: one pass over the passages.
template <typename Wanted>
std::map<std::string, std::vector<Carrier>> carriersWhere(const Project& project, Wanted wanted) {
    const InterviewsByTranscript interviews(project);
    std::map<std::string, std::map<std::string, Evidence>> evidence;  // theme id → organisation id → evidence
    std::map<std::string, int> allPassages;                           // organisation id → its tagged passages
    for (const Passage& passage : project.passages) {
        const Organisation* organisation = interviews.organisationOf(passage.transcript);
        if (!organisation)
            continue;  // a passage nobody can carry: its transcript has no registered organisation
        ++allPassages[organisation->id];
        for (const std::string& themeId : rolledUpThemes(project, passage)) {
            if (!wanted(themeId))
                continue;
            Evidence& found = evidence[themeId][organisation->id];
            ++found.passages;
            found.memos += passage.memo.empty() ? 0 : 1;
            found.transcripts.insert(passage.transcript);
        }
    }
    std::map<std::string, std::vector<Carrier>> result;
    for (const Theme& theme : project.themes) {
        if (!wanted(theme.id))
            continue;
        std::vector<Carrier>& carriers = result[theme.id];
        for (const auto& [organisationId, found] : evidence[theme.id])
            carriers.push_back(
                carrierFrom(*project.findOrganisation(organisationId), found, allPassages[organisationId]));
        rank(carriers);
    }
    return result;
}

}  // namespace

std::map<std::string, std::vector<Carrier>> carriersByTheme(const Project& project) {
    return carriersWhere(project, [](const std::string&) { return true; });
}

std::vector<Carrier> carriersOf(const Project& project, std::string_view themeId) {
    if (!project.findTheme(themeId))
        return {};
    std::map<std::string, std::vector<Carrier>> one =
        carriersWhere(project, [&](const std::string& id) { return id == themeId; });
    return std::move(one[std::string(themeId)]);
}

std::string toString(Capacity capacity) {
    switch (capacity) {
    case Capacity::Analysis:
        return "Analysis";
    case Capacity::Experience:
        return "Experience";
    case Capacity::Expertise:
        return "Expertise";
    }
    return "Analysis";
}

std::string capacitiesText(const Carrier& carrier, const Catalogue& texts) {
    std::vector<std::string> capacities;
    for (Capacity capacity : carrier.capacities)
        capacities.push_back(texts.text(std::string_view("brief.capacity." + toString(capacity))));
    return joined(capacities, ", ");
}

}  // namespace ets
