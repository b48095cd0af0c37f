#include "calc/hours_sheet.hpp"

#include "calc/sheet_block.hpp"
#include "calc/sheet_stack.hpp"
#include "calc/spreadsheet.hpp"
#include "core/timesheet/hours_sheet.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/undo_step.hpp"

namespace ets::uno::calc {

using css::uno::Reference;

rtl::OUString writeHoursSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc, const Project& project,
                              const Catalogue& texts) {
    UndoStep undo(doc, toOUString(texts.text("undo.hours_sheet")));
    // Stacked, summary first: a block that grows inserts whole rows, which move the blocks below it and would cut
    // through a block beside it.
    const WrittenStack stack = writeStack(
        doc,
        {{kHoursSummaryBlock, [&](CellPosition origin) { return hoursSummaryBlock(project, texts, origin); }},
         {kHoursInvoiceBlock, [&](CellPosition origin) { return hoursInvoiceBlock(project, texts, origin); }},
         {kHoursEntriesBlock, [&](CellPosition origin) { return hoursEntriesBlock(project, texts, origin); }}},
        kHoursBlockPlace);
    return stack.sheetName;
}

void refreshHoursSheetIfPresent(const Reference<css::frame::XFrame>& frame, const Project& project,
                                const Catalogue& texts) {
    try {
        Reference<css::sheet::XSpreadsheetDocument> doc = writableSpreadsheetIn(frame);
        if (doc.is() && findBlock(doc, kHoursSummaryBlock).is())
            writeHoursSheet(doc, project, texts);
    } catch (const std::exception& exception) {
        logError("hours sheet not refreshed", exception.what());
    } catch (const css::uno::Exception& exception) {
        logError("hours sheet not refreshed", toUtf8(exception.Message));
    }
}

}  // namespace ets::uno::calc
