#pragma once
// What a passage counts for: its themes with their ancestors, and the organisation and interview of its transcript.

#include "core/project/model.hpp"

#include <map>
#include <set>
#include <string>

namespace ets {

// The passage's themes and all their ancestors: what it counts for once sub-themes are rolled up.
std::set<std::string> rolledUpThemes(const Project& project, const Passage& passage);

// The interviews of the project by their transcript (project path), for passages to find theirs.
class InterviewsByTranscript {
public:
    explicit InterviewsByTranscript(const Project& project);
    // nullptr when no interview has this transcript.
    const Interview* interviewOf(const std::string& transcript) const;
    // The registered organisation of the transcript's interview, nullptr when there is none.
    const Organisation* organisationOf(const std::string& transcript) const;

private:
    const Project& project_;
    std::map<std::string, const Interview*> byTranscript_;
};

}  // namespace ets
