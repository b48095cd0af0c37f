#pragma once
// Keeps the project's index of passages in step with the transcripts: from an open document at
// once, and from closed ones only when their file changed since the index last read them.

#include "core/project/opened_project.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <map>
#include <set>
#include <string>

namespace ets::uno {

// The transcript's name in the project: its path relative to the project folder when it is saved
// inside it, else its absolute path. Throws transcript.not_saved for a document never saved.
std::string transcriptKey(const OpenedProject& opened, const WriterTranscript& transcript);

// Removes the tags whose text was deleted entirely (their bookmark is left empty) and makes the
// project's passages of this document exactly its tags. Does not save the project: the index is
// derived from the documents, so it is written with the next save of the project (a lost index is
// rebuilt from the transcripts, whose stamps say they must be read again).
IndexUpdate indexOpenTranscript(OpenedProject& opened, WriterTranscript& transcript);

// Brings the whole index up to date: open transcripts are read as they are, closed ones are opened
// (hidden) only if their file changed since last time. Returns the transcripts that could not be
// read (missing or damaged), by project path. Saves the project when anything changed.
// `progress` (optional) hears (transcripts looked at, transcripts in all) before each transcript.
std::vector<std::string> refreshProjectIndex(const css::uno::Reference<css::uno::XComponentContext>& context,
                                             OpenedProject& opened,
                                             const std::function<void(std::size_t, std::size_t)>& progress = {});

// refreshProjectIndex with the progress in the frame's status bar (`progressText`), then the project to count from:
// a copy in which the transcripts that could not be read count for nothing (core withoutUnreadable).
struct CountedProject {
    Project project;                      // a copy to count from, never to save
    std::vector<std::string> unreadable;  // transcripts (project paths) that could not be read
};
CountedProject countedProject(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                              const rtl::OUString& progressText);

// Runs `change` on the transcript of the project at `key`: on the open document when it is open
// (left modified for the person to save), else on the file, opened hidden, saved and closed.
void withTranscript(const css::uno::Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                    const std::string& key, const std::function<void(WriterTranscript&)>& change);

// The interview card's document properties of a transcript of the project (see interview_document.hpp): from
// the open document when it is open, else from the file's metadata, without loading it. Throws a UNO
// exception when the file cannot be read.
std::map<std::string, std::string> transcriptCard(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                  const OpenedProject& opened, const std::string& key);
// Every transcript the project knows: those of its interviews and those its passages come from.
std::set<std::string> knownTranscripts(const Project& project);

// Runs `read` on the transcript of the project at `key` without changing it: on the open document
// when it is open (what the person sees, saved or not), else on the file opened hidden and closed
// again unsaved. Throws transcript.missing / transcript.unreadable.
void readTranscript(const css::uno::Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                    const std::string& key, const std::function<void(WriterTranscript&)>& read);

} // namespace ets::uno
