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

// Where an interview stands; stored as these English identifiers, shown translated.
inline constexpr const char* kInterviewStatuses[] = {"Planned", "Held", "Transcribed", "Coded"};

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
};

// Checks a card against the project, throwing:
//   interview.bad_date {value}       not a real YYYY-MM-DD date
//   interview.bad_duration {value}   negative or longer than 24 hours
//   interview.bad_status {value}     not one of kInterviewStatuses
//   organisation.unknown {name}      the organisation is not in the register (an empty one is too)
void checkInterviewCard(const Project& project, const InterviewCard& card);

// The card as it is stored: checked (as above), the organisation named as the register names it,
// the status written as its identifier ("transcribed" -> "Transcribed").
InterviewCard canonicalCard(const Project& project, InterviewCard card);

// The card's own fields as an interview: no id and no organisation yet (the callers find those).
Interview interviewOfCard(const InterviewCard& card);

// Adds the interview (a new id when interviewId is empty or unknown to this project) or replaces
// the card of the existing one. Checks first: on Error the project is as it was.
Interview& recordInterview(Project& project, const InterviewCard& card, const std::string& interviewId);

// An interview id the project does not use yet.
std::string newInterviewId(const Project& project);

// The card of an interview of the project (its organisation by name; no participant names).
InterviewCard cardOfInterview(const Project& project, const Interview& interview);

// The document properties of a card: "ETS.InterviewId", "ETS.Organisation", "ETS.Date",
// "ETS.DurationMinutes", "ETS.Interviewers", "ETS.Participants", "ETS.ParticipantNames" (only
// when names are given), "ETS.Place", "ETS.Consent" ("true"/"false"), "ETS.Status".
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
