#pragma once
// vnd.ets:InterviewGuide's two halves: writing the guide from the project (after storing the edits to its texts),
// and the dialog where a person edits the question grid, the presentation and the consent wording.

#include "commands/command.hpp"
#include "core/project/model.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ets::uno::commands {

// What changes before the guide is written; an empty optional keeps the project's text.
struct GuideEdits {
    std::optional<std::string> presentation;
    std::optional<std::string> consent;
    std::optional<std::vector<GuideQuestion>> questions;
    std::filesystem::path target;  // empty: the guide stays unsaved
    bool hidden = false;
};

// Checks the edits (guide.empty_grid, guide.blank_question, an existing target), stores them in the project, then
// writes the guide as a new Writer document. Nothing is stored or created when a check fails.
CommandOutcome writeInterviewGuide(CommandCall& call, const GuideEdits& edits);

// The dialog: the grid (select, move up and down, add, remove a question; edit its text, purpose and prompts), the
// presentation and the consent; "Write the guide" runs writeInterviewGuide, and a refusal keeps what was typed.
CommandOutcome runInterviewGuideDialog(CommandCall& call);

} // namespace ets::uno::commands
