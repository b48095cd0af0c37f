#include "core/register/interview_card.hpp"

#include "core/register/organisations.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

namespace ets {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

const std::string kOrganisation = "ETS.Organisation";
const std::string kDate = "ETS.Date";
const std::string kDuration = "ETS.DurationMinutes";
const std::string kInterviewers = "ETS.Interviewers";
const std::string kParticipants = "ETS.Participants";
const std::string kParticipantNames = "ETS.ParticipantNames";
const std::string kPlace = "ETS.Place";
const std::string kConsent = "ETS.Consent";
const std::string kStatus = "ETS.Status";
const std::string kPlannedDate = "ETS.PlannedDate";
const std::string kConsentDate = "ETS.ConsentDate";
const std::string kConsentForm = "ETS.ConsentForm";
const std::string kReviewSent = "ETS.ReviewSent";
const std::string kValidated = "ETS.Validated";

std::string canonicalConsentForm(const std::string& form) {
    const std::string trimmed = trimmedName(form);
    if (trimmed.empty())
        return trimmed;
    for (const char* known : kConsentForms)
        if (sameName(known, trimmed))
            return known;
    throw Error("interview.bad_consent_form", {form});
}

void checkDate(const std::string& date) {
    if (!date.empty() && !isValidDate(date))
        throw Error("interview.bad_date", {date});
}

std::string canonicalStatus(const std::string& status) {
    const std::string trimmed = trimmedName(status);
    if (trimmed.empty())
        return trimmed;
    for (const char* known : kInterviewStatuses) {
        if (sameName(known, trimmed))
            return known;
    }
    throw Error("interview.bad_status", {status});
}

std::string valueOr(const std::map<std::string, std::string>& properties, const std::string& key) {
    auto found = properties.find(key);
    return found == properties.end() ? std::string() : found->second;
}

// The ASCII letter a Latin-1 letter is written with in a file name (é -> e), 0 when none.
char asciiOf(unsigned char latin1) {
    static const char* const kFrom = "\xC0\xC1\xC2\xC3\xC4\xC5\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD1\xD2\xD3\xD4"
                                     "\xD5\xD6\xD9\xDA\xDB\xDC\xDD";
    static const char* const kTo = "aaaaaaceeeeiiiinooooouuuuy";
    if (latin1 >= 0xE0 && latin1 != 0xF7)
        latin1 = static_cast<unsigned char>(latin1 - 0x20);
    for (std::size_t i = 0; kFrom[i]; ++i)
        if (static_cast<unsigned char>(kFrom[i]) == latin1)
            return kTo[i];
    return 0;
}

}  // namespace

std::vector<std::string> cardPropertyNames() {
    return {kInterviewIdProperty, kOrganisation, kDate,        kDuration,    kInterviewers, kParticipants,
            kParticipantNames,    kPlace,        kConsent,     kStatus,      kPlannedDate,  kConsentDate,
            kConsentForm,         kReviewSent,   kValidated};
}

std::string transcriptFileName(const InterviewCard& card) {
    const std::string source = trimmedName(card.organisation) + " " + card.date;
    std::string name;
    for (std::size_t i = 0; i < source.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(source[i]);
        char letter = 0;
        if (std::isalnum(c) && c < 0x80) {
            letter = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < source.size()) {
            letter = asciiOf(static_cast<unsigned char>(static_cast<unsigned char>(source[++i]) + 0x40));
        }
        if (letter)
            name += letter;
        else if (!name.empty() && name.back() != '-')
            name += '-';
    }
    while (!name.empty() && name.back() == '-')
        name.pop_back();
    if (name.size() > 80)
        name.resize(80);
    return (name.empty() ? std::string("entretien") : name) + ".odt";
}

std::vector<std::string> splitEntries(std::string_view text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string item = trimmedName(text.substr(start, end - start));
        if (!isBlank(item))
            items.push_back(std::move(item));
        start = end + 1;
    }
    return items;
}

std::string joinEntries(const std::vector<std::string>& items) { return joined(items, "; "); }

