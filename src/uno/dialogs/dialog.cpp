#include "dialogs/dialog.hpp"

#include "core/text/error.hpp"
#include "core/text/user_guide.hpp"
#include "dialogs/message_box.hpp"
#include "office/extension_files.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "writer/user_guide.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <string>
#include <vector>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// F1 while an ETS dialog runs opens our own guide at the dialog's command: LibreOffice's help would look for its pages
// on the network when its local help is not installed, and the extension never reaches the network. The key is
// taken before the dialog (or a message box over it) sees it. Dialogs run inside one another (a tagging dialog from
// the passages' list): the innermost one's topic is the one shown.
class HelpKey : public cppu::WeakImplHelper1<css::awt::XKeyHandler> {
public:
    explicit HelpKey(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    std::vector<std::string> topics;  // of the dialogs running, the innermost last

    sal_Bool SAL_CALL keyPressed(const css::awt::KeyEvent& event) override {
        if (event.KeyCode != css::awt::Key::F1 || topics.empty())
            return false;
        try {
            openGuide(context_, topics.back(), true);  // a dialog the guide has no section for: its start
        } catch (const Error& error) {
            showError(context_, nullptr, error);
        } catch (const css::uno::Exception& exception) {
            logError("the user guide could not be opened from a dialog", toUtf8(exception.Message));
        }
        return true;
    }
    sal_Bool SAL_CALL keyReleased(const css::awt::KeyEvent& event) override {
        return event.KeyCode == css::awt::Key::F1 && !topics.empty();
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    Reference<css::uno::XComponentContext> context_;
};

// XExtendedToolkit is marked deprecated in the IDL, yet it is what LibreOffice's toolkit implements and its own
// accessibility uses: the only way to take a key before a dialog acts on it (a window's key listener cannot consume
// it).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void addHandler(const Reference<css::awt::XExtendedToolkit>& toolkit, const Reference<css::awt::XKeyHandler>& handler) {
    toolkit->addKeyHandler(handler);
}
void removeHandler(const Reference<css::awt::XExtendedToolkit>& toolkit,
                   const Reference<css::awt::XKeyHandler>& handler) {
    toolkit->removeKeyHandler(handler);
}
#pragma GCC diagnostic pop

// Installed with the first dialog shown and removed with the last one closed; dialogs run on the office's main thread.
class HelpKeyWhileRunning {
public:
    HelpKeyWhileRunning(const Reference<css::uno::XComponentContext>& context, const std::string& topic) {
        try {
            if (!handler().is()) {
                handler() = new HelpKey(context);
                toolkit().set(css::awt::Toolkit::create(context), UNO_QUERY);
                if (toolkit().is())
                    addHandler(toolkit(), Reference<css::awt::XKeyHandler>(handler().get()));
            }
            handler()->topics.push_back(topic);
            installed_ = true;
        } catch (const css::uno::Exception& exception) {
            logError("F1 will not open the guide in this dialog", toUtf8(exception.Message));
        }
    }
    ~HelpKeyWhileRunning() {
        if (!installed_)
            return;
        try {
            handler()->topics.pop_back();
            if (handler()->topics.empty()) {
                if (toolkit().is())
                    removeHandler(toolkit(), Reference<css::awt::XKeyHandler>(handler().get()));
                handler().clear();
                toolkit().clear();
            }
        } catch (const css::uno::Exception& exception) {
            logError("the dialog's F1 could not be removed", toUtf8(exception.Message));  // never throw from here
        }
    }
    HelpKeyWhileRunning(const HelpKeyWhileRunning&) = delete;
    HelpKeyWhileRunning& operator=(const HelpKeyWhileRunning&) = delete;

private:
    static rtl::Reference<HelpKey>& handler() {
        static rtl::Reference<HelpKey> running;
        return running;
    }
    static Reference<css::awt::XExtendedToolkit>& toolkit() {
        static Reference<css::awt::XExtendedToolkit> running;
        return running;
    }
    bool installed_ = false;
};

}  // namespace

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
    const HelpKeyWhileRunning help(context_, topic_);
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
