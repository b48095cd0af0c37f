#include "core/analysis/tally.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/register/organisations.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace ets {

namespace {

// The counted themes: every theme, or the named ones with all their sub-themes.
std::set<std::string> countedThemes(const Project& project, const std::vector<std::string>& names) {
    std::set<std::string> counted;
    if (names.empty()) {
        for (const Theme& theme : project.themes)
            counted.insert(theme.id);
        return counted;
    }
    for (const std::string& name : names)
        counted.insert(requireTheme(project, name).id);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Theme& theme : project.themes)
            if (!theme.parentId.empty() && counted.count(theme.parentId) && counted.insert(theme.id).second)
                grew = true;
    }
    return counted;
}

struct Counts {
    std::map<std::string, int> perOrganisation;
    std::set<std::string> transcripts;
    int passages = 0;
};

}  // namespace

Tally tallyThemes(const Project& project, const TallyFilter& filter) {
    std::set<std::string> organisationsWanted;
    for (const std::string& name : filter.organisations) {
        const Organisation* organisation = findOrganisationNamed(project, name);
        if (!organisation)
            throw Error("organisation.unknown", {name});
        organisationsWanted.insert(organisation->id);
    }
    const std::set<std::string> counted = countedThemes(project, filter.themes);
    const std::string coder = trimmedName(filter.coder);

    std::map<std::string, const Interview*> interviewOf;  // by transcript
    for (const Interview& interview : project.interviews)
        if (!interview.transcript.empty())
            interviewOf.emplace(interview.transcript, &interview);
    auto organisationOf = [&](const std::string& transcript) -> std::string {
        auto found = interviewOf.find(transcript);
        if (found == interviewOf.end() || !project.findOrganisation(found->second->organisationId))
            return std::string();
        return found->second->organisationId;
    };
    auto inScope = [&](const std::string& organisationId) {
        return organisationsWanted.empty() || organisationsWanted.count(organisationId) > 0;
    };

    std::set<std::string> transcripts;
    std::set<std::string> organisationIds;
    for (const auto& [transcript, interview] : interviewOf) {
        const std::string organisationId = organisationOf(transcript);
        if (!inScope(organisationId))
            continue;
        transcripts.insert(transcript);
        if (!organisationId.empty())
            organisationIds.insert(organisationId);
    }

    Tally tally;
    std::map<std::string, Counts> counts;
    std::vector<std::pair<const Passage*, std::string>> quoted;  // passage, organisation id
    std::map<std::string, int> passagesOf;                       // by organisation id
    for (const Passage& passage : project.passages) {
        if (!coder.empty() && !sameThemeName(passage.coder, coder))
            continue;
        const std::string organisationId = organisationOf(passage.transcript);
        if (!inScope(organisationId))
            continue;
        bool countedOnce = false;
        for (const std::string& themeId : rolledUpThemes(project, passage)) {
            if (!counted.count(themeId))
                continue;
            Counts& themeCounts = counts[themeId];
            ++themeCounts.passages;
            ++themeCounts.perOrganisation[organisationId];
            themeCounts.transcripts.insert(passage.transcript);
            countedOnce = true;
        }
        if (!countedOnce)
            continue;
        ++tally.passages;
        ++passagesOf[organisationId];
        transcripts.insert(passage.transcript);
        organisationIds.insert(organisationId);  // "" for a transcript without organisation: its own column
        quoted.emplace_back(&passage, organisationId);
    }
    tally.interviews = static_cast<int>(transcripts.size());

    for (const std::string& id : organisationIds) {
        const Organisation* organisation = project.findOrganisation(id);
        tally.organisations.push_back({id, organisation ? organisation->name : std::string()});
    }
    std::sort(tally.organisations.begin(), tally.organisations.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(a.id.empty(), foldCase(a.name), a.name) <
               std::make_tuple(b.id.empty(), foldCase(b.name), b.name);
    });

    for (const TallyOrganisation& organisation : tally.organisations)
        tally.passagesPerOrganisation.push_back(passagesOf[organisation.id]);

    // One row per counted theme; a theme whose parent is not counted starts a tree of its own.
    std::map<std::string, std::vector<ThemeTally>> children;  // by parent id ("" = roots)
    for (const Theme& theme : project.themes) {
        if (!counted.count(theme.id))
            continue;
        ThemeTally row;
        row.themeId = theme.id;
        row.name = theme.name;
        row.colour = theme.colour;
        const Counts& themeCounts = counts[theme.id];
        for (const TallyOrganisation& organisation : tally.organisations) {
            auto found = themeCounts.perOrganisation.find(organisation.id);
            const int n = found == themeCounts.perOrganisation.end() ? 0 : found->second;
            row.passagesPerOrganisation.push_back(n);
            if (n > 0 && !organisation.id.empty())  // the column without organisation is not one
                ++row.organisations;
        }
        row.interviews = static_cast<int>(themeCounts.transcripts.size());
        row.passages = themeCounts.passages;
        row.interviewShare = tally.interviews > 0 ? static_cast<double>(row.interviews) / tally.interviews : 0.0;
        children[counted.count(theme.parentId) ? theme.parentId : std::string()].push_back(std::move(row));
    }
    for (auto& [parent, rows] : children)
        std::sort(rows.begin(), rows.end(), [](const ThemeTally& a, const ThemeTally& b) {
            return std::make_tuple(-a.organisations, -a.passages, foldCase(a.name), a.name) <
                   std::make_tuple(-b.organisations, -b.passages, foldCase(b.name), b.name);
        });
    auto emit = [&](auto& self, const std::string& parent, int depth) -> void {
        for (ThemeTally& row : children[parent]) {
            row.depth = depth;
            const std::string id = row.themeId;
            tally.themes.push_back(row);
            self(self, id, depth + 1);
        }
    };
    emit(emit, std::string(), 0);

    std::map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < tally.themes.size(); ++i)
        rank[tally.themes[i].themeId] = i;
    struct Ordered {
        std::size_t rank;
        std::size_t order;
        Quote quote;
    };
    std::vector<Ordered> quotes;
    for (std::size_t order = 0; order < quoted.size(); ++order) {
        const auto& [passage, organisationId] = quoted[order];
        std::vector<std::size_t> ranks;
        for (const std::string& id : passage->themeIds)
            if (auto found = rank.find(id);
                found != rank.end() && std::find(ranks.begin(), ranks.end(), found->second) == ranks.end())
                ranks.push_back(found->second);
        if (ranks.empty())  // counted through a sub-theme only: impossible, counted themes include sub-themes
            continue;
        std::sort(ranks.begin(), ranks.end());
        Quote quote;
        for (std::size_t r : ranks)
            quote.themes.push_back(tally.themes[r].name);
        if (const Organisation* organisation = project.findOrganisation(organisationId))
            quote.organisation = organisation->name;
        if (auto interview = interviewOf.find(passage->transcript); interview != interviewOf.end())
            quote.interviewDate = interview->second->date;
        quote.coder = passage->coder;
        quote.text = passage->text;
        quote.memo = passage->memo;
        quote.transcript = passage->transcript;
        quote.anchor = passage->anchor;
        quotes.push_back({ranks.front(), order, std::move(quote)});
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const Ordered& a, const Ordered& b) {
        return std::make_tuple(a.rank, a.quote.organisation.empty(), foldCase(a.quote.organisation),
                               a.quote.interviewDate, a.quote.transcript, a.order) <
               std::make_tuple(b.rank, b.quote.organisation.empty(), foldCase(b.quote.organisation),
                               b.quote.interviewDate, b.quote.transcript, b.order);
    });
    for (Ordered& ordered : quotes)
        tally.quotes.push_back(std::move(ordered.quote));
    return tally;
}

}  // namespace ets
