// vnd.ets:ExportQdpx — the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA,
// QualCoder: themes as codes, transcripts as plain-text sources with their passages, organisations as
// cases, interview cards as variables. Argument: File (a file picker when a person calls it).
// Result: a sentence with the file and the counts.

#include "commands/commands.hpp"

#include "core/coding/passage_index.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/refi/exchange_files.hpp"
#include "core/refi/project_export.hpp"
#include "core/project/project_paths.hpp"
#include "dialogs/exchange_file.hpp"
#include "dialogs/locate_transcript.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome exportQdpx(CommandCall& call) {
    OpenedProject& opened = *call.project;
    const std::filesystem::path file =
        exchangeFile(call.context, call.interactive, call.arguments,
                     {FileUse::Save, "qdpx", uiText(call.context, "refi.file_filter_qdpx"), opened.folder});
    if (file.empty())
        return CommandOutcome::cancel();

    // A transcript missing from its place stops the export (transcript.missing says what to do); a person is first
    // asked where it is now.
    if (call.interactive)
        for (const std::string& key : knownTranscripts(opened.project)) {
            std::error_code error;
            if (!std::filesystem::exists(transcriptFile(opened.folder, key), error))
                locateMissingTranscript(call.context, call.frame, opened, key);
        }
    // The texts as LibreOffice shows them: open transcripts as they are now, closed ones from their file.
    const std::set<std::string> keys = knownTranscripts(opened.project);
    std::vector<refi::TranscriptText> transcripts;
    {
        Progress progress(call.frame, uiText(call.context, "refi.progress_export"),
                          static_cast<sal_Int32>(keys.size()));
        for (const std::string& key : keys) {
            progress.set(static_cast<sal_Int32>(transcripts.size()), static_cast<sal_Int32>(keys.size()));
            readTranscript(call.context, opened, key, [&](TranscriptDocument& transcript) {
                PlainText plain = transcript.plainText();
                transcripts.push_back(
                    refi::TranscriptText{key, std::move(plain.text), std::move(plain.spans),
                                           recordsAsRewritten(opened.project, key, transcript.records())});
            });
        }
    }
    const refi::ExportedProject exported =
        refi::exportProject(opened.project, transcripts, "ETS Workbench " ETS_VERSION);
    refi::writeQdpxFile(file, exported);
    return reportDone(call, toOUString(refi::exportSummary(opened.project, exported, file.u8string(),
                                                           transcripts.size(), uiCatalogue(call.context))));
}

}  // namespace ets::uno::commands
