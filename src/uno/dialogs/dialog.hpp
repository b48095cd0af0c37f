#pragma once
// A dialog of the extension (dialogs/<name>.xdl) shown over the frame's window, and released however the command
// leaves it, a failure included: every dialog of ETS Workbench is held by one of these.

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>

namespace ets::uno {

class Dialog {
public:
    // Its buttons call `handler` (an XDialogEventHandler, may be empty) through "vnd.sun.star.UNO:<method>" events.
    Dialog(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame, const char* name,
           const css::uno::Reference<css::uno::XInterface>& handler = nullptr);
    ~Dialog();
    Dialog(const Dialog&) = delete;
    Dialog& operator=(const Dialog&) = delete;

    const css::uno::Reference<css::awt::XDialog>& get() const { return dialog_; }
    operator const css::uno::Reference<css::awt::XDialog>&() const { return dialog_; }

    // Shows it until it is closed; true when closed with OK. F1 meanwhile opens the user guide at the dialog's command.
    bool execute();
    // The loop every command dialog shares: after each OK, `accept` runs; an ets::Error it throws is shown (in the
    // user's language) and the dialog comes back with everything the person typed still in it. Returns true once
    // `accept` returned, false when the person gave up (Cancel, Escape, the close box).
    bool runUntilAccepted(const std::function<void()>& accept);

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::awt::XDialog> dialog_;
    std::string topic_;  // the guide's section F1 opens
};

}  // namespace ets::uno
