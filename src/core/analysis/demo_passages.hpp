#pragma once
// The coded passages of the demo project: the extension ships demo/passages.json beside the demo's project file and
// transcripts, and a copy of the demo (first run, OpenProject Demo=true) comes with them tagged, so that a person trying
// it sees a tally, briefs and counts in the sidebar at once. Each entry names a transcript file of the demo, a quote
// (the exact text of one paragraph of it), the themes of the demo codebook it carries, and optionally a memo, a coder
// and `key` (a key quote for its themes). What is read, where each quote goes and what is skipped is decided here;
// the office only opens each transcript hidden, runs codeDemoTranscript on it, saves it and closes it.

#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ets {

// The demo's researcher: the coder of an entry that names none (the demo project's own coder, as the demo script
// tags them).
inline constexpr const char* kDemoCoder = "Claire V.";

// Bounds of what is read: the file ships with the extension, but nothing read from disk may exhaust the office.
inline constexpr std::size_t kMaxDemoPassagesBytes = 2u * 1024u * 1024u;
inline constexpr std::size_t kMaxDemoPassages = 2000;
inline constexpr std::size_t kMaxDemoQuoteBytes = 4000;
inline constexpr std::size_t kMaxDemoThemes = 20;

struct DemoPassage {
    std::string transcript;  // a file name of the demo's transcripts/ folder ("ais-toit-commun.odt")
    std::string quote;       // exact text, within one paragraph
    std::vector<std::string> themes;
    std::string memo;
    std::string coder;  // never empty once read: kDemoCoder when the entry names none
    bool key = false;   // a key quote for its themes
};

struct DemoPassages {
    std::vector<DemoPassage> passages;  // the usable entries, in the file's order
    std::size_t refused = 0;            // entries left out: not an object, a field missing, of the wrong type or too
                                        // long, a transcript that is not a plain .odt file name, no theme
    bool unreadable = false;            // the file is missing, too large, not JSON or not an array: no passages
};

// The entries of passages.json. Never throws: what cannot be used is counted, never a reason to fail the copy.
DemoPassages demoPassagesFromJson(std::string_view text);
DemoPassages readDemoPassages(const std::filesystem::path& file);

// The transcripts to open, in the order of their first entry, each with its entries (in file order), by project path
// ("transcripts/<name>").
std::vector<std::pair<std::string, std::vector<DemoPassage>>> demoPassagesByTranscript(const DemoPassages& passages);

// Where `quote` lies in `plainText` (TranscriptDocument::plainText), in code points, end exclusive: its first
// occurrence, the text compared exactly except that the typographic and straight apostrophes, and the no-break and
// ordinary spaces, are one (as SearchAndTag compares them). Nothing when it is not there (or is blank).
std::optional<std::pair<std::size_t, std::size_t>> placeQuote(std::string_view plainText, std::string_view quote);

struct DemoCoding {
    std::size_t tagged = 0;         // entries tagged (a quote given twice adds its themes to one passage)
    std::size_t notFound = 0;       // quotes not in their transcript: skipped
    std::size_t unknownTheme = 0;   // entries naming a theme the codebook lacks: skipped (the demo's codebook stays)
    std::size_t failed = 0;         // entries of transcripts that could not be opened or tagged
    std::vector<std::string> missed;  // "<transcript>: <quote>" of each entry skipped, for the log

    DemoCoding& operator+=(const DemoCoding& other);
};

// Tags in `transcript` (project path `key`) each of `passages` it holds through tagSpan (coder, memo, themes of the
// entry; `date` the day of the copy), and marks the key quotes. An entry whose quote is not found, or that names a theme
// the codebook does not hold, is skipped and counted; nothing else is. The project gains the passages (saved by the
// caller, with the transcript).
DemoCoding codeDemoTranscript(Project& project, const std::string& key, TranscriptDocument& transcript,
                              const std::vector<DemoPassage>& passages, const std::string& date,
                              std::string_view themesLabel);

// The same entries counted as failed: their transcript could not be opened, tagged or saved.
DemoCoding failedDemoTranscript(const std::string& key, const std::vector<DemoPassage>& passages);

}  // namespace ets
