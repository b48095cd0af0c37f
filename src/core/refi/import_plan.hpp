#pragma once
// What importing a REFI-QDA project (or codebook) will create in an ETS project, decided entirely
// before anything is written: themes (merged by name, hierarchy kept), organisations (from cases),
// transcripts with their passages (code-point ranges of their text) and interview cards (from
// variables), and a truthful account of everything skipped and why.

#include "core/project/model.hpp"
#include "core/refi/refi_model.hpp"
#include "core/refi/text_positions.hpp"
#include "core/register/interview_card.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ets::refi {

struct PlannedTheme {
    std::string name;
    std::string parent;  // name of the parent theme, empty at top level
    std::string description;
    std::string colour;  // "#RRGGBB" or empty
};

struct PlannedPassage {
    std::size_t start = 0;  // code points of PlannedTranscript::text, end exclusive
    std::size_t end = 0;
    std::vector<std::string> themes;  // theme names
    std::string memo;
    std::string coder;    // empty when the file does not say
    std::string created;  // YYYY-MM-DD or empty
    std::string text;     // the passage's text, for checking the result
};

struct PlannedTranscript {
    std::string source;    // the source's name in the file
    std::string fileName;  // proposed .odt name (the UNO layer makes it unique)
    std::string text;      // UTF-8, LF line ends, no byte-order mark
    InterviewCard card;    // organisation by name (may be empty), transcript empty
    std::vector<PlannedPassage> passages;
};

// A line of the summary: a catalogue key and its values, in the order they should be read.
struct SummaryLine {
    std::string key;
    std::vector<std::string> args;
};

struct ImportPlan {
    std::vector<PlannedTheme> newThemes;  // parents before children
    int existingThemes = 0;               // codes whose theme already existed (merged by name)
    std::vector<Organisation> newOrganisations;
    int existingOrganisations = 0;
    std::vector<PlannedTranscript> transcripts;
    std::vector<SummaryLine> skipped;  // what was left out, and why

    int passageCount() const;
    // What was imported then what was skipped, for the message the person reads.
    std::vector<SummaryLine> summary() const;
};

// Gives the bytes of a text source's plain text: from the archive's sources/, or its inline text.
// Returns false when the text cannot be had (the plan then skips the source and says so).
using SourceTextReader = std::function<bool(const TextSource&, std::string&)>;

// Throws Error (and nothing is to be written) for a file that lies about its text:
//   refi.bad_selection {source, start, end, length}  a selection reversed, negative or beyond its text
ImportPlan planImport(const ets::Project& target, const Project& file, const SourceTextReader& readText);

// A codebook's codes only.
ImportPlan planCodebookImport(const ets::Project& target, const std::vector<Code>& codes);

// How the writer of a text source with CRLF line ends counted its positions. The standard counts every character, so a
// CRLF is two (the default, mapped onto the LF text by NormalisedText::toNormalised); some tools count positions in
// the text with LF line ends, a CRLF as one. Decided from the selections' boundaries: with each way of counting, a
// boundary that falls inside a word, or between a CR and its LF, is a sign that this is not the writer's way; the way
// with fewer such boundaries wins, CRLF as two on a tie, and a selection that reaches beyond the LF text proves it.
bool countsReturnsAsOne(const NormalisedText& normalised, const TextPositions& positions,
                        const std::vector<TextSelection>& selections);

// Adds the plan's themes and organisations to the project (checked as the Themes and Organisations
// commands check them; on Error the project is as it was).
void addThemesAndOrganisations(ets::Project& project, const ImportPlan& plan);

// Records the interview of an imported transcript (card.transcript set by the caller). A transcript
// whose source no case names has no organisation yet: it is recorded without one, as the model
// allows, rather than refused as the card dialog would. Returns the interview's id.
std::string recordImportedInterview(ets::Project& project, const InterviewCard& card);

}  // namespace ets::refi
