#include "core/analysis/carriers.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/register/organisations.hpp"
#include "core/text/error.hpp"
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
    bool noted = false;
};

// Whether the register's notes name the theme or one of its sub-themes (case-insensitive).
bool notesName(const Project& project, const std::string& foldedNotes, const Theme& theme) {
    if (foldedNotes.empty())
        return false;
    const std::string name = nameKey(theme.name);
    if (!name.empty() && foldedNotes.find(name) != std::string::npos)
        return true;
    for (const Theme& child : project.themes)
        if (child.parentId == theme.id && child.id != theme.id && notesName(project, foldedNotes, child))
            return true;
    return false;
}

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
    carrier.noted = evidence.noted;
    carrier.notes = organisation.notes;
    if (evidence.passages >= kAnalysisPassages || evidence.memos > 0)
        carrier.capacities.push_back(Capacity::Analysis);
    if (bringsExperience(organisation.role))
        carrier.capacities.push_back(Capacity::Experience);
    if (bringsExpertise(organisation.role))
        carrier.capacities.push_back(Capacity::Expertise);
    carrier.score = 3 * std::min(carrier.passages, 5) + 2 * std::max(carrier.interviews - 1, 0) +
                    (bringsExpertise(carrier.role) ? 4 : 0) + (bringsExperience(carrier.role) ? 2 : 0) +
                    (carrier.focus >= 0.25 ? 2 : 0) + (carrier.noted ? 3 : 0);
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
    for (const Organisation& organisation : project.organisations) {
        const std::string notes = nameKey(organisation.notes);  // folded as the names are: ’ is '
        for (const Theme& theme : project.themes)
            if (wanted(theme.id) && notesName(project, notes, theme))
                evidence[theme.id][organisation.id].noted = true;
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

namespace {

int willingRank(Willingness willing) {
    return willing == Willingness::Yes ? 0 : willing == Willingness::ToConfirm ? 1 : 2;
}

// The recorded carriers of a theme with their evidence (none when the organisation has none).
std::vector<Carrier> recordedCarriers(const Project& project, std::string_view themeId,
                                      const std::vector<Carrier>& withEvidence) {
    std::vector<Carrier> recorded;
    std::set<std::string> seen;
    for (const RecordedCarrier& record : project.carriers) {
        if (record.themeId != themeId || !seen.insert(record.organisationId).second)
            continue;
        const Organisation* organisation = project.findOrganisation(record.organisationId);
        if (!organisation)
            continue;  // an organisation deleted since
        auto found = std::find_if(withEvidence.begin(), withEvidence.end(),
                                  [&](const Carrier& c) { return c.organisationId == record.organisationId; });
        Carrier carrier = found != withEvidence.end() ? *found : carrierFrom(*organisation, Evidence(), 0);
        carrier.recorded = true;
        if (!record.capacities.empty())
            carrier.capacities = record.capacities;
        carrier.willing = record.willing;
        carrier.contactRole = record.contactRole;
        carrier.reason = record.reason;
        recorded.push_back(std::move(carrier));
    }
    std::stable_sort(recorded.begin(), recorded.end(), [](const Carrier& a, const Carrier& b) {
        return willingRank(a.willing) < willingRank(b.willing);
    });
    return recorded;
}

}  // namespace

std::vector<Carrier> carrierCandidates(const Project& project, std::string_view themeId) {
    std::vector<Carrier> evidence = carriersOf(project, themeId);
    std::vector<Carrier> result = recordedCarriers(project, themeId, evidence);
    for (Carrier& carrier : evidence)
        if (std::none_of(result.begin(), result.end(),
                         [&](const Carrier& r) { return r.organisationId == carrier.organisationId; }))
            result.push_back(std::move(carrier));
    return result;
}

std::vector<Carrier> themeCarriers(const Project& project, std::string_view themeId) {
    std::vector<Carrier> evidence = carriersOf(project, themeId);
    std::vector<Carrier> recorded = recordedCarriers(project, themeId, evidence);
    std::vector<Carrier> willing;
    for (Carrier& carrier : recorded)
        if (carrier.willing != Willingness::No)
            willing.push_back(std::move(carrier));
    if (!willing.empty())
        return willing;
    std::vector<Carrier> proposals;
    for (Carrier& carrier : evidence)
        if (std::none_of(recorded.begin(), recorded.end(),
                         [&](const Carrier& r) { return r.organisationId == carrier.organisationId; }))
            proposals.push_back(std::move(carrier));
    return proposals;
}

std::string editCarriers(Project& project, const CarrierEdit& edit) {
    const bool remove = sameName(edit.action, "Remove");
    if (!remove && !sameName(edit.action, "Set"))
        throw Error("args.bad_choice", {"Action", edit.action, "Set, Remove"});
    if (trimmedName(edit.theme).empty())
        throw Error("args.missing", {"Theme"});
    if (trimmedName(edit.organisation).empty())
        throw Error("args.missing", {"Organisation"});
    const Theme& theme = requireTheme(project, edit.theme);
    const Organisation* organisation = findOrganisationNamed(project, edit.organisation);
    if (!organisation)
        throw Error("carrier.not_in_register", {trimmedName(edit.organisation)});
    const std::string themeId = theme.id, organisationId = organisation->id;
    const auto matches = [&](const RecordedCarrier& r) {
        return r.themeId == themeId && r.organisationId == organisationId;
    };
    if (remove) {
        const auto before = project.carriers.size();
        project.carriers.erase(std::remove_if(project.carriers.begin(), project.carriers.end(), matches),
                               project.carriers.end());
        if (project.carriers.size() == before)
            throw Error("carrier.not_recorded", {organisation->name, theme.name});
        return "carrier.removed";
    }
    // Every value is checked before anything changes.
    std::optional<std::vector<Capacity>> capacities;
    if (edit.capacities) {
        capacities.emplace();
        std::size_t start = 0;
        const std::string& text = *edit.capacities;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find_first_of(";,", start), text.size());
            const std::string item = trimmedName(std::string_view(text).substr(start, end - start));
            start = end + 1;
            if (item.empty())
                continue;
            const std::optional<Capacity> capacity = parseCapacity(item);
            if (!capacity)
                throw Error("args.bad_choice", {"Capacity", item, "Analysis, Experience, Expertise"});
            if (std::find(capacities->begin(), capacities->end(), *capacity) == capacities->end())
                capacities->push_back(*capacity);
        }
        std::sort(capacities->begin(), capacities->end());
    }
    std::optional<Willingness> willing;
    if (edit.willing) {
        willing = parseWillingness(trimmedName(*edit.willing));
        if (!willing)
            throw Error("args.bad_choice", {"Willing", *edit.willing, "Yes, ToConfirm, No"});
    }
    auto found = std::find_if(project.carriers.begin(), project.carriers.end(), matches);
    if (found == project.carriers.end()) {
        RecordedCarrier created;
        created.id = newId("ca");
        created.themeId = themeId;
        created.organisationId = organisationId;
        for (const Carrier& candidate : carriersOf(project, themeId))
            if (candidate.organisationId == organisationId)
                created.capacities = candidate.capacities;
        project.carriers.push_back(created);
        found = project.carriers.end() - 1;
    }
    if (capacities)
        found->capacities = *capacities;
    if (willing)
        found->willing = *willing;
    if (edit.contactRole)
        found->contactRole = trimmedName(*edit.contactRole);
    if (edit.reason)
        found->reason = trimmedName(*edit.reason);
    return "carrier.set";
}

std::string capacitiesText(const Carrier& carrier, const Catalogue& texts) {
    std::vector<std::string> capacities;
    for (Capacity capacity : carrier.capacities)
        capacities.push_back(texts.text(std::string_view("brief.capacity." + toString(capacity))));
    return joined(capacities, ", ");
}

}  // namespace ets
