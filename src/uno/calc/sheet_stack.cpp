#include "calc/sheet_stack.hpp"

#include "calc/block_looks.hpp"
#include "calc/sheet_block.hpp"
#include "calc/spreadsheet.hpp"
#include "office/strings.hpp"

#include <com/sun/star/container/XNamed.hpp>

namespace ets::uno::calc {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// Where a block starts: where it is when it exists (a person may have moved it), else `origin`.
CellPosition startOf(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& name,
                     CellPosition origin) {
    const Reference<css::table::XCellRange> existing = findBlock(doc, name);
    return existing.is() ? firstCell(addressOf(existing)) : origin;
}

CellPosition under(const Reference<css::table::XCellRange>& above, const PlaceBelow& place) {
    const css::table::CellRangeAddress at = addressOf(above);
    return placeBelow(firstCell(at), lastCell(at), place);
}

// Writes the block's cells and sets its looks.
Reference<css::table::XCellRange> write(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                        const Reference<css::sheet::XSpreadsheet>& sheet, const SheetBlock& block,
                                        CellPosition origin) {
    Reference<css::table::XCellRange> range = writeCells(doc, sheet, block, origin);
    setLooks(doc, range, block.looks);
    return range;
}

}  // namespace

WrittenStack writeStack(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::vector<StackedBlock>& blocks,
                        const PlaceBelow& place) {
    WrittenStack stack;
    std::vector<SheetBlock> written;
    for (const StackedBlock& part : blocks) {
        const CellPosition origin =
            startOf(doc, part.name, stack.blocks.empty() ? CellPosition{} : under(stack.blocks.back(), place));
        written.push_back(part.build(origin));
        const SheetBlock& block = written.back();
        if (stack.blocks.empty()) {
            stack.first = !findBlock(doc, block.name).is();
            stack.sheet = sheetForBlock(doc, block.name, toOUString(block.sheetName));
            stack.sheetName = Reference<css::container::XNamed>(stack.sheet, UNO_QUERY_THROW)->getName();
        }
        stack.blocks.push_back(write(doc, stack.sheet, block, origin));
    }
    // Widths once everything is written: an optimal width measures the whole column.
    if (stack.first)
        for (std::size_t i = 0; i < written.size(); ++i)
            setFirstLooks(stack.blocks[i], written[i].looks);
    for (std::size_t i = 0; i < written.size(); ++i) {
        // On the sheet the block is on now, which a person may have changed.
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(addressOf(stack.blocks[i]).Sheet),
                                                  UNO_QUERY_THROW);
        if (written[i].chart)
            updateChart(sheet, stack.blocks[i], *written[i].chart);
        if (!written[i].printStyle.empty())
            printOnOnePage(doc, sheet, stack.blocks[i], written[i].printStyle);
        else if (i == 0 && written[i].print)
            printLegibly(doc, sheet, stack.blocks[i], *written[i].print);
    }
    return stack;
}

WrittenStack writeStack(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::vector<SheetBlock>& blocks,
                        const PlaceBelow& place) {
    std::vector<StackedBlock> parts;
    for (const SheetBlock& block : blocks)
        parts.push_back({block.name, [&block](CellPosition) { return block; }});
    return writeStack(doc, parts, place);
}

Reference<css::table::XCellRange> writeBelow(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                             const WrittenStack& stack, const SheetBlock& block,
                                             const PlaceBelow& place) {
    return write(doc, stack.sheet, block, under(stack.blocks.back(), place));
}

}  // namespace ets::uno::calc
