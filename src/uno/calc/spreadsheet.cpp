#include "calc/spreadsheet.hpp"

#include "calc/sheet_block.hpp"
#include "core/text/error.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

namespace ets::uno::calc {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::sheet::XSpreadsheetDocument> spreadsheetShown(const Reference<css::frame::XFrame>& frame) {
    Reference<css::sheet::XSpreadsheetDocument> doc;
    if (frame.is())
        if (Reference<css::frame::XController> controller = frame->getController(); controller.is())
            doc.set(controller->getModel(), UNO_QUERY);
    return doc;
}

bool isReadOnly(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

bool isEmpty(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
    const sal_Int16 anything = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                               css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA |
                               css::sheet::CellFlags::ANNOTATION;
    Reference<css::sheet::XSheetCellRanges> cells = query->queryContentCells(anything);
    return !cells.is() || cells->getCount() == 0;
}

bool hasCharts(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::table::XTableChartsSupplier> charts(sheet, UNO_QUERY);
    return charts.is() && charts->getCharts()->getElementNames().hasElements();
}

// The sheet with this name, created (appended) when missing.
Reference<css::sheet::XSpreadsheet> ensureSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                const OUString& name) {
    Reference<css::sheet::XSpreadsheets> sheets = doc->getSheets();
    if (!sheets->hasByName(name)) {
        Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
        sheets->insertNewByName(name, static_cast<sal_Int16>(indexed->getCount()));
    }
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW);
}

}  // namespace

Reference<css::sheet::XSpreadsheetDocument> spreadsheetInFrame(const Reference<css::frame::XFrame>& frame) {
    Reference<css::sheet::XSpreadsheetDocument> doc = spreadsheetShown(frame);
    if (!doc.is())
        throw Error("calc.not_spreadsheet");
    if (isReadOnly(doc))
        throw Error("calc.read_only");
    return doc;
}

void followUiLanguage(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& uiLocale) {
    const std::string locale = uiLocale.empty() ? std::string("fr-BE") : uiLocale;
    const std::size_t dash = locale.find_first_of("-_");
    const css::lang::Locale wanted(toOUString(locale.substr(0, dash)),
                                   dash == std::string::npos ? OUString() : toOUString(locale.substr(dash + 1)),
                                   OUString());
    try {
        Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)->setPropertyValue("CharLocale", css::uno::Any(wanted));
    } catch (const css::uno::Exception& exception) {
        logError("language of a spreadsheet", toUtf8(exception.Message));
    }
}

Reference<css::sheet::XSpreadsheetDocument> writableSpreadsheetIn(const Reference<css::frame::XFrame>& frame) {
    Reference<css::sheet::XSpreadsheetDocument> doc = spreadsheetShown(frame);
    return doc.is() && !isReadOnly(doc) ? doc : Reference<css::sheet::XSpreadsheetDocument>();
}

Reference<css::sheet::XSpreadsheet> sheetForBlock(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                  const std::string& rangeName, const OUString& name) {
    if (Reference<css::table::XCellRange> block = findBlock(doc, rangeName); block.is()) {
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(addressOf(block).Sheet), UNO_QUERY_THROW);
    }
    // A new spreadsheet's only sheet, still empty (« Feuille1 »): it becomes this one rather than being left over.
    Reference<css::container::XIndexAccess> indexed(doc->getSheets(), UNO_QUERY_THROW);
    if (indexed->getCount() == 1 && !doc->getSheets()->hasByName(name)) {
        Reference<css::sheet::XSpreadsheet> only(indexed->getByIndex(0), UNO_QUERY_THROW);
        if (isEmpty(only) && !hasCharts(only)) {
            Reference<css::container::XNamed>(only, UNO_QUERY_THROW)->setName(name);
            return only;
        }
    }
    OUString candidate = name;
    for (int n = 2; doc->getSheets()->hasByName(candidate); ++n) {
        Reference<css::sheet::XSpreadsheet> existing(doc->getSheets()->getByName(candidate), UNO_QUERY_THROW);
        if (isEmpty(existing))
            return existing;
        candidate = name + " (" + OUString::number(n) + ")";
    }
    return ensureSheet(doc, candidate);
}

}  // namespace ets::uno::calc
