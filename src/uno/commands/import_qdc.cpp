// vnd.ets:ImportQdc — a REFI-QDA codebook (.qdc) into the project's themes: merged by name, the
// hierarchy, colours and descriptions kept. Argument: File (a file picker when a person calls it).
// Result: the summary.

#include "commands/commands.hpp"

#include "core/refi/exchange_files.hpp"
#include "core/refi/import_transcript.hpp"
#include "dialogs/exchange_file.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/import_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome importQdc(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::filesystem::path file = exchangeFile(
        call.context, call.interactive, call.arguments,
        {FileUse::Open, "qdc", uiText(call.context, "refi.file_filter_qdc"), opened.folder});
    if (file.empty())
        return CommandOutcome::cancel();
    const refi::ImportPlan plan = refi::planQdcImport(opened.project, file);
    carryOutImport(call.context, call.frame, opened, plan, call.coder);
    const rtl::OUString summary = toOUString(refi::importSummary(plan, file.filename().u8string(), uiCatalogue(call.context)));
    return reportDone(call, summary);
}

} // namespace ets::uno::commands
