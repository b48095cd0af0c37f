#include "calc/spreadsheet.hpp"

#include "core/text/error.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>

namespace ets::uno::calc {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

Reference<css::sheet::XSpreadsheetDocument> spreadsheetInFrame(const Reference<css::frame::XFrame>& frame)
{
    Reference<css::sheet::XSpreadsheetDocument> doc;
    if (frame.is())
        if (Reference<css::frame::XController> controller = frame->getController(); controller.is())
            doc.set(controller->getModel(), UNO_QUERY);
    if (!doc.is())
        throw Error("calc.not_spreadsheet");
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    if (storable.is() && storable->isReadonly())
        throw Error("calc.read_only");
    return doc;
}

namespace {

bool isEmpty(const Reference<css::sheet::XSpreadsheet>& sheet)
{
    Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
    const sal_Int16 anything = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME | css::sheet::CellFlags::STRING
                               | css::sheet::CellFlags::FORMULA | css::sheet::CellFlags::ANNOTATION;
    Reference<css::sheet::XSheetCellRanges> cells = query->queryContentCells(anything);
    return !cells.is() || cells->getCount() == 0;
}

} // namespace

Reference<css::sheet::XSpreadsheet> sheetForBlock(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                                  const std::string& rangeName, const OUString& name)
{
    if (Reference<css::table::XCellRange> block = findBlock(doc, rangeName); block.is())
    {
        const sal_Int16 index = Reference<css::sheet::XCellRangeAddressable>(block, UNO_QUERY_THROW)->getRangeAddress().Sheet;
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
    }
    OUString candidate = name;
    for (int n = 2; doc->getSheets()->hasByName(candidate); ++n)
    {
        Reference<css::sheet::XSpreadsheet> existing(doc->getSheets()->getByName(candidate), UNO_QUERY_THROW);
        if (isEmpty(existing))
            return existing;
        candidate = name + " (" + OUString::number(n) + ")";
    }
    return ensureSheet(doc, candidate);
}

void setBold(const Reference<css::table::XCellRange>& range)
{
    Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW)->setPropertyValue("CharWeight", css::uno::Any(css::awt::FontWeight::BOLD));
}

void setPercentFormat(const Reference<css::sheet::XSpreadsheetDocument>& doc, const Reference<css::table::XCellRange>& range)
{
    Reference<css::util::XNumberFormatsSupplier> supplier(doc, UNO_QUERY_THROW);
    Reference<css::util::XNumberFormatTypes> types(supplier->getNumberFormats(), UNO_QUERY_THROW);
    const sal_Int32 percent = types->getFormatIndex(css::i18n::NumberFormatIndex::PERCENT_INT, css::lang::Locale()); // "0%"
    Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW)->setPropertyValue("NumberFormat", css::uno::Any(percent));
}

void fitColumns(const Reference<css::table::XCellRange>& range)
{
    Reference<css::table::XColumnRowRange> columnsOf(range, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(columnsOf->getColumns(), UNO_QUERY_THROW)->setPropertyValue("OptimalWidth", css::uno::Any(true));
}

sal_Int32 colourValue(const std::string& colour)
{
    if (colour.size() != 7 || colour[0] != '#')
        return -1;
    try
    {
        std::size_t used = 0;
        const long value = std::stol(colour.substr(1), &used, 16);
        return used == 6 ? static_cast<sal_Int32>(value) : -1;
    }
    catch (const std::exception&)
    {
        return -1;
    }
}

OUString formulaString(const OUString& text)
{
    return "\"" + text.replaceAll("\"", "\"\"") + "\"";
}

} // namespace ets::uno::calc
