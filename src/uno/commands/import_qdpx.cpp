// vnd.ets:ImportQdpx — a REFI-QDA project (.qdpx) from another tool into the open project: codes
// become themes (merged by name), text sources become transcripts whose passages are ETS tags, cases
// become organisations. The file is read and checked whole first: a hostile or malformed file writes
// nothing. Argument: File (a file picker when a person calls it). Result: the summary.

#include "commands/commands.hpp"

#include "core/refi/exchange_files.hpp"
#include "core/refi/import_transcript.hpp"
#include "dialogs/exchange_file.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/import_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome importExchangeFile(CommandCall& call, const char* extension, const char* filterKey,
                                  refi::ImportPlan (*plan)(const Project&, const std::filesystem::path&)) {
    OpenedProject& opened = *call.project;
    const std::filesystem::path file =
        exchangeFile(call.context, call.interactive, call.arguments,
                     {FileUse::Open, extension, uiText(call.context, filterKey), opened.folder});
    if (file.empty())
        return CommandOutcome::cancel();
    const refi::ImportPlan planned = plan(opened.project, file);  // the whole file checked before anything is written
    carryOutImport(call.context, call.frame, opened, planned, call.coder);
    return reportDone(call,
                      toOUString(refi::importSummary(planned, file.filename().u8string(), uiCatalogue(call.context))));
}

CommandOutcome importQdpx(CommandCall& call) {
    return importExchangeFile(call, "qdpx", "refi.file_filter_qdpx", &refi::planQdpxImport);
}

}  // namespace ets::uno::commands
