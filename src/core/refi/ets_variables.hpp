#pragma once
// The REFI-QDA Variables that carry ETS data other tools have no field for: the interview card
// (on each text source) and the register's entry (on each organisation's Case). Export writes
// them under these names; import reads them back by name (without regard to case).

namespace ets::refi::variables {

// Interview card, on text sources.
inline constexpr const char* kDate = "Interview date";                    // Date
inline constexpr const char* kDuration = "Interview duration (minutes)";  // Integer
inline constexpr const char* kInterviewers = "Interviewers";              // Text, "; "-joined
inline constexpr const char* kParticipants = "Participants (roles)";      // Text, "; "-joined
inline constexpr const char* kPlace = "Interview place";                  // Text
inline constexpr const char* kConsent = "Consent";                        // Boolean
inline constexpr const char* kInterviewStatus = "Interview status";       // Text

// Register of organisations, on cases.
inline constexpr const char* kKind = "Organisation kind";
inline constexpr const char* kSector = "Sector";
inline constexpr const char* kCommune = "Commune";
inline constexpr const char* kContact = "Contact";
inline constexpr const char* kReferent = "Referent";
inline constexpr const char* kRole = "Knot or lever";
inline constexpr const char* kOrganisationStatus = "Organisation status";

}  // namespace ets::refi::variables
