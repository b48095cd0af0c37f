#pragma once
// The project's index of passages, rebuilt from the tags the transcript documents carry, and
// the file stamps that spare reopening a transcript that has not changed.

#include "core/coding/passage_context.hpp"
#include "core/coding/tag_record.hpp"
#include "core/project/model.hpp"

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace ets {

// An anchor (bookmark) found in the document, the text it spans and the text before it (for the quote's context).
struct AnchoredText {
    std::string anchor;
    std::string text;
    TextBefore before;
};

struct IndexUpdate {
    int added = 0;
    int removed = 0;
    int updated = 0;                         // kept, but text, themes, memo, coder or anchor changed
    std::vector<std::string> createdThemes;  // names of the themes the document brought
};

// The passage's speaker, lead-in and prompt, from its context.
void setContext(Passage& passage, const PassageContext& context);

// Makes project.passages of `transcript` exactly the tags present in the document: one passage
// per record whose anchor spans some text (a record without its anchor, or whose anchor spans
// only blanks, is dropped: the passage was deleted). A record whose exact anchor is gone takes an
// unclaimed anchor of the same anchorBase (Writer renamed the bookmark when it was cut and pasted);
// the passage's anchor is then that bookmark's name, not the record's. Themes are resolved by id,
// else by name, else created with the record's id and name (a transcript copied from another
// project brings its themes). Two records naming the same anchor give one passage (the first's).
// Passage ids are kept from the previous index for the same anchor, else derived from
// (transcript, anchor), so indexing again does not change them. Other transcripts' passages are
// untouched; this transcript's stay where the first of them was in project.passages.
IndexUpdate indexTranscript(Project& project, const std::string& transcript, const std::vector<TagRecord>& records,
                            const std::vector<AnchoredText>& anchors);

// Records one passage just tagged (or re-tagged) in an open document, without reading the other
// tags of the document: tagging stays as fast in a long transcript as in a short one. The rest of
// the transcript's index is brought up to date by the next indexTranscript, which every reader of
// the index runs first. Themes are resolved as in indexTranscript (created when missing).
IndexUpdate indexPassage(Project& project, const std::string& transcript, const TagRecord& record,
                         const std::string& text, const TextBefore& before = {});

// Puts one passage, its themes already resolved, into the index as it is now in its document: the passage of the same
// transcript and anchor is replaced (removed when no theme is left), else it is added with a derived id (none is
// added for blank text). What indexPassage does once it has resolved the record's themes.
IndexUpdate putPassage(Project& project, Passage passage);

// True unless the project holds a stamp for this transcript with the same time and size.
bool needsIndexing(const Project& project, const TranscriptStamp& current);
// Replaces the transcript's stamp (or adds it, keeping project.transcripts sorted).
void recordStamp(Project& project, const TranscriptStamp& stamp);
// Drops the stamp of a transcript whose passages were indexed from its open, possibly unsaved,
// document: what the file holds is no longer known, so the next refresh reads the file again.
void forgetStamp(Project& project, std::string_view transcript);
// The transcript's stamp as the file system gives it now (transcript relative to the folder,
// or absolute). Throws transcript.missing {path} (the full path) when it is not a readable file.
TranscriptStamp stampOf(const std::filesystem::path& projectFolder, const std::string& transcript);

// Brings a document's records in line with the project after the codebook changed (rename,
// merge, delete): names refreshed from the project by id; a record carrying a theme no longer in
// the project takes the themes of its passage in the index when there is one (so a merge gives
// it the theme merged into), else keeps the themes it can still find by id or name; records left
// with no theme are removed. Passages are looked up by anchor, in `transcript` when given (else
// in any transcript, as long as they agree). Returns true if anything changed.
// Index the transcript first: the index is trusted over the record when a theme is gone.
bool refreshRecords(const Project& project, std::vector<TagRecord>& records, const std::string& transcript = "");

// Every transcript the project knows: those of its interviews and those its passages come from (project paths).
std::set<std::string> knownTranscripts(const Project& project);

// What counting starts from once the index is refreshed: a copy of the project in which the transcripts that could not
// be read (project paths) count for nothing: their passages are left out and their interviews lose their transcript
// (the project file keeps both, for when the transcript can be read again).
Project withoutUnreadable(const Project& project, const std::vector<std::string>& unreadable);

}  // namespace ets
