#pragma once
// The interview card a transcript carries (TranscriptDocument's card properties): read as the project names things
// now, and recorded in the transcript and the project together (vnd.ets:RecordInterview).

#include "core/coding/transcript_document.hpp"
#include "core/project/opened_project.hpp"
#include "core/register/interview_card.hpp"

#include <string>

namespace ets {

// The card the transcript carries and its interview's id (empty when it carries none). When the project knows the
// interview, the organisation is named as the register names it now (it may have been renamed).
StoredCard cardOfTranscript(const Project& project, const TranscriptDocument& transcript);

// Writes the card into the transcript, then into the project, saved: the interview `interviewId` when the project has
// it, else a new one. Returns the interview's id. A card the project refuses (canonicalCard's errors) changes nothing;
// when the project cannot be saved, the transcript gets its previous card back, so both stay as they were.
std::string recordTranscriptCard(OpenedProject& opened, TranscriptDocument& transcript, InterviewCard card,
                                 const std::string& interviewId);

}  // namespace ets
