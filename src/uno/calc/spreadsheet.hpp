#pragma once
// What the Calc commands share: the spreadsheet of the frame, where a block lives, formats.

#include "calc/sheet_block.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ets::uno::calc {

// The spreadsheet shown in the frame. Throws calc.not_spreadsheet (not a Calc document) or calc.read_only.
css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheetInFrame(const css::uno::Reference<css::frame::XFrame>& frame);

// The sheet a block is on when it exists; else the sheet `name` when it is missing or empty, else a new sheet
// "name (2)", "name (3)"... so that a first run never writes over what a person put in a sheet of that name.
css::uno::Reference<css::sheet::XSpreadsheet> sheetForBlock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                            const std::string& rangeName, const rtl::OUString& name);

// Formatting of a block (not of its values): bold header row, a number format, a column width.
void setBold(const css::uno::Reference<css::table::XCellRange>& range);
void setPercentFormat(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const css::uno::Reference<css::table::XCellRange>& range);
// Optimal widths for the block's columns (only the first time the block is written: a person's widths stay).
void fitColumns(const css::uno::Reference<css::table::XCellRange>& range);
// "#RRGGBB" → 0xRRGGBB, or -1 when empty or malformed.
sal_Int32 colourValue(const std::string& colour);

// A formula's string literal: the text between double quotes, its quotes doubled.
rtl::OUString formulaString(const rtl::OUString& text);

} // namespace ets::uno::calc
