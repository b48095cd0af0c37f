#pragma once
// An ETS project as a REFI-QDA project: themes as nested codes, each transcript as a plain-text
// source with its passages as selections (in code points), coders as users, organisations as cases
// and interview cards as variables. The texts come from the UNO layer, as LibreOffice shows them.

#include "core/coding/tag_record.hpp"
#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"
#include "core/refi/refi_model.hpp"
#include "core/refi/text_positions.hpp"
#include "core/text/catalogue.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace ets::refi {

// One transcript as its document gives it (TranscriptDocument::plainText and records).
struct TranscriptText {
    std::string key;   // as in Interview::transcript
    std::string text;  // UTF-8, paragraphs separated by LF
    std::vector<AnchorSpan> spans;
    std::vector<TagRecord> records;
};

// Where the passages of a transcript lie in code points of its text, as the export writes them as selections. Records
// whose anchor is missing or empty (or not on a character boundary) are left out.
struct RecordRange {
    const TagRecord* record = nullptr;
    std::size_t start = 0;
    std::size_t end = 0;
};
std::vector<RecordRange> recordRanges(const TranscriptText& transcript, const TextPositions& positions);

// The project's theme a record's theme is: by id, else by name (a transcript from another project); nullptr when gone.
const Theme* themeOfRef(const ets::Project& project, const ThemeRef& ref);

struct ExportedProject {
    Project project;
    std::vector<std::pair<std::string, std::string>> sourceFiles;  // name in sources/, UTF-8 text
    int passages = 0;                                              // selections written
    int skipped = 0;  // records whose anchor was missing or whose themes are all gone
};

// The codebook alone (for the .qdc and the project's CodeBook).
std::vector<Code> codesOf(const ets::Project& project);

// Throws Error("refi.bad_utf8") for a text that is not UTF-8 (never from LibreOffice).
ExportedProject exportProject(const ets::Project& project, const std::vector<TranscriptText>& transcripts,
                              const std::string& origin);

// What the export wrote, for the person: the file, the transcripts, passages, themes and organisations, and the
// passages left out (an anchor gone, or no theme left) when there were any.
std::string exportSummary(const ets::Project& project, const ExportedProject& exported, const std::string& file,
                          std::size_t transcripts, const Catalogue& texts);

}  // namespace ets::refi
