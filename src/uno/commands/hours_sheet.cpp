// vnd.ets:HoursSheet (Calc) — the timesheet as a sheet: a summary (per activity, person and month,
// total against the mission's minimum), a per-month invoice summary set as the print range on one
// page, and every line logged. Refreshed in place. No argument (Interactive=false for the silent form).
// Result: a sentence with the sheet's name, the number of lines and the total against the minimum.

#include "commands/commands.hpp"
#include "dialogs/message_box.hpp"

#include "calc/spreadsheet.hpp"
#include "commands/hours_sheet.hpp"
#include "commands/hours_texts.hpp"
#include "core/timesheet/timesheet.hpp"
#include "office/log.hpp"
#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The document named ranges that find the three blocks again, from one run to the next.
constexpr const char* kSummaryBlock = "ETS_Hours_Summary";
constexpr const char* kInvoiceBlock = "ETS_Hours_Invoice";
constexpr const char* kEntriesBlock = "ETS_Hours_Entries";

OUString columnName(sal_Int32 column)
{
    OUString name;
    for (sal_Int32 n = column + 1; n > 0; n = (n - 1) / 26)
        name = OUString(sal_Unicode('A' + (n - 1) % 26)) + name;
    return name;
}

// "B12": the A1 name of a cell, for the formulas that keep the totals live.
OUString cellName(sal_Int32 column, sal_Int32 row) { return columnName(column) + OUString::number(row + 1); }

Any sumOf(sal_Int32 firstColumn, sal_Int32 firstRow, sal_Int32 lastColumn, sal_Int32 lastRow)
{
    return Any("=SUM(" + cellName(firstColumn, firstRow) + ":" + cellName(lastColumn, lastRow) + ")");
}

Any text(const OUString& value) { return Any(value); }
Any text(const std::string& value) { return Any(toOUString(value)); }
Any number(double value) { return Any(value); }

struct Block {
    calc::Rows rows;
    std::vector<sal_Int32> boldRows;  // titles, headers and totals
};

// The totals first and the lists that grow last: a block grows by rows inserted at its end, so the
// total, the minimum and what is left keep their cells, and a person's formula pointing at them
// stays right. The total is a formula over the activities: the sheet shows that it adds up.
Block summaryBlock(CommandCall& call, const Project& project, css::table::CellAddress start)
{
    const HoursSummary summary = summarise(project);
    Block block;
    auto heading = [&](const char* key) {
        block.boldRows.push_back(static_cast<sal_Int32>(block.rows.size()));
        block.rows.push_back({text(uiText(call.context, key))});
    };
    const sal_Int32 hours = start.Column + 1;
    const sal_Int32 totalRow = start.Row + 1;
    const sal_Int32 firstActivity = start.Row + 5;
    heading("hours.summary_title");
    block.boldRows.push_back(static_cast<sal_Int32>(block.rows.size()));
    block.rows.push_back({text(uiText(call.context, "hours.total")),
                          sumOf(hours, firstActivity, hours, firstActivity + static_cast<sal_Int32>(std::size(kActivities)) - 1)});
    block.rows.push_back({text(uiText(call.context, "hours.minimum")), number(summary.minimum)});
    block.boldRows.push_back(static_cast<sal_Int32>(block.rows.size()));
    block.rows.push_back({text(uiText(call.context, "hours.remaining")),
                          Any("=MAX(0;" + cellName(hours, totalRow + 1) + "-" + cellName(hours, totalRow) + ")")});
    heading("hours.by_activity");
    for (const auto& [activity, amount] : summary.perActivity)
        block.rows.push_back({text(activityLabel(call.context, activity)), number(amount)});
    heading("hours.by_person");
    for (const auto& [person, amount] : summary.perPerson)
        block.rows.push_back({text(person), number(amount)});
    heading("hours.by_month");
    for (const auto& [month, amount] : summary.perMonth)
        block.rows.push_back({text(month), number(amount)});
    return block;
}

