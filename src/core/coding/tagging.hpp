#pragma once
// Tagging and untagging passages of a transcript: what TagSelection, Untag, Passages and Themes decide, taken against
// the transcript's port (TranscriptDocument) and the project. The caller makes each call one undo step and saves the
// project when it says so; the transcript itself is saved by the person.

#include "core/coding/passage_index.hpp"
#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// A transcript can be tagged once it carries an interview card and has been saved (the project knows its passages by
// its file): throws transcript.no_card / transcript.not_saved.
void requireTaggable(const TranscriptDocument& transcript);

// What a person asks when they tag a passage.
struct TagRequest {
    std::vector<std::string> themes;  // names as given; an unknown name becomes a new theme at the top level
    std::string memo;                 // replaces the passage's memo when not empty
    std::string coder;                // the author of a new passage
    std::string date;                 // YYYY-MM-DD: when a new passage was made
    std::string themesLabel;          // how the comment in the margin begins ("Thèmes"), in the person's language
};

struct Tagged {
    std::string anchor;
    bool newPassage = false;                 // false: the passage over the same text gained the themes
    std::vector<std::string> createdThemes;  // names added to the codebook: the project must be saved
};

// Tags `span` of the transcript `key` (its project path). The same text tagged again by the same coder keeps one
// passage, which gains the themes it lacked; tagged by another coder it is a passage of their own (double coding).
// Everything is decided on copies first: a refusal changes neither the project nor the document:
//   tag.no_theme {}        no theme given (blank names do not count)
//   coder.missing {}       nobody is named as coder on this machine
//   memo.too_long {}       the memo is longer than kMaxMemoCharacters
// The passage enters the project's index at once (its themes resolved once, here) and the transcript's stamp is
// forgotten: the document now differs from its file.
Tagged tagSpan(Project& project, const std::string& key, TranscriptDocument& transcript, const TextSpan& span,
               const TagRequest& request);

// What the tagging dialog shows for a span: the themes of `coder`'s passage over exactly its text (codebook names) and
// its memo; nothing when they have not tagged that text yet (another coder's passage there stays unseen: blind coding).
struct SpanTags {
    std::vector<std::string> themes;
    std::string memo;
};
SpanTags tagsOver(const Project& project, const TranscriptDocument& transcript, const TextSpan& span,
                  const std::string& coder);

// The themes the tagging dialog offers: those used last first (a coder tags a run of passages alike; names no longer in
// the codebook are skipped), then the rest of the codebook in its order.
std::vector<std::string> themeChoices(const Project& project, const std::vector<std::string>& recent);
// The themes just used go to the front of `recent`, in the order given.
void rememberThemes(std::vector<std::string>& recent, const std::vector<std::string>& used);
// The theme list's filter: the names that contain the typed text, compared as the core compares names.
bool matchesFilter(std::string_view name, std::string_view filter);

// The longest memo a passage takes, in characters: a memo is a researcher's note, not a document — one pasted by
// mistake would be rewritten into the margin comment and the document's properties at each change.
inline constexpr std::size_t kMaxMemoCharacters = 20000;

// The passage whose memo the sidebar shows and edits: the first of `coder`'s passages at `anchors` (the anchors under
// the cursor or the selection); another coder's passage there is not shown (blind coding). Nothing when there is none.
std::optional<TagRecord> ownPassageAt(const std::vector<TagRecord>& records, const std::vector<std::string>& anchors,
                                      const std::string& coder);

// Gives the passage at `anchor` the memo `memo` (empty: no memo): its record, its margin comment and its entry in the
// index; nothing else of the document is read. Refused, changing nothing:
//   memo.no_passage {}          no passage of `coder` at `anchor`
//   memo.too_long {}            more than kMaxMemoCharacters
// Returns false when the memo was already that (nothing changed).
bool setPassageMemo(Project& project, const std::string& key, TranscriptDocument& transcript, const std::string& anchor,
                    const std::string& memo, const std::string& coder, std::string_view themesLabel);

// Removes the themes named (every theme when `themes` is empty) from the passages at `anchors`; a passage left without
// a theme loses its tag, its text stays. Unknown names are refused before anything changes (theme.unknown {name}), and
// untag.nothing {} when no passage carried any of them. Returns how many passages changed. The index of the transcript
// is brought up to date (see indexDocument).
int untagAnchors(Project& project, const std::string& key, TranscriptDocument& transcript,
                 const std::vector<std::string>& anchors, const std::vector<std::string>& themes,
                 std::string_view themesLabel);

// Removes one passage entirely (every theme), and its entry in the index.
void untagPassage(Project& project, const std::string& key, TranscriptDocument& transcript, const std::string& anchor);

// The transcript's tags rewritten as `change` makes its records: each kept record's margin comment and record, and
// the tag of an anchor no record keeps removed (the text stays).
void rewriteTags(TranscriptDocument& transcript, const std::function<void(std::vector<TagRecord>&)>& change,
                 std::string_view themesLabel);

// After a codebook change (rename, merge, delete) in `project`: the transcript's records and margin comments take the
// themes' names from the project (a merged theme's passages take the theme they joined, a deleted theme goes), and a
// passage left without a theme loses its tag. Index the transcript before the change (see refreshRecords).
void refreshTranscriptTags(const Project& project, const std::string& key, TranscriptDocument& transcript,
                           std::string_view themesLabel);

// Makes the project's passages of the transcript exactly its tags, first removing the tags whose whole text was deleted
// (their anchor is left empty). The stamp is forgotten: an open document may differ from its file.
IndexUpdate indexDocument(Project& project, const std::string& key, TranscriptDocument& transcript);

}  // namespace ets
