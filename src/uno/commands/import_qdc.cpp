// vnd.ets:ImportQdc — a REFI-QDA codebook (.qdc) into the project's themes: merged by name, the
// hierarchy, colours and descriptions kept. Argument: File (a file picker when a person calls it).
// Result: the summary.

#include "commands/commands.hpp"
#include "commands/exchange.hpp"

#include "core/refi/exchange_files.hpp"

namespace ets::uno::commands {

CommandOutcome importQdc(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::filesystem::path file = exchangeFile(call, FileUse::Open, "qdc", "refi.file_filter_qdc");
    if (file.empty())
        return CommandOutcome::cancel();
    const refi::ImportPlan plan = refi::planQdcImport(opened.project, file);
    return reportDone(call, carryOutImport(call, opened, plan, file));
}

} // namespace ets::uno::commands
