#pragma once
// What every ETS command receives and returns, whichever way it was called (menu, macro, service).

#include "office/arguments.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>


namespace ets::uno {

struct CommandCall {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame; // may be empty when called from the service
    Arguments arguments;
    bool interactive = false; // a person called it: dialogs and message boxes are allowed
};

struct CommandOutcome {
    bool success = false;
    rtl::OUString message;  // what was made, or why nothing was done, in the user's language
    bool cancelled = false; // the person closed the dialog: nothing to report

    static CommandOutcome done(const rtl::OUString& what) { return {true, what, false}; }
    static CommandOutcome cancel() { return {false, rtl::OUString(), true}; }
};

using CommandFunction = CommandOutcome (*)(CommandCall&);

// The commands the ETS menu and the service know, by the name used after "vnd.ets:".
CommandFunction findCommand(const rtl::OUString& name);

// Runs a command and turns every failure into an outcome: no exception leaves this function.
// When a person called the command, a failure is also shown to them in a message box.
CommandOutcome runCommand(CommandFunction command, CommandCall& call);

} // namespace ets::uno
