#pragma once
// The command table: the commands of app/command_list.hpp with the function that runs each, looked up by name by
// the protocol handler and the automation service, and the one place where a command is run.

#include "app/command_list.hpp"
#include "commands/command.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <rtl/ustring.hxx>

#include <functional>

namespace ets::uno {

struct CommandEntry {
    const char* name;  // after "vnd.ets:"
    CommandOutcome (*function)(CommandCall&);
    Documents documents;
    ProjectNeed project;
    const char* arguments;  // space-separated
};

// The command called `name`, or nullptr.
const CommandEntry* findCommand(const rtl::OUString& name);

// True when the command applies to the document shown in the frame (a Calc-only command does not apply in Writer);
// a frame without a document (the service's, say) takes every command.
bool appliesTo(const CommandEntry& command, const css::uno::Reference<css::frame::XFrame>& frame);

// Runs the command with the open project (refusing, for a command that needs one, when there is none) and turns every
// failure into an outcome: no exception leaves this function. When a person called the command, a failure is also
// shown to them in a message box. The project a command opened becomes the session's.
CommandOutcome runCommand(const CommandEntry& command, CommandCall& call);

// What shows the project and must follow it (the ETS sidebar's panels): `watcher` is called after each command that
// succeeded, on the command's thread, outside the session's lock. Returns the number that unwatchCommands takes.
int watchCommands(std::function<void()> watcher);
void unwatchCommands(int id);

}  // namespace ets::uno
