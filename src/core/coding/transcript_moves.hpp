#pragma once
// Transcripts that move: a person moves or renames a transcript's file, then opens it from its new place. The
// transcript is recognised by its interview id (its card), and the project's path follows it, so that the project
// neither loses it nor lists its passages twice.

#include "core/coding/transcript_document.hpp"
#include "core/project/model.hpp"
#include "core/project/opened_project.hpp"

#include <functional>
#include <string>

namespace ets {

// The transcript at `key` (project path) carries the card of interview `interviewId`. When the project knows that
// interview at another path whose file is gone (`exists` says), the transcript was moved or renamed: every place the
// project names the old path names `key` instead — the interview, the passages (ids kept, so key quotes stay marked;
// one indexed meanwhile at the new path gives way to the old one of the same anchor), the pending rewrite; the stamps
// of both paths are forgotten, so that the transcript is read again. A copy (the old file still there: a second
// coder's copy, a transcript duplicated on purpose) is left alone. Returns the old path, empty when nothing moved.
std::string followMovedTranscript(Project& project, const std::string& interviewId, const std::string& key,
                                  const std::function<bool(const std::string&)>& exists);

// A person, asked where the missing transcript `key` is now, chose the file at `chosen` (project path), whose card
// carries `interviewId`. True when it is that transcript (the project knows its interview at `key`): the project then
// follows it as followMovedTranscript does. False for another file (nothing changes).
bool locateTranscript(Project& project, const std::string& key, const std::string& chosen,
                      const std::string& interviewId);

// The project path of a transcript open in the office (transcriptKey: throws transcript.not_saved for one never
// saved). When it was moved since the project last knew it, the project follows it first and is saved; the move is
// kept in opened.movedTranscripts for the command to say.
std::string followedTranscriptKey(OpenedProject& opened, const TranscriptDocument& transcript);

}  // namespace ets
