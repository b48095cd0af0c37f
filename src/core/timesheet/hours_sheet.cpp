#include "core/timesheet/hours_sheet.hpp"

#include "core/timesheet/hours_texts.hpp"
#include "core/timesheet/timesheet.hpp"

#include <iterator>

namespace ets {
namespace {

constexpr int kActivityCount = static_cast<int>(std::size(kActivities));

SheetCell text(const std::string& value) { return SheetCell::textCell(value); }
SheetCell number(double value) { return SheetCell::numberCell(value); }

SheetCell sumOf(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    return SheetCell::formula("=SUM(" + cellName(firstColumn, firstRow) + ":" + cellName(lastColumn, lastRow) + ")");
}

// Rows move between refreshes: the whole block is set to normal weight before its bold rows.
SheetBlock hoursBlock(const char* name) {
    SheetBlock block;
    block.name = name;
    block.looks.normalWeightFirst = true;
    block.looks.fitColumns = true;
    return block;
}

}  // namespace

SheetBlock hoursSummaryBlock(const Project& project, const Catalogue& texts, CellPosition origin) {
    const HoursSummary summary = summarise(project);
    SheetBlock block = hoursBlock(kHoursSummaryBlock);
    block.sheetName = texts.text("hours.sheet_name");
    auto bold = [&](SheetRow row) {
        block.looks.boldRows.push_back(static_cast<int>(block.rows.size()));
        block.rows.push_back(std::move(row));
    };
    const int hours = origin.column + 1;
    const int totalRow = origin.row + 1;
    const int firstActivity = origin.row + 5;
    bold({text(texts.text("hours.summary_title"))});
    bold({text(texts.text("hours.total")), sumOf(hours, firstActivity, hours, firstActivity + kActivityCount - 1)});
    block.rows.push_back({text(texts.text("hours.minimum")), number(summary.minimum)});
    bold({text(texts.text("hours.remaining")),
          SheetCell::formula("=MAX(0;" + cellName(hours, totalRow + 1) + "-" + cellName(hours, totalRow) + ")")});
    bold({text(texts.text("hours.by_activity"))});
    for (const auto& [activity, amount] : summary.perActivity)
        block.rows.push_back({text(activityLabel(activity, texts)), number(amount)});
    bold({text(texts.text("hours.by_person"))});
    for (const auto& [person, amount] : summary.perPerson)
        block.rows.push_back({text(person), number(amount)});
    bold({text(texts.text("hours.by_month"))});
    for (const auto& [month, amount] : summary.perMonth)
        block.rows.push_back({text(month), number(amount)});
    return block;
}

SheetBlock hoursInvoiceBlock(const Project& project, const Catalogue& texts, CellPosition origin) {
    const std::vector<InvoiceMonth> months = invoiceSummary(project);
    SheetBlock block = hoursBlock(kHoursInvoiceBlock);
    block.printStyle = texts.text("hours.page_style");
    block.looks.boldRows = {0, 1};
    block.rows.push_back({text(texts.text("hours.invoice_title", {project.name}))});
    SheetRow header = {text(texts.text("hours.invoice_activity"))};
    for (const InvoiceMonth& month : months)
        header.push_back(text(month.month));
    header.push_back(text(texts.text("hours.invoice_total")));
    block.rows.push_back(header);
    const int firstMonth = origin.column + 1;
    const int totalColumn = firstMonth + static_cast<int>(months.size());
    const int firstActivity = origin.row + 2;
    const int lastActivity = firstActivity + kActivityCount - 1;
    for (int a = 0; a < kActivityCount; ++a) {
        SheetRow row = {text(activityLabel(kActivities[a], texts))};
        for (const InvoiceMonth& month : months)
            row.push_back(number(month.perActivity[static_cast<std::size_t>(a)].second));
        const int here = firstActivity + a;
        row.push_back(months.empty() ? number(0) : sumOf(firstMonth, here, totalColumn - 1, here));
        block.rows.push_back(row);
    }
    SheetRow totals = {text(texts.text("hours.invoice_total"))};
    for (int column = firstMonth; column <= totalColumn; ++column)
        totals.push_back(sumOf(column, firstActivity, column, lastActivity));
    block.looks.boldRows.push_back(static_cast<int>(block.rows.size()));
    block.rows.push_back(totals);
    return block;
}

SheetBlock hoursEntriesBlock(const Project& project, const Catalogue& texts, CellPosition origin) {
    SheetBlock block = hoursBlock(kHoursEntriesBlock);
    block.looks.boldRows = {0};
    // The short columns first: the months of the invoice above share these columns' widths.
    block.rows.push_back(
        headerRow(texts, {"hours.col_date", "hours.col_person", "hours.col_hours", "hours.col_activity",
                          "hours.col_organisation", "hours.col_note", "hours.col_cumulative"}));
    const int hours = origin.column + 2;
    const std::string firstHours =
        columnName(hours) + "$" + std::to_string(origin.row + 2);  // "C$2": the sum's fixed start
    for (const HourEntry* entry : entriesInOrder(project)) {
        const Organisation* organisation = project.findOrganisation(entry->organisationId);
        const int here = origin.row + static_cast<int>(block.rows.size());
        block.rows.push_back({text(entry->date), text(entry->person), number(entry->hours),
                              text(activityLabel(entry->activity, texts)),
                              text(organisation ? organisation->name : std::string()), text(entry->note),
                              SheetCell::formula("=SUM(" + firstHours + ":" + cellName(hours, here) + ")")});
    }
    return block;
}

std::string hoursSheetMessage(const Project& project, const std::string& sheetName, const Catalogue& texts) {
    const HoursSummary summary = summarise(project);
    return texts.text("hours.sheet_done",
                      {sheetName, std::to_string(project.hours.size()), hoursText(summary.total, texts),
                       hoursText(summary.minimum, texts), hoursText(summary.remaining, texts)});
}

}  // namespace ets
