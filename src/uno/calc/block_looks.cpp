#include "calc/block_looks.hpp"

#include "calc/sheet_block.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

namespace ets::uno::calc {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::beans::XPropertySet> propertiesOf(const Reference<css::table::XCellRange>& range, const CellArea& area) {
    return Reference<css::beans::XPropertySet>(
        range->getCellRangeByPosition(area.firstColumn, area.firstRow, area.lastColumn, area.lastRow), UNO_QUERY_THROW);
}

// The spreadsheet's language (followUiLanguage): its numbers are written as it writes them, « 38,5 » in fr-BE,
// whatever the office's locale setting.
css::lang::Locale documentLocale(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    css::lang::Locale locale;
    Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)->getPropertyValue("CharLocale") >>= locale;
    return locale;
}

Reference<css::util::XNumberFormatTypes> formatTypes(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    Reference<css::util::XNumberFormatsSupplier> supplier(doc, UNO_QUERY_THROW);
    return Reference<css::util::XNumberFormatTypes>(supplier->getNumberFormats(), UNO_QUERY_THROW);
}

void setNumberFormat(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                     const Reference<css::beans::XPropertySet>& cells) {
    cells->setPropertyValue("NumberFormat", Any(formatTypes(doc)->getStandardFormat(css::util::NumberFormat::NUMBER,
                                                                                    documentLocale(doc))));
}

void setPercentFormat(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                      const Reference<css::beans::XPropertySet>& cells) {
    const sal_Int32 percent =
        formatTypes(doc)->getFormatIndex(css::i18n::NumberFormatIndex::PERCENT_INT, documentLocale(doc));  // "0 %"
    cells->setPropertyValue("NumberFormat", Any(percent));
}

void setDateFormat(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                   const Reference<css::beans::XPropertySet>& cells) {
    const sal_Int32 date =
        formatTypes(doc)->getFormatIndex(css::i18n::NumberFormatIndex::DATE_SYSTEM_SHORT, documentLocale(doc));
    cells->setPropertyValue("NumberFormat", Any(date));
}

// The column's colours and indents are reset, since rows moved since the last refresh, then each cell gets its own.
void setCellLooks(const Reference<css::table::XCellRange>& range, int column, const std::vector<CellLook>& looks) {
    const sal_Int32 last = addressOf(range).EndRow - addressOf(range).StartRow;
    Reference<css::beans::XPropertySet> cells = propertiesOf(range, {0, column, last, column});
    cells->setPropertyValue("CellBackColor", Any(sal_Int32(-1)));
    cells->setPropertyValue("CharColor", Any(sal_Int32(-1)));
    cells->setPropertyValue("ParaIndent", Any(sal_Int16(0)));
    for (const CellLook& look : looks) {
        Reference<css::beans::XPropertySet> cell(range->getCellByPosition(look.column, look.row), UNO_QUERY_THROW);
        if (look.background)
            cell->setPropertyValue("CellBackColor", Any(sal_Int32(*look.background)));
        if (look.whiteText)
            cell->setPropertyValue("CharColor", Any(sal_Int32(0xFFFFFF)));
        if (look.indent > 0)
            cell->setPropertyValue("ParaIndent", Any(static_cast<sal_Int16>(look.indent)));
    }
}

}  // namespace

void setLooks(const Reference<css::sheet::XSpreadsheetDocument>& doc, const Reference<css::table::XCellRange>& range,
              const BlockLooks& looks) {
    const css::table::CellRangeAddress at = addressOf(range);
    const sal_Int32 lastColumn = at.EndColumn - at.StartColumn;
    if (looks.normalWeightFirst)
        Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW)
            ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::NORMAL));
    setNumberFormat(doc, Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW));
    for (int row : looks.boldRows)
        propertiesOf(range, {row, 0, row, lastColumn})->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    for (const CellArea& area : looks.percent)
        setPercentFormat(doc, propertiesOf(range, area));
    for (const CellArea& area : looks.dates)
        if (area.lastRow >= area.firstRow)
            setDateFormat(doc, propertiesOf(range, area));
    if (looks.lookColumn)
        setCellLooks(range, *looks.lookColumn, looks.cellLooks);
    for (const CellArea& area : looks.wrapped)
        propertiesOf(range, area)->setPropertyValue("IsTextWrapped", Any(true));
    if (looks.alignTop)
        Reference<css::beans::XPropertySet>(range, UNO_QUERY_THROW)
            ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
}

