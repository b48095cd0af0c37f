// vnd.ets:OrganisationsSheet — the register of organisations as a table in the open spreadsheet (sheet « Organisations
// »): every field, the number of interviews and the themes raised; below it, the committee's referents with how many
// organisations each named and how many were met, flagged outside 3 to 5. Refreshed in place. No argument
// (Interactive=false).

#include "commands/commands.hpp"

#include "calc/sheet_stack.hpp"
#include "calc/spreadsheet.hpp"
#include "core/analysis/organisations_sheet.hpp"
#include "office/user_settings.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome organisationsSheet(CommandCall& call) {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    calc::followUiLanguage(doc, officeUiLocale(call.context));
    const Catalogue& texts = uiCatalogue(call.context);
    const Project project =
        countedProject(call.context, call.frame, *call.project, uiText(call.context, "tally.progress")).project;

    OUString sheetName;
    {
        UndoStep undo(doc, uiText(call.context, "undo.organisations_sheet"));
        // The register's widths are fitted before the referents are written under it: they do not widen its columns.
        const calc::WrittenStack written = calc::writeStack(doc, {organisationsBlock(project, texts)});
        calc::writeBelow(doc, written, referentsBlock(project, texts), kReferentsPlace);
        sheetName = written.sheetName;
    }
    const OUString message =
        uiText(call.context, "orgsheet.done", {toUtf8(sheetName), std::to_string(project.organisations.size())});
    return reportDone(call, message);
}

}  // namespace ets::uno::commands
