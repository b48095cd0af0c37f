#pragma once
// SearchAndTag's steps, shared by its macro path (search_and_tag.cpp) and its dialog (dialogs/search_dialog).

#include "commands/command.hpp"
#include "core/coding/search_report.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ets::uno::commands {

// The search the arguments ask for (Query, Regex, WholeWord, MatchCase, Unit). Throws search.bad_unit.
SearchOptions searchOptionsOf(const Arguments& arguments);

struct SearchFound {
    std::vector<TranscriptHits> hits;       // per transcript searched, in their order
    std::vector<std::string> unreadable;    // transcripts that could not be read
    std::vector<std::string> readByOffice;  // closed ones LibreOffice had to load (their file not read directly)
};
// Searches the transcripts named (";"-separated; empty: all the project knows), open ones as they are in Writer.
SearchFound searchTranscripts(CommandCall& call, const TextSearch& search, const std::string& transcripts);

// The hits a person ticked: per transcript, the [start, end) code points of each.
using TickedHits = std::map<std::string, std::set<std::pair<std::size_t, std::size_t>>>;

// Tags the hits of every transcript where some were found with `themes` (only the ticked ones when `ticked` is
// given), each transcript searched again as it is when tagged (one undo step per open transcript; closed ones opened
// hidden, tagged, saved).
std::vector<TaggedHits> tagFound(CommandCall& call, const TextSearch& search, const SearchFound& found,
                                 const std::vector<std::string>& themes, const TickedHits* ticked = nullptr);

// Without arguments: the search dialog.
CommandOutcome searchAndTagWithDialog(CommandCall& call);

}  // namespace ets::uno::commands
