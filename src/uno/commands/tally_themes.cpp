// vnd.ets:TallyThemes — in the open spreadsheet: the themes × organisations tally (sheet « Thèmes »), every quote with
// a link to its passage (sheet « Citations ») and a chart of the themes by number of organisations; refreshed in place.
// Arguments: Organisations, Themes (";"-separated filters), Coder. Result: a sentence with the counts.

#include "commands/commands.hpp"

#include "calc/sheet_stack.hpp"
#include "calc/spreadsheet.hpp"
#include "core/analysis/tally_sheet.hpp"
#include "core/coding/codebook.hpp"
#include "office/user_settings.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome tallyThemes(CommandCall& call) {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    calc::followUiLanguage(doc, officeUiLocale(call.context));
    const Catalogue& texts = uiCatalogue(call.context);
    OpenedProject& opened = *call.project;
    TallyFilter filter;
    filter.organisations = splitList(call.arguments.textOr("Organisations", ""));
    filter.themes = splitList(call.arguments.textOr("Themes", ""));
    filter.coder = call.arguments.textOr("Coder", "");
    tallyThemes(opened.project, filter);  // refuses unknown names before any transcript is read

    const CountedProject counted =
        countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress"));
    const Tally tally = tallyThemes(counted.project, filter);
    std::string themesSheet, quotesSheet;
    {
        UndoStep undo(doc, uiText(call.context, "undo.tally"));
        themesSheet = toUtf8(calc::writeStack(doc, {tallyThemesBlock(tally, texts)}).sheetName);
        quotesSheet = toUtf8(calc::writeStack(doc, {tallyQuotesBlock(tally, texts, opened.folder)}).sheetName);
    }
    const OUString message = toOUString(tallyMessage(tally, counted.unreadable, themesSheet, quotesSheet, texts));
    call.project->leftOutTranscripts.clear();  // said in the tally's own words
    return reportDone(call, message, counted.unreadable.empty() ? MessageKind::Info : MessageKind::Error);
}

}  // namespace ets::uno::commands
