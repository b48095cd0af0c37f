// vnd.ets:ImportQdpx — a REFI-QDA project (.qdpx) from another tool into the open project: codes
// become themes (merged by name), text sources become transcripts whose passages are ETS tags, cases
// become organisations. The file is read and checked whole first: a hostile or malformed file writes
// nothing. Argument: File (a file picker when a person calls it). Result: the summary.

#include "commands/commands.hpp"
#include "commands/exchange.hpp"

#include "core/refi/exchange_files.hpp"

namespace ets::uno::commands {

CommandOutcome importQdpx(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::filesystem::path file = exchangeFile(call, FileUse::Open, "qdpx", "refi.file_filter_qdpx");
    if (file.empty())
        return CommandOutcome::cancel();
    const refi::ImportPlan plan = refi::planQdpxImport(opened.project, file);
    return reportDone(call, carryOutImport(call, opened, plan, file));
}

} // namespace ets::uno::commands
