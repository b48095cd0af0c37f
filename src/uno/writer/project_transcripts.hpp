#pragma once
// The project's transcripts in Writer: the open document of a transcript when there is one (what the person sees,
// saved or not), else its file opened hidden; and the project's index of passages kept in step with them.

#include "core/coding/codebook_rewrite.hpp"
#include "core/project/opened_project.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ets::uno {

// What a refresh of the index met: transcripts that could not be read (missing or damaged) and transcripts another
// person has open, read from their last saved file (by project path, with who holds them).
struct IndexRefresh {
    std::vector<std::string> unreadable;
    std::vector<std::pair<std::string, std::string>> held;
};

// Brings the whole index up to date: open transcripts are read as they are, closed ones only if their file changed
// since the index last read them (core needsIndexing): a closed .odt from its zip (core odt_transcript), anything that
// reader refuses opened hidden; one another office has open is read, read only, from its saved file. Writes this
// office's index when it changed (the project file only when a transcript brought themes). `progress` (optional) hears (transcripts looked at, transcripts in all) before each transcript.
IndexRefresh refreshProjectIndex(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                                 const std::function<void(std::size_t, std::size_t)>& progress = {});

// refreshProjectIndex with the progress in the frame's status bar (`progressText`), then the project to count from:
// a copy in which the transcripts that could not be read count for nothing (core withoutUnreadable). Those are kept in
// opened.leftOutTranscripts, so that the command's result names them (a command that says them itself clears it).
struct CountedProject {
    Project project;                                        // a copy to count from, never to save
    std::vector<std::string> unreadable;                    // transcripts (project paths) that could not be read
    std::vector<std::pair<std::string, std::string>> held;  // read as saved: another person has them open
};
CountedProject countedProject(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                              const rtl::OUString& progressText);

// Runs `change` on the transcript of the project at `key`: on the open document when it is open (left modified for
// the person to save), else on the file, opened hidden, saved and closed. Throws transcript.held {file, who} when
// another LibreOffice has it open (it cannot be written now).
void withTranscript(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                    const std::string& key, const std::function<void(WriterTranscript&)>& change);

// withTranscript, but a closed transcript is saved only when `change` returns true (it changed something).
void changeTranscript(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                      const std::string& key, const std::function<bool(WriterTranscript&)>& change);

// Runs `read` on the transcript of the project at `key` without changing it: on the open document when it is open,
// else, for a closed .odt, on what its file holds read without LibreOffice (core odt_transcript), else on the file
// opened hidden and closed again unsaved (read only when another office has it open: the command then says so, see
// OpenedProject::heldTranscripts). Throws transcript.missing / transcript.unreadable.
void readTranscript(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                    const std::string& key, const std::function<void(TranscriptDocument&)>& read);

// The interview card's document properties of a transcript of the project: from the open document when it is open,
// else from the file's metadata, without loading it. Throws a UNO exception when the file cannot be read.
std::map<std::string, std::string> transcriptCard(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                  const OpenedProject& opened, const std::string& key);

// Rewrites the transcript open here when it waits for a codebook change (core pending rewrites). One without changes
// of the person's own is saved at once and the project no longer waits for it. Does nothing otherwise, or for a
// document that cannot be changed.
void rewriteIfPending(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                      WriterTranscript& transcript);

// The project's transcripts as Writer opens, rewrites and saves them (the port of core/coding/codebook_rewrite): an
// open one is changed where the person sees it (one undo step) and saved unless it had changes of the person's own; a
// closed one is opened hidden, changed, saved and closed, marked meanwhile in the office's profile (markRewriting) so
// that a crash leaves no lock that would pass for a person's.
class OfficeTranscripts : public TranscriptFiles {
public:
    OfficeTranscripts(css::uno::Reference<css::uno::XComponentContext> context, const OpenedProject& opened);
    bool rewrite(const std::string& key, const std::function<void(TranscriptDocument&)>& change) override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::filesystem::path folder_;
    std::filesystem::path marker_;
};

// Where the office marks the transcript it rewrites (in its profile, beside its indexes); empty when it keeps none.
std::filesystem::path rewriteMarkerOf(const OpenedProject& opened);

// The transcripts open in this office that were moved or renamed since the project last knew them: the project
// follows each (core followedTranscriptKey; saved, and said by the command's report).
void followOpenTranscripts(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject& opened);

// Brings the transcript at `key` forward in a window (opening it if needed) with the passage `anchor` selected.
void showPassage(const css::uno::Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                 const std::string& key, const std::string& anchor);

}  // namespace ets::uno
