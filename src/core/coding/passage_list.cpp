#include "core/coding/passage_list.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/text/names.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ets {
namespace {

bool keeps(const std::string& wanted, const std::string& value) { return wanted.empty() || sameName(wanted, value); }

}  // namespace

std::vector<ListedPassage> listPassages(const Project& project, const PassageFilter& filter) {
    const std::string themeId = filter.theme.empty() ? std::string() : requireTheme(project, filter.theme).id;
    const InterviewsByTranscript interviews(project);
    std::vector<ListedPassage> listed;
    for (const Passage& passage : project.passages) {
        if (!filter.transcript.empty() && passage.transcript != filter.transcript)
            continue;
        if (!themeId.empty() &&
            std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) == passage.themeIds.end())
            continue;
        const Organisation* organisation = interviews.organisationOf(passage.transcript);
        const std::string organisationName = organisation ? organisation->name : std::string();
        if (!keeps(filter.organisation, organisationName) || !keeps(filter.coder, passage.coder))
            continue;
        ListedPassage row{passage.anchor, passage.transcript, {},          organisationName,
                          passage.coder,  passage.text,       passage.memo};
        for (const std::string& id : passage.themeIds)
            if (const Theme* theme = project.findTheme(id))
                row.themes.push_back(theme->name);
        listed.push_back(std::move(row));
    }
    return listed;
}

nlohmann::json passagesJson(const std::vector<ListedPassage>& passages) {
    nlohmann::json list = nlohmann::json::array();
    for (const ListedPassage& passage : passages)
        list.push_back({{"anchor", passage.anchor},
                        {"transcript", passage.transcript},
                        {"themes", passage.themes},
                        {"organisation", passage.organisation},
                        {"coder", passage.coder},
                        {"text", passage.text},
                        {"memo", passage.memo}});
    return list;
}

std::string passageLine(const ListedPassage& passage) {
    std::string themes;
    for (const std::string& theme : passage.themes)
        themes += (themes.empty() ? "" : ", ") + theme;
    std::string line = "[" + themes + "] " + excerpt(passage.text, 90);
    if (!passage.organisation.empty())
        line += " \xE2\x80\x94 " + passage.organisation;  // an em dash
    return line;
}

FilterChoices filterChoices(const Project& project) {
    FilterChoices choices;
    for (const Theme& theme : project.themes)
        choices.themes.push_back(theme.name);
    for (const Organisation& organisation : project.organisations)
        choices.organisations.push_back(organisation.name);
    for (const Passage& passage : project.passages)
        if (std::find(choices.coders.begin(), choices.coders.end(), passage.coder) == choices.coders.end())
            choices.coders.push_back(passage.coder);
    return choices;
}

}  // namespace ets
