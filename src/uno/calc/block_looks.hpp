#pragma once
// What a block looks like in Calc, as the core decided it (BlockLooks, BlockChart, its print range): set on the block's
// range once its cells are written.

#include "core/layout/sheet_block.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <string>

namespace ets::uno::calc {

// What is set at every refresh (rows move between refreshes): bold rows, number formats, colours and indents,
// wrapping, alignment.
void setLooks(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
              const css::uno::Reference<css::table::XCellRange>& range, const BlockLooks& looks);

// What is set the first time only, so that a person's column widths stay: optimal widths, then the fixed ones.
void setFirstLooks(const css::uno::Reference<css::table::XCellRange>& range, const BlockLooks& looks);

// The chart is made beside the block the first time; afterwards its range follows the block, and its value axis's step
// and its bars' colours follow the core's (the codebook's colours, whole organisations) at every refresh.
void updateChart(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const css::uno::Reference<css::table::XCellRange>& range, const BlockChart& chart);

// The block becomes its sheet's only print range, scaled to one page by the page style `styleName` (made when missing).
void printOnOnePage(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const css::uno::Reference<css::table::XCellRange>& range, const std::string& styleName);

// The sheet prints legibly: its own page style (made when missing; `print.style`), landscape, one page wide, the
// block's first `print.titleRows` rows repeated on every page.
void printLegibly(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                  const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                  const css::uno::Reference<css::table::XCellRange>& range, const SheetPrint& print);

}  // namespace ets::uno::calc
