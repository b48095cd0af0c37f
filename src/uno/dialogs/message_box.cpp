#include "dialogs/message_box.hpp"

#include "dialogs/guide_on_f1.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

Reference<css::awt::XMessageBox> messageBox(const Reference<css::uno::XComponentContext>& context,
                                            const Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                                            sal_Int32 buttons, const rtl::OUString& text) {
    Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), UNO_QUERY);
    if (!factory.is())
        return nullptr;
    Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
    return factory->createMessageBox(parent, type, buttons, uiText(context, "app.title"), text);
}

}  // namespace

void showMessage(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                 MessageKind kind, const rtl::OUString& text) {
    const auto type = kind == MessageKind::Error ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX;
    if (Reference<css::awt::XMessageBox> box =
            messageBox(context, frame, type, css::awt::MessageBoxButtons::BUTTONS_OK, text);
        box.is()) {
        const GuideOnF1 help(context, std::nullopt);  // the dialog's topic under it, else the guide's start
        box->execute();
    }
}

void showError(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
               const ets::Error& error) {
    showMessage(context, frame, MessageKind::Error, uiText(context, error));
}

bool askYesNo(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
              const rtl::OUString& text) {
    Reference<css::awt::XMessageBox> box =
        messageBox(context, frame, css::awt::MessageBoxType_QUERYBOX,
                   css::awt::MessageBoxButtons::BUTTONS_YES_NO | css::awt::MessageBoxButtons::DEFAULT_BUTTON_NO, text);
    if (!box.is())
        return false;
    const GuideOnF1 help(context, std::nullopt);
    return box->execute() == css::awt::MessageBoxResults::YES;
}

}  // namespace ets::uno
