#pragma once
// What every command that counts passages (tally, organisations sheet, programme, briefs, deliverable) does
// first: bring the project's index up to date from the transcripts, with progress in the status bar, and
// leave out what could not be read.

#include "commands/command.hpp"
#include "core/project/model.hpp"
#include "core/project/opened_project.hpp"

#include <string>
#include <vector>

namespace ets::uno::commands {

struct CountedProject {
    Project project;                      // a copy to count from, never to save
    std::vector<std::string> unreadable;  // transcripts (project paths) that could not be read
};

// Refreshes the index (closed transcripts reopened only if they changed). A transcript that cannot be read
// keeps its old passages in the project file, but they are left out of the copy returned, and its interview
// loses its transcript there: nothing counts as if it had been read.
CountedProject countedProject(CommandCall& call, OpenedProject& opened, const char* progressKey = "tally.progress");

} // namespace ets::uno::commands
