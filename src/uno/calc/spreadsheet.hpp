#pragma once
// The spreadsheet a Calc command writes in, and the sheet a block of it goes to.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <string>

namespace ets::uno::calc {

// The spreadsheet shown in the frame. Throws calc.not_spreadsheet (not a Calc document) or calc.read_only.
css::uno::Reference<css::sheet::XSpreadsheetDocument>
spreadsheetInFrame(const css::uno::Reference<css::frame::XFrame>& frame);

// The spreadsheet shown in the frame when it is one and can be written; an empty reference otherwise.
css::uno::Reference<css::sheet::XSpreadsheetDocument>
writableSpreadsheetIn(const css::uno::Reference<css::frame::XFrame>& frame);

// The spreadsheet's language (and so how it writes numbers: « 38,5 » in fr-BE) becomes the office UI's `uiLocale`
// ("fr-BE"; empty: fr-BE).
void followUiLanguage(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& uiLocale);

// The sheet a block is on when it exists; else the sheet `name` when it is missing or empty, else a new sheet
// "name (2)", "name (3)"... so that a first run never writes over what a person put in a sheet of that name.
css::uno::Reference<css::sheet::XSpreadsheet>
sheetForBlock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& rangeName,
              const rtl::OUString& name);

}  // namespace ets::uno::calc
