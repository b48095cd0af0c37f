#include "commands/interview_form.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"

#include "core/text/error.hpp"
#include "core/register/organisations.hpp"
#include "writer/transcript_card.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>

namespace ets::uno::commands {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

constexpr std::size_t kStatusCount = std::size(kInterviewStatuses);

sal_Int16 statusPosition(const std::string& status)
{
    for (std::size_t i = 0; i < kStatusCount; ++i)
    {
        const std::string known = kInterviewStatuses[i];
        if (known.size() == status.size() &&
            std::equal(known.begin(), known.end(), status.begin(),
                       [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); }))
            return static_cast<sal_Int16>(i);
    }
    return -1;
}

void fillDialog(const Reference<css::awt::XDialog>& dialog, const Project& project, const InterviewCard& card)
{
    std::vector<rtl::OUString> names;
    sal_Int16 selected = -1;
    for (const Organisation& organisation : project.organisations)
    {
        if (const Organisation* chosen = findOrganisationNamed(project, card.organisation); chosen == &organisation)
            selected = static_cast<sal_Int16>(names.size());
        names.push_back(toOUString(organisation.name));
    }
    setListItems(dialog, "OrganisationList", names, selected);
    setControlText(dialog, "DateField", toOUString(card.date));
    setControlText(dialog, "DurationField", card.durationMinutes ? rtl::OUString::number(card.durationMinutes) : rtl::OUString());
    setControlText(dialog, "InterviewersField", toOUString(joinEntries(card.interviewers)));
    setControlText(dialog, "ParticipantsField", toOUString(joinEntries(card.participants)));
    setControlText(dialog, "NamesField", toOUString(joinEntries(card.participantNames)));
    setControlText(dialog, "PlaceField", toOUString(card.place));
    setBoxTicked(dialog, "ConsentCheck", card.consent);
    selectPosition(dialog, "StatusList", statusPosition(card.status));
}

InterviewCard readDialog(const Reference<css::awt::XDialog>& dialog, const Project& project, InterviewCard card)
{
    const sal_Int16 organisation = selectedPosition(dialog, "OrganisationList");
    card.organisation = organisation >= 0 && static_cast<std::size_t>(organisation) < project.organisations.size()
        ? project.organisations[static_cast<std::size_t>(organisation)].name
        : std::string();
    card.date = toUtf8(controlText(dialog, "DateField").trim());
    card.durationMinutes = parseDurationMinutes(toUtf8(controlText(dialog, "DurationField")));
    card.interviewers = splitEntries(toUtf8(controlText(dialog, "InterviewersField")));
    card.participants = splitEntries(toUtf8(controlText(dialog, "ParticipantsField")));
    card.participantNames = splitEntries(toUtf8(controlText(dialog, "NamesField")));
    card.place = toUtf8(controlText(dialog, "PlaceField").trim());
    card.consent = isBoxTicked(dialog, "ConsentCheck");
    const sal_Int16 status = selectedPosition(dialog, "StatusList");
    card.status = status >= 0 && static_cast<std::size_t>(status) < kStatusCount ? kInterviewStatuses[status] : "";
    return card;
}

} // namespace

InterviewCard cardFromArguments(const Arguments& arguments, InterviewCard card)
{
    if (auto organisation = arguments.text("Organisation"))
        card.organisation = *organisation;
    if (auto date = arguments.text("Date"))
        card.date = trimmedName(*date);
    if (auto minutes = arguments.number("DurationMinutes"))
    {
        if (!std::isfinite(*minutes) || *minutes != std::floor(*minutes) || std::fabs(*minutes) > 1e6)
            throw Error("interview.bad_duration", {arguments.textOr("DurationMinutes", "")});
        card.durationMinutes = static_cast<int>(*minutes);
    }
    if (auto interviewers = arguments.text("Interviewers"))
        card.interviewers = splitEntries(*interviewers);
    if (auto participants = arguments.text("Participants"))
        card.participants = splitEntries(*participants);
    if (auto names = arguments.text("ParticipantNames"))
        card.participantNames = splitEntries(*names);
    if (auto place = arguments.text("Place"))
        card.place = *place;
    if (auto consent = arguments.flag("Consent"))
        card.consent = *consent;
    if (auto status = arguments.text("Status"))
        card.status = *status;
    return card;
}

InterviewCard cardOfDocument(const Project& project, const Reference<css::text::XTextDocument>& document,
                             std::string& interviewId)
{
    StoredCard stored = cardFromProperties(readCardProperties(document));
    interviewId = stored.interviewId;
    if (const Interview* known = project.findInterview(interviewId))
        if (const Organisation* organisation = project.findOrganisation(known->organisationId))
            stored.card.organisation = organisation->name;
    return stored.card;
}

CommandOutcome runCardDialog(CommandCall& call, const Project& project, const InterviewCard& initial,
                             const std::function<CommandOutcome(const InterviewCard&)>& accept)
{
    Dialog dialog(call.context, call.frame, "InterviewCard");
    fillDialog(dialog, project, initial);
    CommandOutcome outcome = CommandOutcome::cancel();
    dialog.runUntilAccepted([&] { outcome = accept(readDialog(dialog, project, initial)); });
    return outcome;
}

} // namespace ets::uno::commands