int parseDurationMinutes(std::string_view text) {
    const std::string trimmed = trimmedName(text);
    if (trimmed.empty())
        return 0;
    double value = 0;
    const char* end = trimmed.data() + trimmed.size();
    const auto result = std::from_chars(trimmed.data(), end, value);
    if (result.ec != std::errc() || result.ptr != end)
        throw Error("interview.bad_duration", {std::string(text)});
    return wholeMinutes(value, text);
}

int wholeMinutes(double minutes, std::string_view asTyped) {
    if (!std::isfinite(minutes) || minutes != std::floor(minutes) || std::fabs(minutes) > 1e6)
        throw Error("interview.bad_duration", {std::string(asTyped)});
    return static_cast<int>(minutes);
}

void checkInterviewCard(const Project& project, const InterviewCard& card) {
    for (const std::string* date : {&card.date, &card.plannedDate, &card.consentDate, &card.reviewSent, &card.validated})
        checkDate(*date);
    if (card.durationMinutes < 0 || card.durationMinutes > kMinutesPerDay)
        throw Error("interview.bad_duration", {std::to_string(card.durationMinutes)});
    canonicalStatus(card.status);
    canonicalConsentForm(card.consentForm);
    if (!findOrganisationNamed(project, card.organisation))
        throw Error("organisation.unknown", {trimmedName(card.organisation)});
}

InterviewCard canonicalCard(const Project& project, InterviewCard card) {
    checkInterviewCard(project, card);
    card.organisation = findOrganisationNamed(project, card.organisation)->name;
    card.status = canonicalStatus(card.status);
    card.consentForm = canonicalConsentForm(card.consentForm);
    return card;
}

bool isHeldStatus(std::string_view status) {
    const std::string trimmed = trimmedName(status);
    return !trimmed.empty() && !sameName(trimmed, "Planned");
}

void checkPlannedDate(const std::string& planned, const std::string& before, bool held, const std::string& today) {
    checkDate(planned);
    if (planned.empty() || held || planned == before)
        return;
    if (planned < today)  // both YYYY-MM-DD: they sort as text
        throw Error("interview.planned_past", {planned, today});
}

void checkCardPlan(const Project& project, const InterviewCard& card, const std::string& interviewId,
                   const std::string& today) {
    const Interview* stored = interviewId.empty() ? nullptr : project.findInterview(interviewId);
    checkPlannedDate(card.plannedDate, stored ? stored->plannedDate : std::string(), isHeldStatus(card.status), today);
}

void recordReviewSent(Project& project, const std::string& interviewId, const std::string& date) {
    checkDate(date);
    Interview* interview = project.findInterview(interviewId);
    if (!interview)
        throw Error("interview.unknown", {interviewId});
    interview->reviewSent = date;
    const std::string status = trimmedName(interview->status);
    if (!sameName(status, "SentForReview") && !sameName(status, "Validated") && !sameName(status, "Coded"))
        interview->status = "SentForReview";
}

Interview interviewOfCard(const InterviewCard& card) {
    Interview interview;
    interview.date = card.date;
    interview.durationMinutes = card.durationMinutes;
    interview.interviewers = card.interviewers;
    interview.participants = card.participants;
    interview.place = card.place;
    interview.consent = card.consent;
    interview.status = card.status;
    interview.transcript = card.transcript;
    interview.plannedDate = card.plannedDate;
    interview.consentDate = card.consentDate;
    interview.consentForm = card.consentForm;
    interview.reviewSent = card.reviewSent;
    interview.validated = card.validated;
    return interview;
}

