#pragma once
// The committee's referents, for the Organisations command: its referent actions (SetReferent,
// RemoveReferent, Nominations).

#include "commands/command.hpp"
#include "core/project/model.hpp"
#include "core/project/opened_project.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ets::uno::commands {

// Runs the referent action `action` (lower case) of the Organisations command; nullopt for any other action.
//   setreferent:    Name (required), Organisation (their own); saves the project
//   removereferent: Name (required); saves the project
//   nominations:    result = JSON array of {referent, organisation, listed, named, interviewed, flag}
std::optional<CommandOutcome> runReferentAction(CommandCall& call, OpenedProject& opened, const std::string& action);

} // namespace ets::uno::commands
