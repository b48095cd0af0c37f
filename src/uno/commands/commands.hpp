#pragma once
// One function per ETS command; each lives in its own file of this folder.

#include "commands/command.hpp"
#include "core/refi/import_plan.hpp"
#include "dialogs/open_project_dialog.hpp"

#include "core/register/interview_card.hpp"
#include <filesystem>

namespace ets {
class TextSpan;
}
namespace ets::uno {
class WriterTranscript;
}

namespace ets::uno::commands {

CommandOutcome openProject(CommandCall& call);   // vnd.ets:OpenProject
// OpenProject's work on a request (from its dialog, the first-run dialog or its arguments): the project opened,
// created or copied from the demo, as the outcome's `opened`.
CommandOutcome openOrCreateProject(CommandCall& call, const ProjectRequest& request);
CommandOutcome about(CommandCall& call);
CommandOutcome guide(CommandCall& call);  // vnd.ets:Guide
CommandOutcome conflicts(CommandCall& call);  // vnd.ets:Conflicts         // vnd.ets:About
CommandOutcome themes(CommandCall& call);        // vnd.ets:Themes
CommandOutcome tagSelection(CommandCall& call);  // vnd.ets:TagSelection
// TagSelection's dialog on a span of a transcript (Passages re-tags a passage with it).
CommandOutcome tagSpanWithDialog(CommandCall& call, WriterTranscript& transcript, const TextSpan& span);
CommandOutcome quickTag(CommandCall& call);  // vnd.ets:QuickTag
// The themes used last (names, most recent first): the tagging dialog and the sidebar show them first.
std::vector<std::string>& recentThemes();
CommandOutcome untag(CommandCall& call);            // vnd.ets:Untag
CommandOutcome copyForSecondCoder(CommandCall& call);  // vnd.ets:CopyForSecondCoder
CommandOutcome reviewCopy(CommandCall& call);          // vnd.ets:ReviewCopy
CommandOutcome transcriptPdf(CommandCall& call);       // vnd.ets:TranscriptPdf
CommandOutcome mergeCoding(CommandCall& call);         // vnd.ets:MergeCoding
CommandOutcome searchAndTag(CommandCall& call);        // vnd.ets:SearchAndTag
CommandOutcome showCoders(CommandCall& call);          // vnd.ets:ShowCoders
CommandOutcome passages(CommandCall& call);         // vnd.ets:Passages
CommandOutcome organisations(CommandCall& call);    // vnd.ets:Organisations
CommandOutcome recordInterview(CommandCall& call);  // vnd.ets:RecordInterview
CommandOutcome newTranscript(CommandCall& call);    // vnd.ets:NewTranscript
// RecordInterview's arguments (NewTranscript takes them too) put over `base`: Organisation, Date, DurationMinutes,
// Interviewers, Participants and ParticipantNames (";"-separated), Place, Consent, Status, PlannedDate, ConsentDate,
// ConsentForm, Validated.
InterviewCard cardFromArguments(const Arguments& arguments, InterviewCard base);

CommandOutcome tallyThemes(CommandCall& call);         // vnd.ets:TallyThemes
CommandOutcome organisationsSheet(CommandCall& call);  // vnd.ets:OrganisationsSheet
CommandOutcome calendarSheet(CommandCall& call);       // vnd.ets:CalendarSheet
CommandOutcome agreement(CommandCall& call);           // vnd.ets:Agreement
CommandOutcome logHours(CommandCall& call);            // vnd.ets:LogHours
CommandOutcome hoursSheet(CommandCall& call);          // vnd.ets:HoursSheet
CommandOutcome invoice(CommandCall& call);             // vnd.ets:Invoice

CommandOutcome interviewGuide(CommandCall& call);  // vnd.ets:InterviewGuide
CommandOutcome themeAnalysis(CommandCall& call);   // vnd.ets:ThemeAnalysis
CommandOutcome carriers(CommandCall& call);        // vnd.ets:Carriers
CommandOutcome programme(CommandCall& call);       // vnd.ets:Programme
CommandOutcome insertBrief(CommandCall& call);     // vnd.ets:InsertBrief
CommandOutcome pseudonyms(CommandCall& call);      // vnd.ets:Pseudonyms
CommandOutcome deliverable(CommandCall& call);     // vnd.ets:Deliverable
CommandOutcome exportQdpx(CommandCall& call);      // vnd.ets:ExportQdpx
CommandOutcome exportQdc(CommandCall& call);       // vnd.ets:ExportQdc
CommandOutcome importQdpx(CommandCall& call);      // vnd.ets:ImportQdpx
CommandOutcome importQdc(CommandCall& call);       // vnd.ets:ImportQdc
// ImportQdpx's import of a file picked or given as File, with the plan of a project (.qdpx) or of a codebook (.qdc).
CommandOutcome importExchangeFile(CommandCall& call, const char* extension, const char* filterKey,
                                  refi::ImportPlan (*plan)(const Project&, const std::filesystem::path&));

}  // namespace ets::uno::commands
