#pragma once
// What the tagging commands (TagSelection, Untag, Passages, Themes) share.

#include "commands/command.hpp"
#include "core/project/opened_project.hpp"
#include "writer/writer_transcript.hpp"

#include <string>
#include <vector>

namespace ets::uno::commands {

// The transcript in the command's frame, checked for tagging: a project is open, the document is a
// writable Writer document carrying an interview card and saved somewhere. Throws the matching Error.
WriterTranscript openTranscriptForTagging(CommandCall& call);

// Tags `range` with the themes (created when unknown) and the memo, as one undo step; updates and
// saves the project's index. Returns the anchor's name.
std::string tagRange(CommandCall& call, OpenedProject& opened, WriterTranscript& transcript,
                     const TextSpan& range,
                     const std::vector<std::string>& themeNames, const std::string& memo);

// The TagSelection dialog: the codebook with a filter, the themes already on the passage ticked.
CommandOutcome runTagDialog(CommandCall& call, OpenedProject& opened, WriterTranscript& transcript,
                            const TextSpan& range);

// Rewrites the comments and records of a transcript after the codebook changed (rename, merge,
// delete): names from the project, dropped themes removed, passages left without theme untagged.
void refreshTranscriptTags(CommandCall& call, const Project& project, WriterTranscript& transcript, const std::string& key);

} // namespace ets::uno::commands

#include <nlohmann/json_fwd.hpp>

namespace ets::uno::commands {

// Shows the passage `anchor` of the project transcript `key`: its document is brought forward
// (opened if needed) and the passage selected. Returns the anchor.
std::string openTranscriptAt(CommandCall& call, OpenedProject& opened, const std::string& key, const std::string& anchor);

// Removes the passage `anchor` of the project transcript `key` entirely (every theme).
void untagPassage(CommandCall& call, OpenedProject& opened, const std::string& key, const std::string& anchor);

// Which passages vnd.ets:Passages lists: Scope is "Document" or "Project"; empty filters keep all.
struct PassageFilter {
    std::string scope = "Document";
    std::string theme, organisation, coder;
};

// The passages as JSON objects {anchor, transcript, themes, organisation, coder, text, memo}, after
// bringing the index up to date for the scope.
nlohmann::json listPassages(CommandCall& call, OpenedProject& opened, const PassageFilter& filter);

// The Passages dialog: scope and filters at the top, the list, and go to / re-tag / untag.
CommandOutcome runPassagesDialog(CommandCall& call, OpenedProject& opened, PassageFilter filter);

} // namespace ets::uno::commands
