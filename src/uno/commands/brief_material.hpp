#pragma once
// What InsertBrief and Deliverable share before they write: the names to hide, and the options of a brief
// read from the command's arguments.

#include "commands/command.hpp"
#include "core/analysis/brief.hpp"
#include "core/register/pseudonymise.hpp"
#include "core/project/opened_project.hpp"

#include <memory>
#include <string>
#include <vector>

namespace ets::uno::commands {

// The names to hide: the project's list, then the names on the interview cards of its transcripts
// (kept in the documents only). A transcript whose card cannot be read is skipped: its names are not
// known anywhere else.
std::vector<PersonName> namesToHide(CommandCall& call, const OpenedProject& opened);

// The pseudonymiser for a brief or the deliverable (labels in the UI language), or nullptr when
// `pseudonymise` is false. It refers to `project`, which must outlive it.
std::unique_ptr<Pseudonymiser> pseudonymiserFor(CommandCall& call, const OpenedProject& opened, const Project& project,
                                                bool pseudonymise, bool anonymiseOrganisations);

// Quotes: a whole number from 0 to 50 (default 6); throws brief.bad_quotes.
int quotesArgument(const CommandCall& call);

} // namespace ets::uno::commands
