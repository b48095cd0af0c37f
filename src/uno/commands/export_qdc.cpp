// vnd.ets:ExportQdc — the codebook (themes, their hierarchy, colours and descriptions) as a REFI-QDA
// codebook (.qdc). Argument: File (a file picker when a person calls it). Result: the file and the count.

#include "commands/commands.hpp"
#include "commands/exchange.hpp"

#include "core/text/error.hpp"
#include "core/refi/exchange_files.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

CommandOutcome exportQdc(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    if (opened.project.themes.empty())
        throw Error("refi.codebook_empty");  // said before asking for a file
    const std::filesystem::path file = exchangeFile(call, FileUse::Save, "qdc", "refi.file_filter_qdc");
    if (file.empty())
        return CommandOutcome::cancel();
    refi::writeQdcFile(file, opened.project, "ETS Workbench " ETS_VERSION);
    return reportDone(call, uiText(call.context, "refi.exported_codebook",
                                   {file.u8string(), std::to_string(opened.project.themes.size())}));
}

} // namespace ets::uno::commands