Interview& recordInterview(Project& project, const InterviewCard& card, const std::string& interviewId) {
    checkInterviewCard(project, card);
    Interview interview = interviewOfCard(card);
    interview.organisationId = findOrganisationNamed(project, card.organisation)->id;
    interview.status = canonicalStatus(card.status);
    interview.consentForm = canonicalConsentForm(card.consentForm);

    if (Interview* existing = interviewId.empty() ? nullptr : project.findInterview(interviewId)) {
        interview.id = existing->id;
        if (interview.transcript.empty())  // a card from an unsaved document does not forget where the transcript was
            interview.transcript = existing->transcript;
        // Sending a review copy records it in the project only (the transcript the person keeps is left untouched):
        // a card read back from that transcript does not forget it.
        if (interview.reviewSent.empty())
            interview.reviewSent = existing->reviewSent;
        *existing = std::move(interview);
        return *existing;
    }
    // A transcript from another project keeps its id here too, so that both projects know it by the same name.
    interview.id = interviewId.empty() ? newInterviewId(project) : interviewId;
    project.interviews.push_back(std::move(interview));
    return project.interviews.back();
}

std::string newInterviewId(const Project& project) {
    std::string id;
    do
        id = newId("int-");
    while (project.findInterview(id));
    return id;
}

InterviewCard cardOfInterview(const Project& project, const Interview& interview) {
    InterviewCard card;
    if (const Organisation* organisation = project.findOrganisation(interview.organisationId))
        card.organisation = organisation->name;
    card.date = interview.date;
    card.durationMinutes = interview.durationMinutes;
    card.interviewers = interview.interviewers;
    card.participants = interview.participants;
    card.place = interview.place;
    card.consent = interview.consent;
    card.status = interview.status;
    card.transcript = interview.transcript;
    card.plannedDate = interview.plannedDate;
    card.consentDate = interview.consentDate;
    card.consentForm = interview.consentForm;
    card.reviewSent = interview.reviewSent;
    card.validated = interview.validated;
    return card;
}

std::map<std::string, std::string> cardToProperties(const InterviewCard& card, const std::string& interviewId) {
    std::map<std::string, std::string> properties = {
        {kInterviewIdProperty, interviewId},
        {kOrganisation, trimmedName(card.organisation)},
        {kDate, card.date},
        {kDuration, std::to_string(card.durationMinutes)},
        {kInterviewers, joinEntries(card.interviewers)},
        {kParticipants, joinEntries(card.participants)},
        {kPlace, card.place},
        {kConsent, card.consent ? "true" : "false"},
        {kStatus, card.status},
    };
    if (!card.participantNames.empty())
        properties[kParticipantNames] = joinEntries(card.participantNames);
    const std::pair<const std::string*, const std::string*> optional[] = {{&kPlannedDate, &card.plannedDate},
                                                                          {&kConsentDate, &card.consentDate},
                                                                          {&kConsentForm, &card.consentForm},
                                                                          {&kReviewSent, &card.reviewSent},
                                                                          {&kValidated, &card.validated}};
    for (const auto& [name, value] : optional)
        if (!value->empty())
            properties[*name] = *value;
    return properties;
}

StoredCard cardFromProperties(const std::map<std::string, std::string>& properties) {
    StoredCard stored;
    stored.interviewId = trimmedName(valueOr(properties, kInterviewIdProperty));
    InterviewCard& card = stored.card;
    card.organisation = valueOr(properties, kOrganisation);
    card.date = trimmedName(valueOr(properties, kDate));
    card.durationMinutes = parseDurationMinutes(valueOr(properties, kDuration));
    card.interviewers = splitEntries(valueOr(properties, kInterviewers));
    card.participants = splitEntries(valueOr(properties, kParticipants));
    card.participantNames = splitEntries(valueOr(properties, kParticipantNames));
    card.place = valueOr(properties, kPlace);
    const std::string consent = trimmedName(valueOr(properties, kConsent));
    card.consent = consent == "true" || consent == "1";
    card.status = trimmedName(valueOr(properties, kStatus));
    card.plannedDate = trimmedName(valueOr(properties, kPlannedDate));
    card.consentDate = trimmedName(valueOr(properties, kConsentDate));
    card.consentForm = trimmedName(valueOr(properties, kConsentForm));
    card.reviewSent = trimmedName(valueOr(properties, kReviewSent));
    card.validated = trimmedName(valueOr(properties, kValidated));
    return stored;
}

}  // namespace ets
