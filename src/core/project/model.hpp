#pragma once
// The ETS project as plain values: the codebook, the field organisations, the interviews,
// the tagged passages, the timesheet and the settings. No file, JSON or UNO knowledge here.

#include "core/project/tracked_list.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Version of the project file layout; raise it (and add a migration) when the meaning of
// a stored field changes. Files from a newer version are refused rather than half-read.
// 2: the index of passages is kept apart by each office; revisions, tombstones and conflicts for the merge.
inline constexpr int kSchemaVersion = 2;

// Why an organisation was chosen: it lives a "knot" (needs a change of practice),
// it is exemplary for a "lever" (a transformative practice), or both.
enum class OrganisationRole { Knot, Lever, Both };

// Where the exploratory phase stands with an organisation.
enum class OrganisationStatus { Identified, Contacted, Planned, Interviewed, Declined };

// The activities of the research mission, as invoiced from the timesheet.
enum class Activity {
    PreparatoryMeeting,
    Protocol,
    Identification,
    Interviews,
    Transcription,
    Analysis,
    Writing,
    Restitution,
    Other
};

// What a theme is to the field (issue 12): a knot (a problem the field lives), a lever (a transformative
// practice) or both.
enum class ThemeKind { Knot, Lever, Both };

// The five parts of a theme's analysis, in the order the analysis document and the brief give them.
enum class AnalysisPart { Problem, Causes, Existing, Tensions, Proposal };
inline constexpr AnalysisPart kAnalysisParts[] = {AnalysisPart::Problem, AnalysisPart::Causes, AnalysisPart::Existing,
                                                  AnalysisPart::Tensions, AnalysisPart::Proposal};

// What an organisation can bring to a theme it would carry.
//   Analysis:   a reading of the problem;
//   Experience: it lives the theme (a knot);
//   Expertise:  it is exemplary for a lever on it.
enum class Capacity { Analysis, Experience, Expertise };

// Whether a recorded carrier is willing to carry the theme.
enum class Willingness { Yes, ToConfirm, No };

// A code of the codebook. Themes form a tree through parentId.
struct Theme {
    std::string id;
    std::string name;
    std::string description;
    std::string colour;    // "#RRGGBB", or empty for the default colour
    std::string parentId;  // empty = top level
};

struct Organisation {
    std::string id;
    std::string name;
    std::string kind;  // e.g. association, public service (free text)
    std::string sector;
    std::string commune;
    std::string contact;
    std::string referent;  // the steering-committee member who named it
    OrganisationRole role = OrganisationRole::Knot;
    OrganisationStatus status = OrganisationStatus::Identified;
    std::string notes;
    std::string plannedDate;  // YYYY-MM-DD of the interview planned with it, or empty (optional in the file)
};

struct Interview {
    std::string id;
    std::string organisationId;  // empty while not yet linked
    std::string date;            // YYYY-MM-DD, or empty while not yet fixed
    int durationMinutes = 0;
    std::vector<std::string> interviewers;
    std::vector<std::string> participants;  // roles rather than names by default (GDPR)
    std::string place;
    bool consent = false;
    std::string status;
    std::string transcript;  // path relative to the project folder
    // Added with the calendar (issue 17), each optional in the file: the date the interview is planned for, how and
    // when consent was given ("Oral": recorded orally, "Signed": a signed form), when a copy of the transcript was
    // sent to the people met for review, and when they validated it (all dates YYYY-MM-DD).
    std::string plannedDate;
    std::string consentDate;
    std::string consentForm;
    std::string reviewSent;
    std::string validated;
};

// A tagged stretch of a transcript. The transcript document is the reference; this is the
// project's index of it, rebuilt from the documents when they change.
struct Passage {
    std::string id;
    std::string transcript;  // path relative to the project folder
    std::string anchor;      // name of the anchor in the document
    std::vector<std::string> themeIds;
    std::string coder;
    std::string text;
    std::string memo;
    // Read with the text, from the transcript around it (core/coding/passage_context.hpp): who speaks, their words
    // just before the passage in the same turn, or the question the passage answers when it opens its turn.
    std::string speaker;
    std::string leadIn;
    std::string prompt;
};

