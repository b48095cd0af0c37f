#include "dialogs/dialog.hpp"

#include "core/text/error.hpp"
#include "core/text/user_guide.hpp"
#include "dialogs/guide_on_f1.hpp"
#include "dialogs/message_box.hpp"
#include "office/extension_files.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

#include <string>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

Dialog::Dialog(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
               const char* name, const Reference<css::uno::XInterface>& handler)
    : context_(context), frame_(frame), topic_(dialogTopic(name)) {
    const std::string path = std::string("dialogs/") + name + ".xdl";
    Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
    css::uno::Sequence<css::beans::NamedValue> arguments(2);
    arguments[0] = css::beans::NamedValue("ParentWindow", Any(parent));
    arguments[1] = css::beans::NamedValue("EventHandler", Any(handler));
    dialog_ = css::awt::DialogProvider2::create(context)->createDialogWithArguments(extensionFileUrl(path.c_str()),
                                                                                    arguments);
}

Dialog::~Dialog() {
    try {
        Reference<css::lang::XComponent> component(dialog_, UNO_QUERY);
        if (component.is())
            component->dispose();
    } catch (const css::uno::Exception& exception) {
        logError("could not dispose of a dialog", toUtf8(exception.Message));  // never throw from a destructor
    }
}

bool Dialog::execute() {
    const GuideOnF1 help(context_, topic_);
    return dialog_->execute() == css::ui::dialogs::ExecutableDialogResults::OK;
}

bool Dialog::runUntilAccepted(const std::function<void()>& accept) {
    while (execute()) {
        try {
            accept();
            return true;
        } catch (const Error& error) {
            showError(context_, frame_, error);
        }
    }
    return false;
}

}  // namespace ets::uno
