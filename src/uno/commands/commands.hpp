#pragma once
// One function per ETS command; each lives in its own file of this folder.

#include "command.hpp"

namespace ets::uno::commands {

CommandOutcome openProject(CommandCall& call); // vnd.ets:OpenProject
CommandOutcome about(CommandCall& call);       // vnd.ets:About

} // namespace ets::uno::commands
