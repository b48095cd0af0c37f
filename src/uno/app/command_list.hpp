#pragma once
// Every ETS command, once. Each line: the name after "vnd.ets:", the function of commands/ that runs it, the
// documents whose ETS menu shows it, whether it needs an open project, its arguments (as docs/automation.md names
// them), and its place in the menu (a new hundred starts a group after a separator).
//
// This is the only list of commands. It is expanded three times: by the command table (command_table.cpp), which
// the protocol handler and the automation service route by; by extension/write_addons.cpp, which writes the ETS
// menu (Addons.xcu) from it at build time; and by a unit test that holds docs/automation.md to its arguments.
// It includes no UNO header, so that those two tools build without LibreOffice's.

// Documents: WriterAndCalc, Writer, Calc. Project: NeedsProject, NoProject, NoSession (see ProjectNeed).
#define ETS_COMMAND_LIST(COMMAND)                                                                                      \
    COMMAND(OpenProject, openProject, WriterAndCalc, NoProject, "Folder Create Demo Name Coder RestoreBackup", 10)                   \
    COMMAND(Organisations, organisations, WriterAndCalc, NeedsProject,                                                 \
            "Action Name NewName Kind Sector Commune Contact Referent Role Status Notes PlannedDate Force "           \
            "Organisation",                                                                                            \
            100)                                                                                                       \
    COMMAND(NewTranscript, newTranscript, Writer, NeedsProject,                                                        \
            "Organisation Date DurationMinutes Interviewers Participants ParticipantNames Place Consent Status "       \
            "PlannedDate ConsentDate ConsentForm Validated File Folder Hidden",                                        \
            110)                                                                                                       \
    COMMAND(RecordInterview, recordInterview, Writer, NeedsProject,                                                    \
            "Organisation Date DurationMinutes Interviewers Participants ParticipantNames Place Consent Status "       \
            "PlannedDate ConsentDate ConsentForm Validated",                                                           \
            120)                                                                                                       \
    COMMAND(InterviewGuide, interviewGuide, Writer, NeedsProject, "Questions Presentation Consent Contact Target Hidden", \
            130)                                                                                                       \
    COMMAND(ReviewCopy, reviewCopy, Writer, NeedsProject, "Transcript Format Folder", 140)                             \
    COMMAND(Themes, themes, WriterAndCalc, NeedsProject, "Action Name NewName Into Parent Description Colour Force",   \
            300)                                                                                                       \
    COMMAND(TagSelection, tagSelection, Writer, NeedsProject, "Themes Memo KeyQuote MemoThemes", 310)                  \
    COMMAND(QuickTag, quickTag, Writer, NeedsProject, "Theme Number", 315)                                             \
    COMMAND(Untag, untag, Writer, NeedsProject, "Themes", 320)                                                         \
    COMMAND(ShowCoders, showCoders, Writer, NeedsProject, "Show", 335)                                                 \
    COMMAND(CopyForSecondCoder, copyForSecondCoder, Writer, NeedsProject, "Coder", 340)                                \
    COMMAND(TranscriptPdf, transcriptPdf, Writer, NeedsProject, "File Notes", 342)                                     \
    COMMAND(MergeCoding, mergeCoding, WriterAndCalc, NeedsProject, "From Transcript", 345)                             \
    COMMAND(SearchAndTag, searchAndTag, WriterAndCalc, NeedsProject,                                                   \
            "Query Regex WholeWord MatchCase Unit Transcripts Themes Force", 350)                                      \
    COMMAND(Passages, passages, Writer, NeedsProject, "Action Scope Theme Organisation Coder Anchor Transcript Memo", 330)  \
    COMMAND(TallyThemes, tallyThemes, Calc, NeedsProject, "Organisations Themes Coder", 500)                           \
    COMMAND(OrganisationsSheet, organisationsSheet, Calc, NeedsProject, "", 510)                                       \
    COMMAND(CalendarSheet, calendarSheet, Calc, NeedsProject, "PhaseEnd", 515)                                         \
    COMMAND(Agreement, agreement, Calc, NeedsProject, "Coders Transcripts Themes MinOverlap", 520)                     \
    COMMAND(LogHours, logHours, WriterAndCalc, NeedsProject, "Date Person Activity Organisation Hours Note", 600)      \
    COMMAND(HoursSheet, hoursSheet, Calc, NeedsProject, "", 610)                                                       \
    COMMAND(Invoice, invoice, WriterAndCalc, NeedsProject, "From To Folder", 620)                                      \
    COMMAND(ThemeAnalysis, themeAnalysis, Writer, NeedsProject,                                                        \
            "Theme Kind Problem Causes Existing Tensions Proposal Hidden", 690)                                        \
    COMMAND(Carriers, carriers, WriterAndCalc, NeedsProject,                                                           \
            "Action Theme Organisation Capacity Willing ContactRole Reason", 695)                                     \
    COMMAND(InsertBrief, insertBrief, Writer, NeedsProject,                                                            \
            "Theme Target Quotes Pseudonymise AnonymiseOrganisations Hidden", 700)                                     \
    COMMAND(Deliverable, deliverable, Writer, NeedsProject,                                                            \
            "Themes Folder Pseudonymise AnonymiseOrganisations Pdf Hidden", 710)                                           \
    COMMAND(Pseudonyms, pseudonyms, Writer, NeedsProject, "People", 715)                                               \
    COMMAND(Programme, programme, Calc, NeedsProject, "Start Slots Chantiers PerYear Participants Days SpanMonths "   \
            "PlacesPerOrganisation",                                                                                   \
            720)                                                                                                       \
    COMMAND(ExportQdpx, exportQdpx, WriterAndCalc, NeedsProject, "File", 800)                                          \
    COMMAND(ImportQdpx, importQdpx, WriterAndCalc, NeedsProject, "File", 810)                                          \
    COMMAND(ExportQdc, exportQdc, WriterAndCalc, NeedsProject, "File", 820)                                            \
    COMMAND(ImportQdc, importQdc, WriterAndCalc, NeedsProject, "File", 830)                                            \
    COMMAND(Conflicts, conflicts, WriterAndCalc, NeedsProject, "Action", 890)                                        \
    COMMAND(Guide, guide, WriterAndCalc, NoSession, "Topic", 900)                                                   \
    COMMAND(About, about, WriterAndCalc, NoProject, "", 910)

namespace ets::uno {

// Where a command's menu entry is shown, and where it is enabled.
enum class Documents { Writer = 1, Calc = 2, WriterAndCalc = 3 };
// NoSession: needs nothing of the project nor of the session, and so runs even while another command holds them or the
// project's file is damaged (the user guide).
enum class ProjectNeed { NoProject, NeedsProject, NoSession };

}  // namespace ets::uno