struct HourEntry {
    std::string id;
    std::string date;  // YYYY-MM-DD
    std::string person;
    Activity activity = Activity::Other;
    std::string organisationId;  // empty when the work concerns no single organisation
    double hours = 0;            // > 0, in quarters of an hour
    std::string note;
};

// The file of a transcript as the index last read it: when its modification time and size are
// still these, its tags are those already in the index and the document need not be reopened.
struct TranscriptStamp {
    std::string transcript;     // as in Passage::transcript
    std::int64_t modified = 0;  // microseconds since 1970-01-01 UTC
    std::uint64_t size = 0;     // bytes
};

// A person named in the interviews (in the project's list of names to pseudonymise): quotes that
// leave the tandem show the role instead of the name.
struct PersonName {
    std::string name;  // as it may appear in a transcript, e.g. "Martine Dubois"
    std::string role;  // what replaces it, e.g. "coordinatrice"
};

struct Settings {
    std::string coder;         // name of the person coding on this machine
    double minimumHours = 75;  // hours the mission must reach (contract)
    std::string language;      // "fr", "nl", "en"; empty = follow LibreOffice
};

// A member of the steering committee who names field organisations (Organisation::referent
// holds their name). Each is expected to name 3 to 5 organisations.
struct Referent {
    std::string name;
    std::string organisation;  // the organisation the referent belongs to (free text)
};

// One question of the interview grid, asked in this order.
struct GuideQuestion {
    std::string question;
    std::string purpose;               // what the answer tells the tandem
    std::vector<std::string> prompts;  // follow-up prompts ("relances")
};

// What the tandem writes once and every interview guide repeats.
struct InterviewGuide {
    std::string presentation;  // how the ETS is presented to an organisation
    std::string consent;       // the consent wording read before recording
    std::vector<GuideQuestion> questions;
    std::string contact;  // who the people met write to about their data (GDPR notice); optional in the file
};

// The rules of the cycle of chantiers that follows the exploratory phase.
struct Cycle {
    std::string start;  // YYYY-MM of the first chantier; empty = the month after the project's data
    int chantiers = 6;  // over the whole cycle
    int perYear = 2;
    int participants = 40;  // places per chantier
    int days = 4;           // days per chantier
    int spanMonths = 1;     // the days are spread over this many months
    int placesPerOrganisation = 8;  // at most this many places of a chantier go to one carrying organisation
};

// The exploratory phase's own dates (optional in the file): its end, which the calendar counts down to.
struct Phase {
    std::string end;  // YYYY-MM-DD, or empty when not fixed
};

// The committee's amendments to the proposed programme, kept across runs.
struct ThemePriority {
    std::string themeId;
    double priority = 0;  // 1 = first; themes without a priority come after those with one
};
struct SlotChoice {
    int slot = 0;         // 1-based chantier number
    std::string themeId;  // the theme a person put in that slot
};
struct Committee {
    std::vector<ThemePriority> priorities;
    std::vector<SlotChoice> slots;
};

// A transcript another person had open when the codebook changed (a rename, merge or delete): its tags are rewritten
// when it is next opened by an office with the extension. Until then, reading it takes the change into account.
struct PendingRewrite {
    std::string transcript;  // as in Passage::transcript
    std::map<std::string, std::string>
        replacedThemes;  // a merged or deleted theme's id → the theme taking its place ("")
};

// The researcher's analysis of a theme (issue 12). One per theme; its id is the theme's id, so that two offices
// starting the analysis of one theme merge into one record. When `document` names an analysis document that exists,
// that document is the truth: the parts are read back from it (see core/analysis/analysis_document.hpp).
struct ThemeAnalysis {
    std::string id;  // = themeId
    std::string themeId;
    std::optional<ThemeKind> kind;
    std::string problem;
    std::string causes;
    std::string existing;
    std::string tensions;
    std::string proposal;
    std::string document;  // path relative to the project folder ("analyses/<theme>.odt"); kept when the theme is renamed

    std::string& part(AnalysisPart which);
    const std::string& part(AnalysisPart which) const;
};

// What the researcher marked on a passage beyond its tags: the themes it is a key quote for, and the themes its memo
// was written for (empty: the default of memoThemes in core/analysis/brief.hpp). The id is the passage's id.
struct PassageMark {
    std::string id;  // = the passage's id
    std::vector<std::string> keyQuoteThemeIds;
    std::vector<std::string> memoThemeIds;
};

