#pragma once
// Transcripts whose tags wait for a codebook change: another person had them open when a theme was renamed, merged or
// deleted, so they could not be rewritten then. Reading them applies the change in memory (a merged theme never comes
// back from them); opening them in an office with the extension rewrites them for good.

#include "core/coding/tag_record.hpp"
#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Records that `transcript` waits for this change (a rename's replacements are empty: names follow the ids). A second
// change composes with the first: a theme merged into one that is later deleted ends up deleted.
void addPendingRewrite(Project& project, const std::string& transcript,
                       const std::map<std::string, std::string>& replaced);

// The rewrite `transcript` waits for, or nullptr.
const PendingRewrite* pendingRewriteOf(const Project& project, std::string_view transcript);

// The records as the codebook names them now: each theme replaced as `replaced` says (a deleted one dropped), names
// taken from the project, a record left with no theme removed. True when anything changed.
bool applyReplacements(std::vector<TagRecord>& records, const std::map<std::string, std::string>& replaced,
                       const Project& project);

// The records read from the transcript at `key`, as they will be once it is rewritten (unchanged when nothing waits):
// what an export or a comparison reads from a transcript that still waits.
std::vector<TagRecord> recordsAsRewritten(const Project& project, std::string_view key, std::vector<TagRecord> records);

// Rewrites the transcript for its pending rewrite (records, margin comments; a passage left with no theme loses its
// tag). False when none was pending. The rewrite is still pending: it is forgotten once the transcript is saved.
bool rewritePending(const Project& project, std::string_view key, TranscriptDocument& transcript,
                    std::string_view themesLabel);

// The transcript was saved as the codebook names it now: nothing waits for it any more.
void forgetPendingRewrite(Project& project, std::string_view key);

}  // namespace ets
