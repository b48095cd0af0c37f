#include "dialogs/pseudonyms_dialog.hpp"

#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

namespace ets::uno {

bool runPseudonymsDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame, const std::string& list,
                         const std::function<void(const std::string&)>& accept) {
    Dialog dialog(context, frame, "Pseudonyms");
    setControlText(dialog, "PeopleField", toOUString(list));
    setLabel(dialog, "HintLabel", uiText(context, "people.hint"));
    return dialog.runUntilAccepted([&] { accept(toUtf8(controlText(dialog, "PeopleField"))); });
}

}  // namespace ets::uno
