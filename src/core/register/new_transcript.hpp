#pragma once
// A new transcript (vnd.ets:NewTranscript): where it is saved, what it holds before anyone types in it, and the
// interview it records.

#include "core/layout/paragraphs.hpp"
#include "core/project/opened_project.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/catalogue.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ets {

// The transcript template, ready to be typed in.
struct TranscriptTemplate {
    std::string title;                  // "Entretien – <organisation>": its first paragraph and the document's title
    std::string header;                 // every page's header: the organisation and the interview's date
    std::vector<Paragraph> paragraphs;  // the title, a turn of each speaker, then each question of the interview
                                        // guide's grid as a heading with a turn of the person met under it
};
TranscriptTemplate transcriptTemplate(const InterviewCard& card, const std::vector<GuideQuestion>& questions,
                                      const Catalogue& texts);

// Where a person's new transcript is saved: transcripts/<organisation>-<date>.odt in the project folder, numbered
// (-2, -3…) when that file exists.
std::filesystem::path defaultTranscriptFile(const std::filesystem::path& projectFolder, const InterviewCard& card);

// Where a macro's new transcript is saved: `file` (".odt" added when it has no extension; by default the card's file
// name) in `folder` (by default the project's transcripts/ folder); empty, not saved, when neither is given.
std::filesystem::path transcriptTarget(const std::filesystem::path& projectFolder,
                                       const std::optional<std::filesystem::path>& file,
                                       const std::optional<std::filesystem::path>& folder, const InterviewCard& card);

// The interview a new transcript records, decided before anything is made: the card as stored (with the transcript's
// path in the project) and the interview's new id. Throws the card's errors (canonicalCard), then
// transcript.exists {target} when the target file exists already; nothing changes.
struct NewInterview {
    InterviewCard card;
    std::string id;
};
NewInterview planNewTranscript(const OpenedProject& opened, InterviewCard card, const std::filesystem::path& target);

}  // namespace ets
