// vnd.ets:TranscriptPdf — the open transcript as a PDF a person can read on paper: each comment (the passages' themes
// and memos, and the person's own) becomes a numbered note at the end of the text it covers — at the foot of its
// page, or all at the end — with who wrote it and when; each passage is tinted with its first theme's colour. Writer
// itself would export the comments as icons sitting on the words. The open document is not changed: a hidden copy is.
// Arguments: File (the .pdf; a file picker when a person calls it), Notes (Page or End; Page by default).
// Result: the PDF's path.

#include "commands/commands.hpp"

#include "core/coding/readable_copy.hpp"
#include "core/text/error.hpp"
#include "dialogs/exchange_file.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/new_document.hpp"
#include "writer/package_document.hpp"
#include "writer/pdf_export.hpp"
#include "writer/readable_copy.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/util/XModifiable.hpp>

namespace ets::uno::commands {

CommandOutcome transcriptPdf(CommandCall& call) {
    OpenedProject& opened = *call.project;
    WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
    if (transcript.interviewId().empty())
        throw Error("transcript.no_card");
    const NotePlacement placement = notePlacement(call.arguments.textOr("Notes", ""));
    ExchangeFileRequest request{FileUse::Save, "pdf", uiText(call.context, "pdf.file_filter"), opened.folder};
    if (!transcript.file().empty())
        request.folder = transcript.file().parent_path();
    const std::filesystem::path pdf = exchangeFile(call.context, call.interactive, call.arguments, request);
    if (pdf.empty())
        return CommandOutcome::cancel();

    const css::uno::Reference<css::text::XTextDocument> copy = openHiddenCopy(call.context, transcript.document());
    int notes = 0;
    try {
        {
            Progress progress(call.frame, uiText(call.context, "pdf.progress"), 1);
            notes = makeReadable(copy, opened.project, placement, uiCatalogue(call.context),
                                 [&](int done, int all) { progress.set(done, all); });
        }
        exportPdf(copy, pdf);
    } catch (...) {
        closeQuietly(copy);
        throw;
    }
    css::uno::Reference<css::util::XModifiable>(copy, css::uno::UNO_QUERY_THROW)->setModified(false);
    closeQuietly(copy);
    if (!call.interactive)
        return CommandOutcome::done(toOUString(pdf.u8string()));
    return reportDone(call, uiText(call.context, "pdf.done", {pdf.u8string(), std::to_string(notes)}));
}

}  // namespace ets::uno::commands
