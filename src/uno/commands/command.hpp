#pragma once
// What every ETS command receives and returns, whichever way it was called (menu, macro, service).

#include "core/project/opened_project.hpp"
#include "dialogs/message_box.hpp"
#include "office/arguments.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

namespace ets::uno {

struct CommandCall {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;  // may be empty when called from the service
    Arguments arguments;
    bool interactive = false;  // a person called it: dialogs and message boxes are allowed
    // A person called it without a dialog (a shortcut whose URL carries the arguments, a click in the sidebar): the
    // command runs as a macro's does, but a refusal is shown in a message box.
    bool showsRefusals = false;
    // The project the office works on: never null for a command the command table says needs one.
    OpenedProject* project = nullptr;
    std::string coder;  // who codes on this machine (user settings, else the project's settings)
};

struct CommandOutcome {
    bool success = false;
    rtl::OUString message;   // what was made, or why nothing was done, in the user's language
    bool cancelled = false;  // the person closed the dialog: nothing to report
    // OpenProject: the project the office works on from now on, and who codes on this machine from now on.
    std::optional<OpenedProject> opened;
    std::optional<std::string> coder;

    // A result a macro reads as data (JSON): nothing is appended to it (what the merge settled is only shown).
    bool data = false;

    static CommandOutcome done(const rtl::OUString& what) { return {true, what, false, std::nullopt, std::nullopt}; }
    static CommandOutcome dataResult(const rtl::OUString& json) {
        CommandOutcome outcome = done(json);
        outcome.data = true;
        return outcome;
    }
    static CommandOutcome cancel() { return {false, rtl::OUString(), true, std::nullopt, std::nullopt}; }
    static CommandOutcome failed(const rtl::OUString& why) { return {false, why, false, std::nullopt, std::nullopt}; }
};

// The command's result: a person who called it also reads it in a message box (a macro gets it as the result).
inline CommandOutcome reportDone(const CommandCall& call, const rtl::OUString& message,
                                 MessageKind kind = MessageKind::Info) {
    if (call.interactive)
        showMessage(call.context, call.frame, kind, message);
    return CommandOutcome::done(message);
}

}  // namespace ets::uno
