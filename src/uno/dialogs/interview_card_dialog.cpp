#include "dialogs/interview_card_dialog.hpp"

#include "core/register/organisations.hpp"
#include "core/text/names.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

#include <iterator>

namespace ets::uno {

using css::uno::Reference;

namespace {

constexpr std::size_t kStatusCount = std::size(kInterviewStatuses);

sal_Int16 statusPosition(const std::string& status) {
    for (std::size_t i = 0; i < kStatusCount; ++i)
        if (sameName(kInterviewStatuses[i], status))
            return static_cast<sal_Int16>(i);
    return -1;
}

// Position in the consent form's list: 0 « not given », then kConsentForms in order.
int formPosition(const std::string& form) {
    for (std::size_t i = 0; i < std::size(kConsentForms); ++i)
        if (sameName(kConsentForms[i], form))
            return static_cast<int>(i) + 1;
    return 0;
}

void fillDialog(const Reference<css::awt::XDialog>& dialog, const Project& project, const InterviewCard& card) {
    std::vector<rtl::OUString> names;
    sal_Int16 selected = -1;
    const Organisation* chosen = findOrganisationNamed(project, card.organisation);
    for (const Organisation& organisation : project.organisations) {
        if (chosen == &organisation)
            selected = static_cast<sal_Int16>(names.size());
        names.push_back(toOUString(organisation.name));
    }
    setListItems(dialog, "OrganisationList", names, selected);
    setDateValue(dialog, "DateField", card.date);
    setControlText(dialog, "DurationField",
                   card.durationMinutes ? rtl::OUString::number(card.durationMinutes) : rtl::OUString());
    setControlText(dialog, "InterviewersField", toOUString(joinEntries(card.interviewers)));
    setControlText(dialog, "ParticipantsField", toOUString(joinEntries(card.participants)));
    setControlText(dialog, "NamesField", toOUString(joinEntries(card.participantNames)));
    setControlText(dialog, "PlaceField", toOUString(card.place));
    setBoxTicked(dialog, "ConsentCheck", card.consent);
    selectPosition(dialog, "StatusList", statusPosition(card.status));
    setDateValue(dialog, "PlannedField", card.plannedDate);
    setDateValue(dialog, "ConsentDateField", card.consentDate);
    setDateValue(dialog, "ValidatedField", card.validated);
    selectPosition(dialog, "ConsentFormList", static_cast<sal_Int16>(formPosition(card.consentForm)));
}

InterviewCard readDialog(const Reference<css::awt::XDialog>& dialog, const Project& project, InterviewCard card) {
    const sal_Int16 organisation = selectedPosition(dialog, "OrganisationList");
    card.organisation = organisation >= 0 && static_cast<std::size_t>(organisation) < project.organisations.size()
                            ? project.organisations[static_cast<std::size_t>(organisation)].name
                            : std::string();
    card.date = dateValue(dialog, "DateField");
    card.durationMinutes = parseDurationMinutes(toUtf8(controlText(dialog, "DurationField")));
    card.interviewers = splitEntries(toUtf8(controlText(dialog, "InterviewersField")));
    card.participants = splitEntries(toUtf8(controlText(dialog, "ParticipantsField")));
    card.participantNames = splitEntries(toUtf8(controlText(dialog, "NamesField")));
    card.place = toUtf8(controlText(dialog, "PlaceField").trim());
    card.consent = isBoxTicked(dialog, "ConsentCheck");
    const sal_Int16 status = selectedPosition(dialog, "StatusList");
    card.status = status >= 0 && static_cast<std::size_t>(status) < kStatusCount ? kInterviewStatuses[status] : "";
    card.plannedDate = dateValue(dialog, "PlannedField");
    card.consentDate = dateValue(dialog, "ConsentDateField");
    card.validated = dateValue(dialog, "ValidatedField");
    // The list: « not given », then kConsentForms in order.
    const sal_Int16 form = selectedPosition(dialog, "ConsentFormList");
    card.consentForm = form >= 1 && static_cast<std::size_t>(form) <= std::size(kConsentForms) ? kConsentForms[form - 1] : "";
    return card;
}

}  // namespace

bool runInterviewCardDialog(const Reference<css::uno::XComponentContext>& context,
                            const Reference<css::frame::XFrame>& frame, const Project& project,
                            const InterviewCard& initial, const std::function<void(const InterviewCard&)>& accept) {
    Dialog dialog(context, frame, "InterviewCard");
    fillDialog(dialog, project, initial);
    return dialog.runUntilAccepted([&] { accept(readDialog(dialog, project, initial)); });
}

}  // namespace ets::uno
