#include "core/register/new_transcript.hpp"

#include "core/project/free_file_name.hpp"
#include "core/project/project_paths.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

namespace ets {

namespace fs = std::filesystem;

namespace {

// A speaker's turn: the label in the speaker's character style, then the words typed after it.
Paragraph turn(ParagraphRole role, const std::string& label) {
    return withLeadingSpan(role, label.empty() ? label : label + " ", CharacterRole::Speaker, label.size());
}

fs::path withOdtExtension(fs::path file) {
    if (file.extension().empty())
        file += ".odt";
    return file;
}

}  // namespace

TranscriptTemplate transcriptTemplate(const InterviewCard& card, const std::vector<GuideQuestion>& questions,
                                      const Catalogue& texts) {
    const std::string organisation = trimmedName(card.organisation);
    TranscriptTemplate made;
    made.title = texts.text("transcript.title", {organisation});
    made.header = card.date.empty() ? organisation : texts.text("transcript.header", {organisation, card.date});
    const std::string interviewer = texts.text("transcript.interviewer_label");
    const std::string interviewee = texts.text("transcript.interviewee_label");
    made.paragraphs.push_back({ParagraphRole::Title, made.title, std::nullopt});
    made.paragraphs.push_back(turn(ParagraphRole::Interviewer, interviewer));
    made.paragraphs.push_back(turn(ParagraphRole::Interviewee, interviewee));
    for (const GuideQuestion& question : questions) {
        made.paragraphs.push_back({ParagraphRole::Heading2, question.question, std::nullopt});
        made.paragraphs.push_back(turn(ParagraphRole::Interviewee, interviewee));
    }
    return made;
}

fs::path defaultTranscriptFile(const fs::path& projectFolder, const InterviewCard& card) {
    const fs::path name = fs::u8path(transcriptFileName(card));
    return freeFileName(projectFolder / "transcripts", name.stem().u8string(), {name.extension().u8string()});
}

fs::path transcriptTarget(const fs::path& projectFolder, const std::optional<fs::path>& file,
                          const std::optional<fs::path>& folder, const InterviewCard& card) {
    if (!file && !folder)
        return {};
    const fs::path directory = folder ? *folder : projectFolder / "transcripts";
    return withOdtExtension(directory / (file ? *file : fs::path(transcriptFileName(card))));
}

NewInterview planNewTranscript(const OpenedProject& opened, InterviewCard card, const fs::path& target) {
    card = canonicalCard(opened.project, card);  // nothing is made for a card that would be refused
    if (!target.empty() && fs::exists(target))
        throw Error("transcript.exists", {target.string()});
    card.transcript = projectPathOf(opened.folder, target);
    Project checked = opened.project;
    const std::string id = recordInterview(checked, card, "").id;
    return {card, id};
}

}  // namespace ets
