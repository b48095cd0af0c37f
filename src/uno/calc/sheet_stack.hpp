#pragma once
// Blocks stacked on one sheet, each under the one before: written (or refreshed in place) in order, then, when the
// sheet is new, given their column widths, then their charts and print ranges.

#include "core/layout/sheet_block.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <rtl/ustring.hxx>

#include <functional>
#include <string>
#include <vector>

namespace ets::uno::calc {

// A block of the stack, built once its first cell is known (a block's formulas may name its own cells).
struct StackedBlock {
    std::string name;  // its named range
    std::function<SheetBlock(CellPosition origin)> build;
};

// Where the stack went.
struct WrittenStack {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    rtl::OUString sheetName;
    bool first = false;  // its first block did not exist: the sheet is new to it
    std::vector<css::uno::Reference<css::table::XCellRange>> blocks;
};

// The first block goes where its named range is, else at A1 of sheetForBlock (its sheetName); each other block where
// its named range is, else under the block before it as `place` says.
WrittenStack writeStack(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const std::vector<StackedBlock>& blocks, const PlaceBelow& place);
// For blocks that do not depend on where they are.
WrittenStack writeStack(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                        const std::vector<SheetBlock>& blocks, const PlaceBelow& place = {});

// One more block under the stack (where its named range is once it exists), with its looks and no column widths.
css::uno::Reference<css::table::XCellRange> writeBelow(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                       const WrittenStack& stack, const SheetBlock& block,
                                                       const PlaceBelow& place);

}  // namespace ets::uno::calc