// Activities down, months across: what the researcher copies onto an invoice, one page.
Block invoiceBlock(CommandCall& call, const Project& project, css::table::CellAddress start)
{
    const std::vector<InvoiceMonth> months = invoiceSummary(project);
    Block block;
    block.boldRows = {0, 1};
    block.rows.push_back({text(uiText(call.context, "hours.invoice_title", {project.name}))});
    std::vector<Any> header = {text(uiText(call.context, "hours.invoice_activity"))};
    for (const InvoiceMonth& month : months)
        header.push_back(text(month.month));
    header.push_back(text(uiText(call.context, "hours.invoice_total")));
    block.rows.push_back(header);
    const sal_Int32 firstMonth = start.Column + 1;
    const sal_Int32 totalColumn = firstMonth + static_cast<sal_Int32>(months.size());
    const sal_Int32 firstActivity = start.Row + 2;
    const sal_Int32 lastActivity = firstActivity + static_cast<sal_Int32>(std::size(kActivities)) - 1;
    for (std::size_t a = 0; a < std::size(kActivities); ++a)
    {
        std::vector<Any> row = {text(activityLabel(call.context, kActivities[a]))};
        for (const InvoiceMonth& month : months)
            row.push_back(number(month.perActivity[a].second));
        const sal_Int32 here = firstActivity + static_cast<sal_Int32>(a);
        row.push_back(months.empty() ? number(0) : sumOf(firstMonth, here, totalColumn - 1, here));
        block.rows.push_back(row);
    }
    std::vector<Any> totals = {text(uiText(call.context, "hours.invoice_total"))};
    for (sal_Int32 column = firstMonth; column <= totalColumn; ++column)
        totals.push_back(sumOf(column, firstActivity, column, lastActivity));
    block.boldRows.push_back(static_cast<sal_Int32>(block.rows.size()));
    block.rows.push_back(totals);
    return block;
}

// With a running total, so that the line where the mission reaches its minimum can be seen.
Block entriesBlock(CommandCall& call, const Project& project, css::table::CellAddress start)
{
    Block block;
    block.boldRows = {0};
    std::vector<Any> header;
    // The short columns first: the months of the invoice above share these columns' widths.
    for (const char* key : {"hours.col_date", "hours.col_person", "hours.col_hours", "hours.col_activity",
                            "hours.col_organisation", "hours.col_note", "hours.col_cumulative"})
        header.push_back(text(uiText(call.context, key)));
    block.rows.push_back(header);
    const sal_Int32 hours = start.Column + 2;
    const OUString firstHours = columnName(hours) + "$" + OUString::number(start.Row + 2); // "E$2": the sum's fixed start
    for (const HourEntry* entry : entriesInOrder(project))
    {
        const Organisation* organisation = project.findOrganisation(entry->organisationId);
        const sal_Int32 here = start.Row + static_cast<sal_Int32>(block.rows.size());
        block.rows.push_back({text(entry->date), text(entry->person), number(entry->hours),
                              text(activityLabel(call.context, entry->activity)),
                              text(organisation ? organisation->name : std::string()), text(entry->note),
                              Any("=SUM(" + firstHours + ":" + cellName(hours, here) + ")")});
    }
    return block;
}

css::table::CellRangeAddress addressOf(const Reference<css::table::XCellRange>& range)
{
    return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

// Where a block starts: where it is when it exists (a person may have moved it), else `origin`.
css::table::CellAddress startOf(const Reference<css::sheet::XSpreadsheetDocument>& doc, const char* name,
                                css::table::CellAddress origin)
{
    if (Reference<css::table::XCellRange> existing = calc::findBlock(doc, name); existing.is())
    {
        const css::table::CellRangeAddress at = addressOf(existing);
        return {at.Sheet, at.StartColumn, at.StartRow};
    }
    return origin;
}

// Writes one block and sets its bold rows afresh (rows move between refreshes).
css::table::CellRangeAddress write(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                   const Reference<css::sheet::XSpreadsheet>& sheet, const char* name,
                                   css::table::CellAddress origin, const Block& block)
{
    Reference<css::table::XCellRange> range = calc::writeBlock(doc, sheet, name, origin, block.rows);
    const css::table::CellRangeAddress at = addressOf(range);
    const sal_Int32 lastColumn = at.EndColumn - at.StartColumn;
    Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::NORMAL));
    for (sal_Int32 row : block.boldRows)
        calc::setBold(range->getCellRangeByPosition(0, row, lastColumn, row));
    return at;
}

