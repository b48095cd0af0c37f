#include "calc/sheet_block.hpp"

#include "office/strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellDeleteMode.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/CellInsertMode.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/math.hxx>
#include <rtl/ustrbuf.hxx>

#include <algorithm>
#include <filesystem>

namespace ets::uno::calc {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::sheet::XNamedRanges> namedRanges(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    Reference<css::beans::XPropertySet> properties(doc, UNO_QUERY_THROW);
    return Reference<css::sheet::XNamedRanges>(properties->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
}

OUString sheetName(const Reference<css::sheet::XSpreadsheetDocument>& doc, sal_Int16 index) {
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    Reference<css::container::XNamed> named(sheets->getByIndex(index), UNO_QUERY_THROW);
    return named->getName();
}

// "$'Thèmes'.$A$1:$F$12": the named range's content, absolute so that it follows the block and nothing else.
OUString absoluteReference(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                           const css::table::CellRangeAddress& a) {
    rtl::OUStringBuffer text;
    text.append("$'").append(sheetName(doc, a.Sheet).replaceAll("'", "''")).append("'.");
    text.append("$").append(toOUString(columnName(a.StartColumn))).append("$").append(a.StartRow + 1);
    text.append(":$").append(toOUString(columnName(a.EndColumn))).append("$").append(a.EndRow + 1);
    return text.makeStringAndClear();
}

bool isFormula(const SheetCell& cell) {
    return cell.kind == SheetCell::Kind::Formula || cell.kind == SheetCell::Kind::Link;
}

// A text that stays text: one beginning like a formula gets a space in front, so that it stays a text when a person
// edits the cell (Calc would take "=..." typed back for a formula).
OUString plainText(const std::string& utf8) { return toOUString(!utf8.empty() && utf8[0] == '=' ? " " + utf8 : utf8); }

// A formula's string literal: the text between double quotes, its quotes doubled.
OUString formulaString(const OUString& text) { return "\"" + text.replaceAll("\"", "\"\"") + "\""; }

// The text setFormulaArray reads back as the cell: numbers in English notation, texts behind an apostrophe, a link as
// =HYPERLINK(file URL#bookmark; label), which LibreOffice opens at the bookmark.
OUString formulaText(const SheetCell& cell) {
    switch (cell.kind) {
    case SheetCell::Kind::Text: {
        const OUString text = plainText(cell.text);
        return text.isEmpty() ? text : "'" + text;
    }
    case SheetCell::Kind::Number:
        return rtl::math::doubleToUString(cell.number, rtl_math_StringFormat_Automatic, rtl_math_DecimalPlaces_Max, '.',
                                          true);
    case SheetCell::Kind::Formula:
        return toOUString(cell.text);
    case SheetCell::Kind::Link: {
        const OUString url = fileUrlFromPath(std::filesystem::u8path(cell.path)) + "#" + toOUString(cell.anchor);
        return "=HYPERLINK(" + formulaString(url) + ";" + formulaString(toOUString(cell.text)) + ")";
    }
    case SheetCell::Kind::Empty:
        break;
    }
    return OUString();
}

// An empty cell is an empty text (see the void Any below).
Any dataValue(const SheetCell& cell) {
    if (cell.kind == SheetCell::Kind::Number)
        return Any(cell.number);
    return Any(cell.kind == SheetCell::Kind::Text ? plainText(cell.text) : OUString());
}

// A cell as Calc gives it back: a number, or a text (empty for an empty cell).
SheetCell coreCell(const Any& value) {
    double number = 0;
    if (value >>= number)
        return SheetCell::numberCell(number);
    OUString text;
    value >>= text;
    return text.isEmpty() ? SheetCell::empty() : SheetCell::textCell(toUtf8(text));
}

}  // namespace

Reference<css::table::XCellRange> findBlock(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                            const std::string& rangeName) {
    const OUString name = OUString::createFromAscii(rangeName.c_str());
    Reference<css::sheet::XNamedRanges> ranges = namedRanges(doc);
    if (!ranges->hasByName(name))
        return {};
    Reference<css::sheet::XCellRangeReferrer> referrer(ranges->getByName(name), UNO_QUERY);
    // A named range whose sheet was deleted refers to nothing: the block is written afresh.
    return referrer.is() ? referrer->getReferredCells() : Reference<css::table::XCellRange>();
}

Reference<css::table::XCellRange> writeCells(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                             const Reference<css::sheet::XSpreadsheet>& sheet, const SheetBlock& cells,
                                             CellPosition origin) {
    const std::vector<SheetRow>& rows = cells.rows;
    const sal_Int32 height = cells.height();
    const sal_Int32 width = cells.width();

    Reference<css::sheet::XSpreadsheet> target = sheet;
    css::table::CellRangeAddress block{0, origin.column, origin.row, origin.column + width - 1,
                                       origin.row + height - 1};
    Reference<css::sheet::XCellRangeAddressable> addressableSheet(sheet, UNO_QUERY);
    if (addressableSheet.is())
        block.Sheet = addressableSheet->getRangeAddress().Sheet;

    if (Reference<css::table::XCellRange> existing = findBlock(doc, cells.name); existing.is()) {
        const css::table::CellRangeAddress old =
            Reference<css::sheet::XCellRangeAddressable>(existing, UNO_QUERY_THROW)->getRangeAddress();
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        target.set(sheets->getByIndex(old.Sheet), UNO_QUERY_THROW);
        Reference<css::sheet::XCellRangeMovement> movement(target, UNO_QUERY_THROW);
        const sal_Int32 oldHeight = old.EndRow - old.StartRow + 1;
        const sal_Int32 oldWidth = old.EndColumn - old.StartColumn + 1;
        // Rows are added before the block's second-to-last row and removed up to it, so that references to the whole
        // block and to its rows without a last (total) row grow and shrink with it (Calc widens a reference only for
        // rows inserted inside it); the header and the last row stay, and user cells move along with their rows.
        if (height != oldHeight) {
            const sal_Int32 at = old.StartRow + std::max<sal_Int32>(1, height > oldHeight ? oldHeight - 2 : height - 1);
            const sal_Int32 count = std::abs(height - oldHeight);
            const css::table::CellRangeAddress rowsAddress{old.Sheet, old.StartColumn, at, old.EndColumn,
                                                           at + count - 1};
            if (height > oldHeight)
                movement->insertCells(rowsAddress, css::sheet::CellInsertMode_ROWS);
            else
                movement->removeRange(rowsAddress, css::sheet::CellDeleteMode_ROWS);
        }
        // Columns: before the last one, for the same reason.
        if (width != oldWidth) {
            const sal_Int32 at = old.StartColumn + std::max<sal_Int32>(1, std::min(width, oldWidth) - 1);
            const sal_Int32 count = std::abs(width - oldWidth);
            // Only the block's own rows shift: a user's cells above or below the block stay where they are.
            const css::table::CellRangeAddress columnsAddress{old.Sheet, at, old.StartRow, at + count - 1,
                                                              old.StartRow + height - 1};
            if (width > oldWidth)
                movement->insertCells(columnsAddress, css::sheet::CellInsertMode_RIGHT);
            else
                movement->removeRange(columnsAddress, css::sheet::CellDeleteMode_LEFT);
        }
        block = css::table::CellRangeAddress{old.Sheet, old.StartColumn, old.StartRow, old.StartColumn + width - 1,
                                             old.StartRow + height - 1};
    }

    Reference<css::table::XCellRange> range =
        target->getCellRangeByPosition(block.StartColumn, block.StartRow, block.EndColumn, block.EndRow);
    const bool formulas = std::any_of(rows.begin(), rows.end(),
                                      [](const auto& row) { return std::any_of(row.begin(), row.end(), isFormula); });
    if (formulas) {
        // setFormulaArray leaves a cell given "" as it was: clear the old values first (formatting stays).
        Reference<css::sheet::XSheetOperation>(range, UNO_QUERY_THROW)
            ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                            css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
        Sequence<Sequence<OUString>> data(height);
        for (sal_Int32 r = 0; r < height; ++r) {
            Sequence<OUString> line(width);
            if (r < static_cast<sal_Int32>(rows.size()))
                for (sal_Int32 c = 0; c < static_cast<sal_Int32>(rows[r].size()); ++c)
                    line.getArray()[c] = formulaText(rows[r][c]);
            data.getArray()[r] = line;
        }
        Reference<css::sheet::XCellRangeFormula>(range, UNO_QUERY_THROW)->setFormulaArray(data);
    } else {
        Sequence<Sequence<Any>> data(height);
        for (sal_Int32 r = 0; r < height; ++r) {
            // Never a void Any: Calc 7.4 shows #N/A for it, and crashes on it in a column never used.
            Sequence<Any> line(width);
            for (sal_Int32 c = 0; c < width; ++c)
                line.getArray()[c] =
                    r < static_cast<sal_Int32>(rows.size()) && c < static_cast<sal_Int32>(rows[r].size())
                        ? dataValue(rows[r][c])
                        : Any(OUString());
            data.getArray()[r] = line;
        }
        Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(data);
    }

    const OUString name = OUString::createFromAscii(cells.name.c_str());
    const OUString content = absoluteReference(doc, block);
    Reference<css::sheet::XNamedRanges> ranges = namedRanges(doc);
    if (ranges->hasByName(name))
        Reference<css::sheet::XNamedRange>(ranges->getByName(name), UNO_QUERY_THROW)->setContent(content);
    else
        ranges->addNewByName(name, content, css::table::CellAddress{block.Sheet, block.StartColumn, block.StartRow}, 0);
    return range;
}

std::optional<std::vector<SheetRow>> readBlockBody(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                   const std::string& rangeName) {
    Reference<css::table::XCellRange> block = findBlock(doc, rangeName);
    if (!block.is())
        return std::nullopt;
    std::vector<SheetRow> body;
    const auto data = Reference<css::sheet::XCellRangeData>(block, UNO_QUERY_THROW)->getDataArray();
    for (sal_Int32 r = 1; r < data.getLength(); ++r) {
        SheetRow row;
        for (const Any& value : data[r])
            row.push_back(coreCell(value));
        body.push_back(row);
    }
    return body;
}

css::table::CellRangeAddress addressOf(const Reference<css::table::XCellRange>& range) {
    return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

CellPosition firstCell(const css::table::CellRangeAddress& address) { return {address.StartColumn, address.StartRow}; }

CellPosition lastCell(const css::table::CellRangeAddress& address) { return {address.EndColumn, address.EndRow}; }

}  // namespace ets::uno::calc
