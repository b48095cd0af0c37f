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

CommandOutcome importQdpx(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::filesystem::path file = exchangeFile(
        call.context, call.interactive, call.arguments,
        {FileUse::Open, "qdpx", uiText(call.context, "refi.file_filter_qdpx"), opened.folder});
    if (file.empty())
        return CommandOutcome::cancel();
    const refi::ImportPlan plan = refi::planQdpxImport(opened.project, file);
    carryOutImport(call.context, call.frame, opened, plan, call.coder);
    const rtl::OUString summary = toOUString(refi::importSummary(plan, file.filename().u8string(), uiCatalogue(call.context)));
    return reportDone(call, summary);
}

} // namespace ets::uno::commands
