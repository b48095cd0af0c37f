#include "core/coding/passage_scope.hpp"

#include "core/coding/codebook.hpp"

namespace ets {

std::set<std::string> rolledUpThemes(const Project& project, const Passage& passage) {
    std::set<std::string> themes;
    for (const std::string& id : passage.themeIds)
        themes.merge(themeAndAncestors(project, id));
    return themes;
}

InterviewsByTranscript::InterviewsByTranscript(const Project& project) : project_(project) {
    for (const Interview& interview : project.interviews)
        if (!interview.transcript.empty())
            byTranscript_.emplace(interview.transcript, &interview);
}

const Interview* InterviewsByTranscript::interviewOf(const std::string& transcript) const {
    auto found = byTranscript_.find(transcript);
    return found == byTranscript_.end() ? nullptr : found->second;
}

const Organisation* InterviewsByTranscript::organisationOf(const std::string& transcript) const {
    const Interview* interview = interviewOf(transcript);
    return interview ? project_.findOrganisation(interview->organisationId) : nullptr;
}

}  // namespace ets
