#pragma once
// The loop every command dialog shares: OK runs the command; a refusal is shown and the dialog comes back
// with everything the person typed still in it, until the command succeeds or the person gives up.

#include "commands/command.hpp"

#include <com/sun/star/awt/XDialog.hpp>

#include <functional>

namespace ets::uno::commands {

// Runs `attempt` after each OK: its outcome when it succeeds; an Error it throws is shown in a message box
// (in the user's language) and the dialog runs again. Cancel or closing the dialog gives CommandOutcome::cancel().
CommandOutcome untilDone(CommandCall& call, const css::uno::Reference<css::awt::XDialog>& dialog,
                         const std::function<CommandOutcome()>& attempt);

} // namespace ets::uno::commands
