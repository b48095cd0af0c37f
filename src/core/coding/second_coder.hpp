#pragma once
// Blind double coding: the copy of a transcript a second coder codes (vnd.ets:CopyForSecondCoder) and how it is found
// again. The copy keeps the transcript's text and interview card (so the agreement compares it with the original as
// one interview) and carries no passage; it lies beside the original as "<name> (<coder>)<extension>".

#include "core/coding/transcript_document.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ets {

// Where the copy for `coder` goes: beside `original`, "<stem> (<coder>)" with the original's extension, or with -2,
// -3… when that name is taken. Throws coder.missing {} for a blank coder name.
std::filesystem::path secondCoderCopyPath(const std::filesystem::path& original, const std::string& coder);

// True when `candidate` is named as a copy of `original` for some coder: "<stem> (<anything>)" (and an optional
// -N) with the same extension, in the same folder.
bool isSecondCoderCopy(const std::filesystem::path& original, const std::filesystem::path& candidate);

// The copies of `original` in its folder (absolute paths, sorted); none when the folder cannot be read.
std::vector<std::filesystem::path> secondCoderCopies(const std::filesystem::path& original);

// The coders whose comments ShowCoders hides to show `me` only their own: every other coder of the records, each once.
// Throws coder.missing {} when nobody is named as coder on this machine.
std::vector<std::string> otherCoders(const std::vector<TagRecord>& records, const std::string& me);

// Makes the copy carry no passage: every ETS anchor and its comment removed, no tag record. The text and the card stay.
// Returns how many passages were removed.
int removeAllPassages(TranscriptDocument& copy);

}  // namespace ets
