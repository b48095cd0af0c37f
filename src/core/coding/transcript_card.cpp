#include "core/coding/transcript_card.hpp"

#include "core/project/project_paths.hpp"

namespace ets {

StoredCard cardOfTranscript(const Project& project, const TranscriptDocument& transcript) {
    StoredCard stored = cardFromProperties(transcript.cardProperties());
    if (const Interview* known = project.findInterview(stored.interviewId))
        if (const Organisation* organisation = project.findOrganisation(known->organisationId))
            stored.card.organisation = organisation->name;
    return stored;
}

std::string recordTranscriptCard(OpenedProject& opened, TranscriptDocument& transcript, InterviewCard card,
                                 const std::string& interviewId) {
    card.transcript = projectPathOf(opened.folder, transcript.file());
    card = canonicalCard(opened.project, card);  // refuses a bad card before anything changes
    Project checked = opened.project;
    const std::string id = recordInterview(checked, card, interviewId).id;

    const std::map<std::string, std::string> before = transcript.cardProperties();
    transcript.setCardProperties(cardToProperties(card, id));
    try {
        changeAndSave(opened, [&](Project& project) { recordInterview(project, card, id); });
    } catch (...) {
        transcript.setCardProperties(before);
        throw;
    }
    return id;
}

}  // namespace ets
