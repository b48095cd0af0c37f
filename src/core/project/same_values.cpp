#include "core/project/same_values.hpp"

#include <cstring>
#include <tuple>

namespace ets {
namespace {

// Bit for bit: 0.0 and -0.0 are two texts in the file.
bool sameNumber(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// A struct of the same members in the same order has the same size: when a model struct grows a field, its size
// changes and the build stops here, so that the field is added to same() (an incremental save that does not see a
// change would not write it).
template <typename Model, typename Mirror>
constexpr bool sameLayout() {
    return sizeof(Model) == sizeof(Mirror);
}

using S = std::string;
using List = std::vector<std::string>;
struct ThemeMirror {
    S a, b, c, d, e;
};
struct OrganisationMirror {
    S a, b, c, d, e, f, g;
    OrganisationRole r;
    OrganisationStatus s;
    S n, p;
};
struct InterviewMirror {
    S a, b, c;
    int d;
    List e, f;
    S g;
    bool h;
    S i, j, k, l, m, n, o;
};
struct PassageMirror {
    S a, b, c;
    List d;
    S e, f, g, h, i, j;
};
struct HourEntryMirror {
    S a, b, c;
    Activity d;
    S e;
    double f;
    S g;
};
struct StampMirror {
    S a;
    std::int64_t b;
    std::uint64_t c;
};
struct PersonMirror {
    S a, b;
};
struct SettingsMirror {
    S a;
    double b;
    S c;
};
struct ReferentMirror {
    S a, b;
};
struct QuestionMirror {
    S a, b;
    List c;
};
struct GuideMirror {
    S a, b;
    std::vector<GuideQuestion> c;
    S d;
};
struct PhaseMirror {
    S a;
};
struct CycleMirror {
    S a;
    int b, c, d, e, f, g;
};
struct PriorityMirror {
    S a;
    double b;
};
struct SlotMirror {
    int a;
    S b;
};
struct CommitteeMirror {
    std::vector<ThemePriority> a;
    std::vector<SlotChoice> b;
};
struct PendingMirror {
    S a;
    std::map<S, S> b;
};
struct AnalysisMirror {
    S a, b;
    std::optional<ThemeKind> c;
    S d, e, f, g, h, i;
};
struct MarkMirror {
    S a;
    List b, c;
};
struct CarrierMirror {
    S a, b, c;
    std::vector<Capacity> d;
    Willingness e;
    S f, g;
};
struct InvoiceMirror {
    S a, b, c, d, e;
    double f;
    long long g;
    S h;
};

static_assert(sameLayout<Theme, ThemeMirror>(), "Theme changed: update same(Theme) and its mirror");
static_assert(sameLayout<Organisation, OrganisationMirror>(), "Organisation changed: update same() and its mirror");
static_assert(sameLayout<Interview, InterviewMirror>(), "Interview changed: update same() and its mirror");
static_assert(sameLayout<Passage, PassageMirror>(), "Passage changed: update same() and its mirror");
static_assert(sameLayout<HourEntry, HourEntryMirror>(), "HourEntry changed: update same() and its mirror");
static_assert(sameLayout<TranscriptStamp, StampMirror>(), "TranscriptStamp changed: update same() and its mirror");
static_assert(sameLayout<PersonName, PersonMirror>(), "PersonName changed: update same() and its mirror");
static_assert(sameLayout<Settings, SettingsMirror>(), "Settings changed: update same() and its mirror");
static_assert(sameLayout<Referent, ReferentMirror>(), "Referent changed: update same() and its mirror");
static_assert(sameLayout<GuideQuestion, QuestionMirror>(), "GuideQuestion changed: update same() and its mirror");
static_assert(sameLayout<InterviewGuide, GuideMirror>(), "InterviewGuide changed: update same() and its mirror");
static_assert(sameLayout<Phase, PhaseMirror>(), "Phase changed: update same() and its mirror");
static_assert(sameLayout<Cycle, CycleMirror>(), "Cycle changed: update same() and its mirror");
static_assert(sameLayout<ThemePriority, PriorityMirror>(), "ThemePriority changed: update same() and its mirror");
static_assert(sameLayout<SlotChoice, SlotMirror>(), "SlotChoice changed: update same() and its mirror");
static_assert(sameLayout<Committee, CommitteeMirror>(), "Committee changed: update same() and its mirror");
static_assert(sameLayout<PendingRewrite, PendingMirror>(), "PendingRewrite changed: update same() and its mirror");
static_assert(sameLayout<ThemeAnalysis, AnalysisMirror>(), "ThemeAnalysis changed: update same() and its mirror");
static_assert(sameLayout<PassageMark, MarkMirror>(), "PassageMark changed: update same() and its mirror");
static_assert(sameLayout<RecordedCarrier, CarrierMirror>(), "RecordedCarrier changed: update same() and its mirror");
static_assert(sameLayout<InvoiceRecord, InvoiceMirror>(), "InvoiceRecord changed: update same() and its mirror");

}  // namespace

bool same(const Theme& a, const Theme& b) {
    return std::tie(a.id, a.name, a.description, a.colour, a.parentId) ==
           std::tie(b.id, b.name, b.description, b.colour, b.parentId);
}

bool same(const Organisation& a, const Organisation& b) {
    return std::tie(a.id, a.name, a.kind, a.sector, a.commune, a.contact, a.referent, a.role, a.status, a.notes,
                    a.plannedDate) == std::tie(b.id, b.name, b.kind, b.sector, b.commune, b.contact, b.referent, b.role,
                                               b.status, b.notes, b.plannedDate);
}

bool same(const Interview& a, const Interview& b) {
    return std::tie(a.id, a.organisationId, a.date, a.durationMinutes, a.interviewers, a.participants, a.place,
                    a.consent, a.status, a.transcript, a.plannedDate, a.consentDate, a.consentForm, a.reviewSent,
                    a.validated) == std::tie(b.id, b.organisationId, b.date, b.durationMinutes, b.interviewers,
                                             b.participants, b.place, b.consent, b.status, b.transcript, b.plannedDate,
                                             b.consentDate, b.consentForm, b.reviewSent, b.validated);
}

bool same(const Passage& a, const Passage& b) {
    return std::tie(a.id, a.transcript, a.anchor, a.themeIds, a.coder, a.text, a.memo, a.speaker, a.leadIn, a.prompt) ==
           std::tie(b.id, b.transcript, b.anchor, b.themeIds, b.coder, b.text, b.memo, b.speaker, b.leadIn, b.prompt);
}

bool same(const HourEntry& a, const HourEntry& b) {
    return sameNumber(a.hours, b.hours) && std::tie(a.id, a.date, a.person, a.activity, a.organisationId, a.note) ==
                                               std::tie(b.id, b.date, b.person, b.activity, b.organisationId, b.note);
}

bool same(const TranscriptStamp& a, const TranscriptStamp& b) {
    return std::tie(a.transcript, a.modified, a.size) == std::tie(b.transcript, b.modified, b.size);
}

bool same(const PersonName& a, const PersonName& b) { return a.name == b.name && a.role == b.role; }

bool same(const Settings& a, const Settings& b) {
    return sameNumber(a.minimumHours, b.minimumHours) && a.coder == b.coder && a.language == b.language;
}

bool same(const Referent& a, const Referent& b) { return a.name == b.name && a.organisation == b.organisation; }

bool same(const GuideQuestion& a, const GuideQuestion& b) {
    return std::tie(a.question, a.purpose, a.prompts) == std::tie(b.question, b.purpose, b.prompts);
}

bool same(const InterviewGuide& a, const InterviewGuide& b) {
    return a.presentation == b.presentation && a.consent == b.consent && a.contact == b.contact &&
           same(a.questions, b.questions);
}

bool same(const Phase& a, const Phase& b) { return a.end == b.end; }

bool same(const Cycle& a, const Cycle& b) {
    return std::tie(a.start, a.chantiers, a.perYear, a.participants, a.days, a.spanMonths, a.placesPerOrganisation) ==
           std::tie(b.start, b.chantiers, b.perYear, b.participants, b.days, b.spanMonths, b.placesPerOrganisation);
}

bool same(const ThemePriority& a, const ThemePriority& b) {
    return a.themeId == b.themeId && sameNumber(a.priority, b.priority);
}

bool same(const SlotChoice& a, const SlotChoice& b) { return a.slot == b.slot && a.themeId == b.themeId; }

bool same(const Committee& a, const Committee& b) { return same(a.priorities, b.priorities) && same(a.slots, b.slots); }

bool same(const PendingRewrite& a, const PendingRewrite& b) {
    return a.transcript == b.transcript && a.replacedThemes == b.replacedThemes;
}

bool same(const ThemeAnalysis& a, const ThemeAnalysis& b) {
    return std::tie(a.id, a.themeId, a.kind, a.problem, a.causes, a.existing, a.tensions, a.proposal, a.document) ==
           std::tie(b.id, b.themeId, b.kind, b.problem, b.causes, b.existing, b.tensions, b.proposal, b.document);
}

bool same(const PassageMark& a, const PassageMark& b) {
    return std::tie(a.id, a.keyQuoteThemeIds, a.memoThemeIds) == std::tie(b.id, b.keyQuoteThemeIds, b.memoThemeIds);
}

bool same(const RecordedCarrier& a, const RecordedCarrier& b) {
    return std::tie(a.id, a.themeId, a.organisationId, a.capacities, a.willing, a.contactRole, a.reason) ==
           std::tie(b.id, b.themeId, b.organisationId, b.capacities, b.willing, b.contactRole, b.reason);
}

bool same(const InvoiceRecord& a, const InvoiceRecord& b) {
    return sameNumber(a.hours, b.hours) &&
           std::tie(a.id, a.number, a.date, a.from, a.to, a.amountCents, a.file) ==
               std::tie(b.id, b.number, b.date, b.from, b.to, b.amountCents, b.file);
}

}  // namespace ets
