#pragma once
// The committee's referents, for the Organisations command: its referent actions (SetReferent,
// RemoveReferent, Nominations) and the lines of the nominations summary its dialog shows.

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

// One line per referent: "Marie D. (CPAS) : 4 organisations nommées, 3 rencontrées", with the flag when outside
// 3 to 5; `brief` leaves out the referent's organisation and says it shorter, for the dialog's narrow list.
std::vector<rtl::OUString> nominationLines(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const Project& project, bool brief = false);

} // namespace ets::uno::commands