// The sheet prints the invoice summary alone, scaled to one page, with a page style of its own so
// that the document's other sheets print as before.
void printInvoiceOnOnePage(CommandCall& call, const Reference<css::sheet::XSpreadsheetDocument>& doc,
                           const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& invoice)
{
    css::uno::Sequence<css::table::CellRangeAddress> areas(1);
    areas[0] = invoice;
    Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)->setPrintAreas(areas);
    try
    {
        const OUString styleName = uiText(call.context, "hours.page_style");
        Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
        Reference<css::container::XNameContainer> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                             UNO_QUERY_THROW);
        if (!pageStyles->hasByName(styleName))
            pageStyles->insertByName(
                styleName,
                Any(Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)->createInstance("com.sun.star.style.PageStyle")));
        Reference<css::beans::XPropertySet> style(pageStyles->getByName(styleName), UNO_QUERY_THROW);
        style->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
        style->setPropertyValue("ScaleToPagesY", Any(sal_Int16(1)));
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(styleName));
    }
    catch (const css::uno::Exception& exception)
    {
        // The print range is set; only the scaling could not be: the invoice may print on two pages.
        logError("page style of the hours sheet", toUtf8(exception.Message));
    }
}

// Writes (or refreshes) the three blocks; returns the sheet's name.
OUString writeHoursSheet(CommandCall& call, const Reference<css::sheet::XSpreadsheetDocument>& doc, const Project& project)
{
    UndoStep undo(doc, uiText(call.context, "undo.hours_sheet"));
    const bool first = !calc::findBlock(doc, kSummaryBlock).is();
    Reference<css::sheet::XSpreadsheet> sheet = calc::sheetForBlock(doc, kSummaryBlock, uiText(call.context, "hours.sheet_name"));
    const sal_Int16 index = addressOf(Reference<css::table::XCellRange>(sheet, UNO_QUERY_THROW)).Sheet;
    // Stacked, summary first: a block that grows inserts whole rows, which move the blocks below it
    // and would cut through a block beside it. Each block is built once the one above has its size,
    // since its formulas name its cells.
    css::table::CellAddress at = startOf(doc, kSummaryBlock, {index, 0, 0});
    const css::table::CellRangeAddress summaryAt = write(doc, sheet, kSummaryBlock, at, summaryBlock(call, project, at));
    at = startOf(doc, kInvoiceBlock, {summaryAt.Sheet, 0, summaryAt.EndRow + 2});
    const css::table::CellRangeAddress invoiceAt = write(doc, sheet, kInvoiceBlock, at, invoiceBlock(call, project, at));
    at = startOf(doc, kEntriesBlock, {invoiceAt.Sheet, 0, invoiceAt.EndRow + 2});
    const css::table::CellRangeAddress entriesAt = write(doc, sheet, kEntriesBlock, at, entriesBlock(call, project, at));
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> invoiceSheet(sheets->getByIndex(invoiceAt.Sheet), UNO_QUERY_THROW);
    printInvoiceOnOnePage(call, doc, invoiceSheet, invoiceAt);
    if (first)
    {
        Reference<css::sheet::XSpreadsheet> entriesSheet(sheets->getByIndex(entriesAt.Sheet), UNO_QUERY_THROW);
        calc::fitColumns(entriesSheet->getCellRangeByPosition(entriesAt.StartColumn, std::min(summaryAt.StartRow, entriesAt.StartRow),
                                                              std::max(invoiceAt.EndColumn, entriesAt.EndColumn), entriesAt.EndRow));
    }
    return Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
}

} // namespace

void refreshHoursSheetIfPresent(CommandCall& call)
{
    try
    {
        if (!call.frame.is() || !call.frame->getController().is())
            return;
        Reference<css::sheet::XSpreadsheetDocument> doc(call.frame->getController()->getModel(), UNO_QUERY);
        Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
        if (!doc.is() || (storable.is() && storable->isReadonly()) || !calc::findBlock(doc, kSummaryBlock).is())
            return;
        writeHoursSheet(call, doc, call.project->project);
    }
    catch (const std::exception& exception)
    {
        logError("hours sheet not refreshed", exception.what());
    }
    catch (const css::uno::Exception& exception)
    {
        logError("hours sheet not refreshed", toUtf8(exception.Message));
    }
}

CommandOutcome hoursSheet(CommandCall& call)
{
    Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    const Project& project = call.project->project;
    const OUString name = writeHoursSheet(call, doc, project);
    const HoursSummary summary = summarise(project);
    const OUString message =
        uiText(call.context, "hours.sheet_done",
               {toUtf8(name), std::to_string(project.hours.size()), hoursText(call.context, summary.total),
                hoursText(call.context, summary.minimum), hoursText(call.context, summary.remaining)});
    if (call.interactive)
        showMessage(call.context, call.frame, MessageKind::Info, message);
    return CommandOutcome::done(message);
}

} // namespace ets::uno::commands