void setFirstLooks(const Reference<css::table::XCellRange>& range, const BlockLooks& looks) {
    Reference<css::table::XColumnRowRange> columns(range, UNO_QUERY_THROW);
    if (looks.fitColumns)
        Reference<css::beans::XPropertySet>(columns->getColumns(), UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", Any(true));
    for (const auto& [column, width] : looks.columnWidths) {
        Reference<css::beans::XPropertySet> properties(columns->getColumns()->getByIndex(column), UNO_QUERY_THROW);
        properties->setPropertyValue("Width", Any(sal_Int32(width)));
    }
    // Wrapped text was laid out in the columns' widths before these: its rows fit the new widths.
    if (!looks.wrapped.empty() && !looks.columnWidths.empty())
        Reference<css::beans::XPropertySet>(columns->getRows(), UNO_QUERY_THROW)
            ->setPropertyValue("OptimalHeight", Any(true));
}

namespace {

// The value axis in whole steps and each bar in its theme's colour; a chart a person changed beyond that keeps the rest.
void followCodebook(const Reference<css::table::XTableCharts>& charts, const OUString& name, const BlockChart& chart) {
    try {
        Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), UNO_QUERY_THROW);
        Reference<css::chart::XChartDocument> document(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
        Reference<css::chart::XDiagram> diagram = document->getDiagram();
        if (chart.valueStep > 0)
            if (Reference<css::chart::XAxisYSupplier> axes(diagram, css::uno::UNO_QUERY); axes.is()) {
                Reference<css::beans::XPropertySet> axis(axes->getYAxis(), UNO_QUERY_THROW);
                axis->setPropertyValue("AutoMin", Any(false));
                axis->setPropertyValue("Min", Any(0.0));
                axis->setPropertyValue("AutoStepMain", Any(false));
                axis->setPropertyValue("StepMain", Any(static_cast<double>(chart.valueStep)));
                axis->setPropertyValue("AutoStepHelp", Any(false));
                axis->setPropertyValue("StepHelpCount", Any(sal_Int32(1)));
            }
        for (std::size_t i = 0; i < chart.barColours.size(); ++i)
            if (chart.barColours[i])
                diagram->getDataPointProperties(static_cast<sal_Int32>(i), 0)
                    ->setPropertyValue("FillColor", Any(sal_Int32(*chart.barColours[i])));
    } catch (const css::uno::Exception& exception) {
        logError("chart axis or colours", toUtf8(exception.Message));
    }
}

}  // namespace

