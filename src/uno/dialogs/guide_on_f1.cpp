#include "dialogs/guide_on_f1.hpp"

#include "core/text/error.hpp"
#include "dialogs/message_box.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "writer/user_guide.hpp"

#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <vector>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// Takes F1 before the dialog (or a message box over it) sees it, and opens the guide at the innermost topic.
class HelpKey : public cppu::WeakImplHelper1<css::awt::XKeyHandler> {
public:
    explicit HelpKey(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    std::vector<std::string> topics;  // of the dialogs and message boxes shown, the innermost last

    sal_Bool SAL_CALL keyPressed(const css::awt::KeyEvent& event) override {
        if (event.KeyCode != css::awt::Key::F1 || topics.empty())
            return false;
        const std::string topic = topics.back();  // a copy: a message box shown meanwhile adds to the list
        try {
            openGuide(context_, topic, true);  // a dialog the guide has no section for: its start
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

// Installed with the first dialog shown, removed with the last one closed.
rtl::Reference<HelpKey>& handler() {
    static rtl::Reference<HelpKey> running;
    return running;
}

Reference<css::awt::XExtendedToolkit>& toolkit() {
    static Reference<css::awt::XExtendedToolkit> running;
    return running;
}

}  // namespace

GuideOnF1::GuideOnF1(const Reference<css::uno::XComponentContext>& context, std::optional<std::string> topic) {
    try {
        if (!handler().is()) {
            handler() = new HelpKey(context);
            toolkit().set(css::awt::Toolkit::create(context), UNO_QUERY);
            if (toolkit().is())
                addHandler(toolkit(), Reference<css::awt::XKeyHandler>(handler().get()));
        }
        std::vector<std::string>& topics = handler()->topics;
        topics.push_back(topic ? *topic : topics.empty() ? std::string() : topics.back());
        installed_ = true;
    } catch (const css::uno::Exception& exception) {
        logError("F1 will not open the guide here", toUtf8(exception.Message));
    }
}

GuideOnF1::~GuideOnF1() {
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
        logError("F1 could not be given back to LibreOffice", toUtf8(exception.Message));  // never throw from here
    }
}

}  // namespace ets::uno
