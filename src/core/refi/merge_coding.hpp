#pragma once
// vnd.ets:MergeCoding: another coder's passages brought into a transcript of the project, from their copy of it (which
// they may have edited a little) or from their REFI-QDA export. Each passage is found again on the same words of our
// text by aligning the two texts (text_alignment.hpp), not by its offsets. The same text tagged with the same theme by
// the same coder is never doubled, so merging twice changes nothing the second time; a passage whose text is not in
// our transcript any more is listed, never dropped in silence.

#include "core/coding/tag_record.hpp"
#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"
#include "core/refi/import_plan.hpp"
#include "core/text/catalogue.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// A passage as the other coder's document holds it: code points of IncomingTranscript::text, end exclusive.
struct IncomingPassage {
    std::size_t start = 0;
    std::size_t end = 0;
    std::vector<ThemeRef> themes;  // the id is only trusted when our project has that theme (the same project)
    std::string memo;
    std::string coder;
    std::string created;
};

// The other coder's transcript: what it is called for the person, its interview (empty when it does not say), its
// text (paragraphs joined by LF) and its passages.
struct IncomingTranscript {
    std::string name;
    std::string interviewId;
    std::string text;
    std::vector<IncomingPassage> passages;
};

// A transcript document read as IncomingTranscript: each record on the text of its anchor (a record whose anchor is
// gone is no passage any more, as the index says; an anchor Writer renamed on paste is found by its base name).
IncomingTranscript incomingTranscript(const std::string& name, const std::string& interviewId, const PlainText& plain,
                                      const std::vector<TagRecord>& records);

// What the merge brings for one coder: incoming passages added as passages of their own, added to a passage of theirs
// on the same text (it gained a theme), already there, and those whose text was not found (their text, to be read).
struct CoderMerge {
    std::string coder;
    int added = 0;
    int completed = 0;
    int present = 0;
    std::vector<std::string> notFound;
};

// One change to our transcript: a new passage, or more themes for a passage it has (its anchor).
struct MergeStep {
    std::size_t start = 0;  // code points of our transcript's plain text
    std::size_t end = 0;
    std::string anchor;               // empty: a new passage
    std::string coder;                // a new passage's
    std::vector<std::string> themes;  // names to add (resolved, or created, in the codebook when carried out)
    std::string memo;                 // a new passage's
    std::string created;              // a new passage's
    std::string text;                 // our text the passage spans, to check the result
};

struct MergePlan {
    std::string from;  // IncomingTranscript::name
    std::vector<MergeStep> steps;
    std::vector<CoderMerge> coders;  // in the order the coders first appear in the incoming transcript
    bool changes() const { return !steps.empty(); }
};

// What merging `theirs` into our transcript (its plain text, tags and interview id) will do, decided before anything
// changes. A passage is found when at least half of its characters are found in our text, in order, through the
// alignment of the two texts; else when its exact text occurs once in ours (a paragraph moved); else it is listed as
// not found. Themes are matched by id when the project has it, else by name. `fallbackCoder` is the coder of passages
// that name none. Throws merge.other_interview {theirs, ours} when both name an interview and they differ.
MergePlan planMerge(const Project& project, const PlainText& ours, const std::vector<TagRecord>& ourRecords,
                    const std::string& ourInterviewId, const std::string& ourName, const IncomingTranscript& theirs,
                    const std::string& fallbackCoder = "");

// Carries the plan out in our transcript `key` (in `transcript`, which must be the one planned from): every span taken
// first, then passages tagged (missing themes created in the codebook) with their margin comment by their coder, and
// the project's index of the transcript rebuilt. Throws merge.passages_moved {file, count} when a new tag does not
// hold the text planned (the caller then drops the changes). Returns the names of the themes created.
// `newThemes` (from a .qdpx's codebook: parents first) gives a theme the merge creates its place under its parent (created
// too when missing), its description and colour; a theme not among them is created at the top level.
std::vector<std::string> carryOutMerge(Project& project, const std::string& key, TranscriptDocument& transcript,
                                       const MergePlan& plan, std::string_view themesLabel,
                                       const std::vector<refi::PlannedTheme>& newThemes = {});

// Merges `b` into `a`, coder by coder (what came from several transcripts).
void addUp(std::vector<CoderMerge>& a, const std::vector<CoderMerge>& b);

// For each of `texts`, which of `candidates` is the same transcript, perhaps edited a little (a REFI-QDA source whose
// name is not one of ours): the one holding the most of its runs of five words, when it holds at least half of them.
std::vector<std::optional<std::size_t>> sameTranscripts(const std::vector<std::string>& texts,
                                                        const std::vector<std::string>& candidates);

// What the merge did, for the person: where from and into which transcripts, a line per coder, the themes created,
// `extra` lines (already in the person's language), then the text of every passage not found.
std::string mergeMessage(const std::string& from, const std::vector<std::string>& transcripts,
                         const std::vector<CoderMerge>& coders, const std::vector<std::string>& themesCreated,
                         const std::vector<std::string>& extra, const Catalogue& texts);

// The result for macros: {"from":…, "transcripts":[…], "coders":[{"coder","added","completed","present",
// "notFound":[texts]}], "themesCreated":[…]}.
std::string mergeJson(const std::string& from, const std::vector<std::string>& transcripts,
                      const std::vector<CoderMerge>& coders, const std::vector<std::string>& themesCreated);

}  // namespace ets
