#include "core/passage_scope.hpp"

namespace ets {

std::set<std::string> rolledUpThemes(const Project& project, const Passage& passage)
{
    std::set<std::string> themes;
    for (const std::string& id : passage.themeIds)
        // insert() failing means the ancestor is already there: it also stops on a (refused) cycle.
        for (const Theme* theme = project.findTheme(id); theme && themes.insert(theme->id).second;
             theme = theme->parentId.empty() ? nullptr : project.findTheme(theme->parentId))
        {
        }
    return themes;
}

InterviewsByTranscript::InterviewsByTranscript(const Project& project) : project_(project)
{
    for (const Interview& interview : project.interviews)
        if (!interview.transcript.empty())
            byTranscript_.emplace(interview.transcript, &interview);
}

const Interview* InterviewsByTranscript::interviewOf(const std::string& transcript) const
{
    auto found = byTranscript_.find(transcript);
    return found == byTranscript_.end() ? nullptr : found->second;
}

const Organisation* InterviewsByTranscript::organisationOf(const std::string& transcript) const
{
    const Interview* interview = interviewOf(transcript);
    return interview ? project_.findOrganisation(interview->organisationId) : nullptr;
}

}  // namespace ets