void updateChart(const Reference<css::sheet::XSpreadsheet>& sheet, const Reference<css::table::XCellRange>& range,
                 const BlockChart& chart) {
    const css::table::CellRangeAddress where = addressOf(range);
    css::table::CellRangeAddress data = where;
    data.StartColumn = where.StartColumn + chart.data.firstColumn;
    data.StartRow = where.StartRow + chart.data.firstRow;
    data.EndColumn = where.StartColumn + chart.data.lastColumn;
    data.EndRow = where.StartRow + chart.data.lastRow;
    const css::uno::Sequence<css::table::CellRangeAddress> ranges(&data, 1);

    const OUString name = toOUString(chart.name);
    Reference<css::table::XTableCharts> charts =
        Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    if (charts->hasByName(name)) {
        Reference<css::table::XTableChart>(charts->getByName(name), UNO_QUERY_THROW)->setRanges(ranges);
        followCodebook(charts, name, chart);
        return;
    }
    Reference<css::beans::XPropertySet> corner(
        sheet->getCellByPosition(where.EndColumn + chart.columnsRight, where.StartRow), UNO_QUERY_THROW);
    css::awt::Point position;
    corner->getPropertyValue("Position") >>= position;
    charts->addNewByName(name, css::awt::Rectangle(position.X, position.Y, chart.width, chart.height), ranges, true,
                         true);
    try {
        Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), UNO_QUERY_THROW);
        Reference<css::chart::XChartDocument> document(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
        properties->setPropertyValue("HasMainTitle", Any(true));
        properties->setPropertyValue("HasLegend", Any(false));
        Reference<css::beans::XPropertySet>(document->getTitle(), UNO_QUERY_THROW)
            ->setPropertyValue("String", Any(toOUString(chart.title)));
        if (chart.horizontalBars)
            Reference<css::beans::XPropertySet>(document->getDiagram(), UNO_QUERY_THROW)
                ->setPropertyValue("Vertical", Any(true));
        Reference<css::chart::XAxisXSupplier> axes(document->getDiagram(), UNO_QUERY);
        if (chart.firstRowOnTop && axes.is())
            Reference<css::beans::XPropertySet>(axes->getXAxis(), UNO_QUERY_THROW)
                ->setPropertyValue("ReverseDirection", Any(true));
    } catch (const css::uno::Exception&) {
        // The chart is there with its data; only its looks could not be set.
    }
    followCodebook(charts, name, chart);
}

void printLegibly(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                  const Reference<css::sheet::XSpreadsheet>& sheet, const Reference<css::table::XCellRange>& range,
                  const SheetPrint& print) {
    try {
        const OUString style = toOUString(print.style);
        Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
        Reference<css::container::XNameContainer> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                             UNO_QUERY_THROW);
        if (!pageStyles->hasByName(style))
            pageStyles->insertByName(style, Any(Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)
                                                    ->createInstance("com.sun.star.style.PageStyle")));
        Reference<css::beans::XPropertySet> properties(pageStyles->getByName(style), UNO_QUERY_THROW);
        css::awt::Size size;
        properties->getPropertyValue("Size") >>= size;
        if (print.landscape != (size.Width > size.Height))
            properties->setPropertyValue("Size", Any(css::awt::Size(size.Height, size.Width)));
        properties->setPropertyValue("IsLandscape", Any(print.landscape));
        properties->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
        properties->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));  // as many pages tall as it needs
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(style));
        Reference<css::sheet::XPrintAreas> areas(sheet, UNO_QUERY_THROW);
        if (print.titleRows > 0) {
            css::table::CellRangeAddress titles = addressOf(range);
            titles.EndRow = titles.StartRow + print.titleRows - 1;
            areas->setTitleRows(titles);
            areas->setPrintTitleRows(true);
        } else {
            areas->setPrintTitleRows(false);
        }
    } catch (const css::uno::Exception& exception) {
        logError("page setup of a sheet", toUtf8(exception.Message));
    }
}

void printOnOnePage(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                    const Reference<css::sheet::XSpreadsheet>& sheet, const Reference<css::table::XCellRange>& range,
                    const std::string& styleName) {
    css::uno::Sequence<css::table::CellRangeAddress> areas(1);
    areas[0] = addressOf(range);
    Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)->setPrintAreas(areas);
    try {
        const OUString style = toOUString(styleName);
        Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
        Reference<css::container::XNameContainer> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                             UNO_QUERY_THROW);
        if (!pageStyles->hasByName(style))
            pageStyles->insertByName(style, Any(Reference<css::lang::XMultiServiceFactory>(doc, UNO_QUERY_THROW)
                                                    ->createInstance("com.sun.star.style.PageStyle")));
        Reference<css::beans::XPropertySet> properties(pageStyles->getByName(style), UNO_QUERY_THROW);
        properties->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
        properties->setPropertyValue("ScaleToPagesY", Any(sal_Int16(1)));
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(style));
    } catch (const css::uno::Exception& exception) {
        // The print range is set; only the scaling could not be: the block may print on two pages.
        logError("page style of a print range", toUtf8(exception.Message));
    }
}

}  // namespace ets::uno::calc
