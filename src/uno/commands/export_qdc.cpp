// vnd.ets:ExportQdc — the codebook (themes, their hierarchy, colours and descriptions) as a REFI-QDA
// codebook (.qdc). Argument: File (a file picker when a person calls it). Result: the file and the count.

#include "commands/commands.hpp"
#include "dialogs/exchange_file.hpp"
#include "office/strings.hpp"

#include "core/refi/exchange_files.hpp"
#include "core/text/error.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

CommandOutcome exportQdc(CommandCall& call) {
    OpenedProject& opened = *call.project;
    if (opened.project.themes.empty())
        throw Error("refi.codebook_empty");  // said before asking for a file
    const std::filesystem::path file =
        exchangeFile(call.context, call.interactive, call.arguments,
                     {FileUse::Save, "qdc", uiText(call.context, "refi.file_filter_qdc"), opened.folder});
    if (file.empty())
        return CommandOutcome::cancel();
    refi::writeQdcFile(file, opened.project, "ETS Workbench " ETS_VERSION);
    return reportDone(call, uiText(call.context, "refi.exported_codebook",
                                   {file.u8string(), std::to_string(opened.project.themes.size())}));
}

}  // namespace ets::uno::commands
