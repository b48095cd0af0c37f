#include "dialogs/paperwork_dialogs.hpp"

#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

namespace ets::uno {

bool runCalendarSheetDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XFrame>& frame, const std::string& phaseEnd,
                            const std::function<void(const std::string&)>& accept) {
    Dialog dialog(context, frame, "CalendarSheet");
    setDateValue(dialog, "PhaseEndField", phaseEnd);
    return dialog.runUntilAccepted([&] { accept(dateValue(dialog, "PhaseEndField")); });
}

bool runReviewCopyDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame, const std::string& folder,
                         const std::function<void(const std::string& format, const std::string& folder)>& accept) {
    Dialog dialog(context, frame, "ReviewCopy");
    selectPosition(dialog, "FormatList", 0);
    setControlText(dialog, "FolderField", toOUString(folder));
    return dialog.runUntilAccepted([&] {
        accept(selectedPosition(dialog, "FormatList") == 1 ? "odt" : "pdf",
               toUtf8(controlText(dialog, "FolderField").trim()));
    });
}

}  // namespace ets::uno