// An organisation of the register recorded as able to carry a theme (vnd.ets:Carriers).
struct RecordedCarrier {
    std::string id;
    std::string themeId;
    std::string organisationId;
    std::vector<Capacity> capacities;  // in the order Analysis, Experience, Expertise
    Willingness willing = Willingness::ToConfirm;
    std::string contactRole;  // who would carry it there ("coordinatrice")
    std::string reason;       // why it can carry it, in the researcher's words
};

// An invoice made from the timesheet (vnd.ets:Invoice): its number is never given twice in a project, whichever office
// made it. Amounts in cents; -1 when the invoice left the amount to be filled in by hand.
struct InvoiceRecord {
    std::string id;
    std::string number;  // "2026-001": the year of its date, then its rank in that year
    std::string date;    // YYYY-MM-DD, the day it was made
    std::string from;    // the period invoiced, YYYY-MM-DD both ends
    std::string to;
    double hours = 0;               // the hours of the period
    long long amountCents = -1;     // what it asks for
    std::string file;               // the .odt's name, as written
};

struct Project {
    int schemaVersion = kSchemaVersion;
    std::string name;
    std::vector<Theme> themes;
    std::vector<Organisation> organisations;
    std::vector<Interview> interviews;
    // Tracked: a save knows without reading them that no passage changed (tracked_list.hpp).
    TrackedList<Passage> passages;
    std::vector<HourEntry> hours;
    std::vector<TranscriptStamp> transcripts;  // sorted by transcript, one each
    std::vector<PersonName> people;            // names to pseudonymise (optional in the file)
    Settings settings;
    // The method and the programme (issue 7); all optional in the file.
    std::vector<Referent> referents;
    InterviewGuide guide;
    Cycle cycle;
    Committee committee;
    Phase phase;  // optional in the file (issue 17)
    std::vector<PendingRewrite> pendingRewrites;  // optional in the file
    // The argument (issue 12); all optional in the file.
    std::vector<ThemeAnalysis> analyses;
    std::vector<PassageMark> passageMarks;
    std::vector<RecordedCarrier> carriers;
    // The invoices (issue 17); optional in the file.
    std::vector<InvoiceRecord> invoices;

    // Lookups return nullptr when nothing matches. Pointers are valid until the
    // collection they point into is changed.
    const Theme* findTheme(std::string_view id) const;
    Theme* findTheme(std::string_view id);
    // Exact match on the name as the person typed it.
    const Theme* findThemeByName(std::string_view name) const;
    const Organisation* findOrganisation(std::string_view id) const;
    Organisation* findOrganisation(std::string_view id);
    const Interview* findInterview(std::string_view id) const;
    Interview* findInterview(std::string_view id);
    const Passage* findPassage(std::string_view id) const;
    Passage* findPassage(std::string_view id);
    const ThemeAnalysis* findAnalysis(std::string_view themeId) const;
    const PassageMark* findPassageMark(std::string_view passageId) const;
};

// A new identifier such as "th-3fa92c01b7de": the prefix then 48 random bits in hex.
// Random rather than sequential so that two coders working on copies of the same
// project do not hand out the same ids.
std::string newId(std::string_view prefix);

// The English identifiers below are what the project file and the automation
// arguments use; they are never shown to people as such.
std::string toString(OrganisationRole role);
std::string toString(OrganisationStatus status);
std::string toString(Activity activity);
std::optional<OrganisationRole> parseOrganisationRole(std::string_view text);
std::optional<OrganisationStatus> parseOrganisationStatus(std::string_view text);
std::optional<Activity> parseActivity(std::string_view text);
std::string toString(ThemeKind kind);
std::string toString(AnalysisPart part);  // "Problem", "Causes", "Existing", "Tensions", "Proposal"
std::string toString(Capacity capacity);
std::string toString(Willingness willing);  // "Yes", "ToConfirm", "No"
// The parsers of the argument's values accept any case.
std::optional<ThemeKind> parseThemeKind(std::string_view text);
std::optional<AnalysisPart> parseAnalysisPart(std::string_view text);
std::optional<Capacity> parseCapacity(std::string_view text);
std::optional<Willingness> parseWillingness(std::string_view text);

}  // namespace ets
