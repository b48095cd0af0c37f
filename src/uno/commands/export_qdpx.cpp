// vnd.ets:ExportQdpx — the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA,
// QualCoder: themes as codes, transcripts as plain-text sources with their passages, organisations as
// cases, interview cards as variables. Argument: File (a file picker when a person calls it).
// Result: a sentence with the file and the counts.

#include "office/progress.hpp"
#include "commands/commands.hpp"
#include "dialogs/exchange_file.hpp"
#include "office/strings.hpp"

#include "calc/spreadsheet.hpp"
#include "core/refi/exchange_files.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"
#include "writer/plain_text.hpp"

namespace ets::uno::commands {

CommandOutcome exportQdpx(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::filesystem::path file = exchangeFile(call.context, call.interactive, call.arguments,
                     {FileUse::Save, "qdpx", uiText(call.context, "refi.file_filter_qdpx"), opened.folder});
    if (file.empty())
        return CommandOutcome::cancel();

    // The texts as LibreOffice shows them: open transcripts as they are now, closed ones from their file.
    const std::set<std::string> keys = knownTranscripts(opened.project);
    std::vector<refi::TranscriptText> transcripts;
    {
        Progress progress(call.frame, uiText(call.context, "refi.progress_export"), static_cast<sal_Int32>(keys.size()));
        for (const std::string& key : keys)
        {
            progress.set(static_cast<sal_Int32>(transcripts.size()), static_cast<sal_Int32>(keys.size()));
            readTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
                PlainText plain = readPlainText(transcript.document());
                transcripts.push_back(refi::TranscriptText{key, std::move(plain.text), std::move(plain.spans),
                                                           transcript.records()});
            });
        }
    }
    const refi::ExportedProject exported = refi::exportProject(opened.project, transcripts, "ETS Workbench " ETS_VERSION);
    refi::writeQdpxFile(file, exported);
    rtl::OUString message = uiText(call.context, "refi.exported",
                                   {file.u8string(), std::to_string(transcripts.size()), std::to_string(exported.passages),
                                    std::to_string(opened.project.themes.size()),
                                    std::to_string(opened.project.organisations.size())});
    if (exported.skipped > 0)
        message += "\n" + uiText(call.context, "refi.exported_skipped", {std::to_string(exported.skipped)});
    return reportDone(call, message);
}

} // namespace ets::uno::commands
