// vnd.ets:ImportQdc — a REFI-QDA codebook (.qdc) into the project's themes: merged by name, the
// hierarchy, colours and descriptions kept. Argument: File (a file picker when a person calls it).
// Result: the summary. It is ImportQdpx's import with a codebook's plan.

#include "commands/commands.hpp"

#include "core/refi/exchange_files.hpp"

namespace ets::uno::commands {

CommandOutcome importQdc(CommandCall& call) {
    return importExchangeFile(call, "qdc", "refi.file_filter_qdc", &refi::planQdcImport);
}

}  // namespace ets::uno::commands
