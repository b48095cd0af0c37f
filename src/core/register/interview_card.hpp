#pragma once
// The card of one interview (who, when, how long, with whom, consent), as a person fills it in,
// as the project stores it and as its transcript carries it in user-defined document properties.

#include "core/project/model.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Name of the document property that holds the interview's id: a document that has it is an
// ETS transcript (the tagging commands rely on this exact name).
inline constexpr const char* kInterviewIdProperty = "ETS.InterviewId";
// Every card property starts with this, so that the card can be told from the author's own properties.
inline constexpr const char* kCardPropertyPrefix = "ETS.";

// Where an interview stands, in the order it goes; stored as these English identifiers, shown translated (the card
// dialog's list follows this order). "SentForReview" and "Validated" came with the calendar (issue 17).
inline constexpr const char* kInterviewStatuses[] = {"Planned",   "Held", "Transcribed", "SentForReview",
                                                     "Validated", "Coded"};

// How consent was given: recorded orally at the start of the interview, or on a signed form.
inline constexpr const char* kConsentForms[] = {"Oral", "Signed"};

struct InterviewCard {
    std::string organisation;  // the organisation's name, as in the register
    std::string date;          // YYYY-MM-DD, or empty while not yet fixed
    int durationMinutes = 0;
    std::vector<std::string> interviewers;
    std::vector<std::string> participants;  // roles ("coordinatrice"), never names
    std::vector<std::string>
        participantNames;  // personal data: kept in the transcript only, never in the project or in quotes
    std::string place;
    bool consent = false;
    std::string status;      // one of kInterviewStatuses, or empty
    std::string transcript;  // relative to the project folder when inside it, else absolute; may be empty
    std::string plannedDate;  // YYYY-MM-DD the interview is planned for, or empty
    std::string consentDate;  // YYYY-MM-DD consent was given, or empty
    std::string consentForm;  // one of kConsentForms, or empty
    std::string reviewSent;   // YYYY-MM-DD a review copy was sent to the people met (vnd.ets:ReviewCopy), or empty
    std::string validated;    // YYYY-MM-DD they validated the transcript, or empty
};

// Checks a card against the project, throwing:
//   interview.bad_date {value}       a date (of the interview, planned, of consent, of review) that is not a real
//                                    YYYY-MM-DD date
//   interview.bad_duration {value}   negative or longer than 24 hours
//   interview.bad_status {value}     not one of kInterviewStatuses
//   interview.bad_consent_form {value}  not one of kConsentForms
//   organisation.unknown {name}      the organisation is not in the register (an empty one is too)
void checkInterviewCard(const Project& project, const InterviewCard& card);

// The card as it is stored: checked (as above), the organisation named as the register names it,
// the status and the consent form written as their identifiers ("transcribed" -> "Transcribed", "signed" -> "Signed").
InterviewCard canonicalCard(const Project& project, InterviewCard card);

// The card's own fields as an interview: no id and no organisation yet (the callers find those).
Interview interviewOfCard(const InterviewCard& card);

// Adds the interview (a new id when interviewId is empty or unknown to this project) or replaces
// the card of the existing one. Checks first: on Error the project is as it was.
Interview& recordInterview(Project& project, const InterviewCard& card, const std::string& interviewId);

// Whether an interview with this status has taken place: any status but "Planned" or none.
bool isHeldStatus(std::string_view status);

// A planned date set or changed to a day before `today` (YYYY-MM-DD) for an interview that has not taken place yet is
// refused: interview.planned_past {date, today}. `before` is the planned date stored until now (empty for a new
// card): a date kept as it was is never refused, so that a card can still be changed after its day has passed.
void checkPlannedDate(const std::string& planned, const std::string& before, bool held, const std::string& today);
// The same for the card of the interview `interviewId` (new when the project does not know it).
void checkCardPlan(const Project& project, const InterviewCard& card, const std::string& interviewId,
                   const std::string& today);

// The review copy of the interview's transcript was sent on `date`: the card says so, and its status moves to
// "SentForReview" unless it is already there or further (validated, coded). Throws interview.unknown {id}.
void recordReviewSent(Project& project, const std::string& interviewId, const std::string& date);

// An interview id the project does not use yet.
std::string newInterviewId(const Project& project);

// The card of an interview of the project (its organisation by name; no participant names).
InterviewCard cardOfInterview(const Project& project, const Interview& interview);

// The document properties of a card: "ETS.InterviewId", "ETS.Organisation", "ETS.Date",
// "ETS.DurationMinutes", "ETS.Interviewers", "ETS.Participants", "ETS.ParticipantNames" (only
// when names are given), "ETS.Place", "ETS.Consent" ("true"/"false"), "ETS.Status"; and, only when set,
// "ETS.PlannedDate", "ETS.ConsentDate", "ETS.ConsentForm", "ETS.ReviewSent", "ETS.Validated".
// Lists are joined with "; ". The transcript path is not stored: the document knows where it is.
std::map<std::string, std::string> cardToProperties(const InterviewCard& card, const std::string& interviewId);

struct StoredCard {
    std::string interviewId;  // empty when the document carries no card
    InterviewCard card;
};
// Reads back what cardToProperties wrote, ignoring other properties; a missing property gives the
// field's default. A duration that is not a whole number throws interview.bad_duration {value}.
StoredCard cardFromProperties(const std::map<std::string, std::string>& properties);

// Every property name a card may use (ETS.InterviewId first): the ones to replace when a card is
// written again. Other "ETS." properties of the document (its tags, say) are not the card's.
std::vector<std::string> cardPropertyNames();

// A file name for a new transcript: "<organisation>-<date>.odt" in lower-case ASCII letters,
// digits and hyphens ("Maison médicale Le Sureau", "2026-11-05" -> "maison-medicale-le-sureau-2026-11-05.odt").
std::string transcriptFileName(const InterviewCard& card);

// "a; b ;; c" -> {"a", "b", "c"}: how people and macros type lists of interviewers and participants.
std::vector<std::string> splitEntries(std::string_view text);
std::string joinEntries(const std::vector<std::string>& items);

// A duration typed by a person or a macro: a whole number of minutes ("90", " 90 ", "90.0").
// Throws interview.bad_duration {text} otherwise; the 0..24 h range is checked by checkInterviewCard.
int parseDurationMinutes(std::string_view text);
// A duration a macro gave as a number: whole minutes (the 0..24 h range is checkInterviewCard's). Throws
// interview.bad_duration {asTyped} otherwise.
int wholeMinutes(double minutes, std::string_view asTyped);

}  // namespace ets
