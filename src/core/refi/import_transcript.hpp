#pragma once
// One planned transcript of a REFI-QDA import (import_plan.hpp) made real in an empty transcript document: its text,
// its passages tagged on exactly the text the file selected, its card and its interview.

#include "core/coding/transcript_document.hpp"
#include "core/refi/import_plan.hpp"
#include "core/text/catalogue.hpp"

#include <string>
#include <string_view>

namespace ets::refi {

// Writes the planned text into `document` (empty), tags every planned passage (its themes found in `draft`, where
// addThemesAndOrganisations put them; its coder `fallbackCoder` when the file names none), checks that each tag spans
// exactly the text the file selected, gives the document its card and records the interview and the passages in
// `draft` under the project path `key`. Throws refi.passages_moved {source, count} when a tag does not hold its text:
// the caller then drops the document and the draft.
void importTranscript(ets::Project& draft, TranscriptDocument& document, const PlannedTranscript& planned,
                      const std::string& key, const std::string& fallbackCoder, std::string_view themesLabel);

// What the import did, for the person: the file's name, a bullet per line of the plan's summary, what was left out
// after its heading (or that nothing was).
std::string importSummary(const ImportPlan& plan, const std::string& fileName, const Catalogue& texts);

}  // namespace ets::refi
