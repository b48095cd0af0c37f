#pragma once
// Blocks of cells the extension owns in a spreadsheet (core/layout/sheet_block.hpp), written as the core made them and
// refreshed in place through a document named range; and read back, for what a person typed in them.

#include "core/layout/sheet_block.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ets::uno::calc {

// The block's current range (where the named range points), or an empty reference when there is none yet.
css::uno::Reference<css::table::XCellRange> findBlock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                      const std::string& rangeName);

// The cells under the block's header row, as the core reads them (numbers, texts, empty cells), or nullopt when the
// block does not exist.
std::optional<std::vector<SheetRow>> readBlockBody(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                   const std::string& rangeName);

// Writes the block's cells, found again through its named range so that re-running a command refreshes it IN PLACE:
// the first run writes at `origin` on `sheet`; later runs write where the named range is (even if the user moved it),
// insert or delete whole rows inside the block's rows when it grows or shrinks (so a user's content below moves with
// it and formulas referring into the table stay valid), never touch columns right of the block (when the block gets
// wider or narrower, only the block's own rows are shifted right or left), write all values with ONE setDataArray /
// setFormulaArray call, and redefine the named range to the new size. Returns the block's range.
css::uno::Reference<css::table::XCellRange> writeCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                       const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                       const SheetBlock& block, CellPosition origin);

// The range's address on its sheet; its first and last cells.
css::table::CellRangeAddress addressOf(const css::uno::Reference<css::table::XCellRange>& range);
CellPosition firstCell(const css::table::CellRangeAddress& address);
CellPosition lastCell(const css::table::CellRangeAddress& address);

}  // namespace ets::uno::calc
