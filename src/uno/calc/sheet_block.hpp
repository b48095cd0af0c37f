#pragma once
// Blocks of cells the extension owns in a spreadsheet, refreshed in place through a document named range.

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace ets::uno::calc {

using Rows = std::vector<std::vector<css::uno::Any>>; // text as OUString, numbers as double, formulas as OUString starting with "="

// A text cell that stays text even when it begins like a formula (writeBlock reads "=..." as a formula).
css::uno::Any textCell(const std::string& utf8);

// The sheet with this name, created (appended) when missing.
css::uno::Reference<css::sheet::XSpreadsheet> ensureSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                          const rtl::OUString& name);

// A block of cells the extension owns, found again through the document named range `rangeName` (e.g. "ETS_Tally") so that
// re-running a command refreshes it IN PLACE: the first run writes at `origin` on `sheet`; later runs write where the named
// range is (even if the user moved it), insert or delete whole rows inside the block's rows when it grows or shrinks (so a
// user's content below moves with it and formulas referring into the table stay valid), never touch columns right of the
// block (when the block gets wider or narrower, only the block's own rows are shifted right or left), write all values with
// ONE setDataArray / setFormulaArray call, and redefine the named range to the new size. Returns the block's range.
// Rows may have different lengths: missing cells (and empty Anys) are written empty. A text that starts with "=" is always
// a formula (API grammar: English function names, ";" between arguments); every other text stays text, even "12".
css::uno::Reference<css::table::XCellRange> writeBlock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                       const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                                       const std::string& rangeName, css::table::CellAddress origin,
                                                       const Rows& rows);

// The block's current range (where the named range points), or an empty reference when there is none yet.
css::uno::Reference<css::table::XCellRange> findBlock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                      const std::string& rangeName);

} // namespace ets::uno::calc
