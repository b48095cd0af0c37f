#include "dialogs/log_hours_dialog.hpp"

#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

namespace ets::uno {

namespace {

std::vector<rtl::OUString> items(const std::vector<std::string>& texts) {
    std::vector<rtl::OUString> result;
    for (const std::string& text : texts)
        result.push_back(toOUString(text));
    return result;
}

}  // namespace

bool runLogHoursDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame, const LogHoursDialogContent& content,
                       const std::function<void(const LogHoursDialogInput&)>& accept) {
    Dialog dialog(context, frame, "LogHours");
    setDateValue(dialog, "DateField", content.date);
    setControlText(dialog, "HoursField", toOUString(content.hours));
    setControlText(dialog, "PersonField", toOUString(content.person));
    setListItems(dialog, "ActivityList", items(content.activities), static_cast<sal_Int16>(content.chosenActivity));
    setListItems(dialog, "OrganisationList", items(content.organisations), 0);
    setLabel(dialog, "TotalLabel", toOUString(content.total));
    return dialog.runUntilAccepted([&] {
        LogHoursDialogInput input;
        input.date = dateValue(dialog, "DateField");
        input.person = toUtf8(controlText(dialog, "PersonField").trim());
        input.activity = selectedPosition(dialog, "ActivityList");
        input.organisation = selectedPosition(dialog, "OrganisationList");
        input.hoursAsTyped = toUtf8(controlText(dialog, "HoursField").trim());
        input.note = toUtf8(controlText(dialog, "NoteField").trim());
        accept(input);
    });
}

}  // namespace ets::uno
