// vnd.ets:TallyThemes — in the open spreadsheet: the themes × organisations tally (sheet « Thèmes »), every quote with a
// link to its passage (sheet « Citations ») and a chart of the themes by number of organisations; refreshed in place.
// Arguments: Organisations, Themes (";"-separated filters), Coder. Result: a sentence with the counts.

#include "commands/commands.hpp"
#include "dialogs/message_box.hpp"

#include "calc/sheet_block.hpp"
#include "calc/spreadsheet.hpp"
#include "core/coding/codebook.hpp"
#include "core/analysis/tally.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace ets::uno::commands {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

constexpr const char* kThemesBlock = "ETS_Tally";
constexpr const char* kQuotesBlock = "ETS_Quotes";
const OUString kChartName("ETS_TallyChart");
constexpr sal_Int32 kFixedColumns = 5;  // theme, organisations, interviews, passages, share; then one column per organisation

Any number(double value)
{
    return Any(value);
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string result;
    for (const std::string& part : parts)
        result += (result.empty() ? "" : separator) + part;
    return result;
}

calc::Rows themeRows(const CommandCall& call, const Tally& tally)
{
    calc::Rows rows;
    std::vector<Any> header{Any(uiText(call.context, "tally.column_theme")), Any(uiText(call.context, "tally.column_organisations")),
                            Any(uiText(call.context, "tally.column_interviews")), Any(uiText(call.context, "tally.column_passages")),
                            Any(uiText(call.context, "tally.column_share"))};
    for (const TallyOrganisation& organisation : tally.organisations)
        header.push_back(organisation.id.empty() ? Any(uiText(call.context, "tally.no_organisation")) : calc::textCell(organisation.name));
    rows.push_back(header);
    for (const ThemeTally& theme : tally.themes)
    {
        std::vector<Any> row{calc::textCell(theme.name), number(theme.organisations), number(theme.interviews), number(theme.passages),
                             number(theme.interviewShare)};
        for (int n : theme.passagesPerOrganisation)
            row.push_back(number(n));
        rows.push_back(row);
    }
    int organisations = 0;
    for (const TallyOrganisation& organisation : tally.organisations)
        organisations += organisation.id.empty() ? 0 : 1;
    std::vector<Any> total{Any(uiText(call.context, "tally.total")), number(organisations), number(tally.interviews),
                           number(tally.passages), Any()};
    for (int n : tally.passagesPerOrganisation)
        total.push_back(number(n));
    rows.push_back(total);
    return rows;
}

calc::Rows quoteRows(const CommandCall& call, const OpenedProject& opened, const Tally& tally)
{
    calc::Rows rows;
    rows.push_back({Any(uiText(call.context, "tally.column_themes")), Any(uiText(call.context, "tally.column_organisation")),
                    Any(uiText(call.context, "tally.column_date")), Any(uiText(call.context, "tally.column_coder")),
                    Any(uiText(call.context, "tally.column_text")), Any(uiText(call.context, "tally.column_memo")),
                    Any(uiText(call.context, "tally.column_transcript")), Any(uiText(call.context, "tally.column_link"))});
    const OUString linkLabel = calc::formulaString(uiText(call.context, "tally.open_link"));
    for (const Quote& quote : tally.quotes)
    {
        std::filesystem::path path = std::filesystem::u8path(quote.transcript);
        if (path.is_relative())
            path = opened.folder / path;
        // file URL + "#" + bookmark: LibreOffice opens the transcript and jumps to the passage.
        const OUString url = fileUrlFromPath(path) + "#" + toOUString(quote.anchor);
        rows.push_back({calc::textCell(joined(quote.themes, "; ")),
                        quote.organisation.empty() ? Any(uiText(call.context, "tally.no_organisation")) : calc::textCell(quote.organisation),
                        calc::textCell(quote.interviewDate), calc::textCell(quote.coder), calc::textCell(quote.text), calc::textCell(quote.memo),
                        calc::textCell(quote.transcript), Any("=HYPERLINK(" + calc::formulaString(url) + ";" + linkLabel + ")")});
    }
    return rows;
}

// The theme cells take their codebook colour (text in white on a dark one) and sub-themes are indented; the rest of
// the column is reset, since rows moved since the last tally.
void colourThemes(const Reference<css::table::XCellRange>& block, const Tally& tally)
{
    const sal_Int32 last = static_cast<sal_Int32>(tally.themes.size()) + 1;
    Reference<css::beans::XPropertySet> column(block->getCellRangeByPosition(0, 0, 0, last), UNO_QUERY_THROW);
    column->setPropertyValue("CellBackColor", Any(sal_Int32(-1)));
    column->setPropertyValue("CharColor", Any(sal_Int32(-1)));
    column->setPropertyValue("ParaIndent", Any(sal_Int16(0)));
    for (std::size_t i = 0; i < tally.themes.size(); ++i)
    {
        const ThemeTally& theme = tally.themes[i];
        const sal_Int32 colour = calc::colourValue(theme.colour);
        if (colour < 0 && theme.depth == 0)
            continue;
        Reference<css::beans::XPropertySet> cell(block->getCellByPosition(0, static_cast<sal_Int32>(i) + 1), UNO_QUERY_THROW);
        if (colour >= 0)
        {
            cell->setPropertyValue("CellBackColor", Any(colour));
            const int luminance = (299 * ((colour >> 16) & 0xFF) + 587 * ((colour >> 8) & 0xFF) + 114 * (colour & 0xFF)) / 1000;
            if (luminance < 128)
                cell->setPropertyValue("CharColor", Any(sal_Int32(0xFFFFFF)));
        }
        if (theme.depth > 0)
            cell->setPropertyValue("ParaIndent", Any(static_cast<sal_Int16>(std::min(theme.depth, 10) * 400)));
    }
}

// The chart of themes by number of organisations: made once beside the table, its range follows the table after that.
void updateChart(const CommandCall& call, const Reference<css::sheet::XSpreadsheet>& sheet,
                 const Reference<css::table::XCellRange>& block, std::size_t themes)
{
    const css::table::CellRangeAddress where = Reference<css::sheet::XCellRangeAddressable>(block, UNO_QUERY_THROW)->getRangeAddress();
    css::table::CellRangeAddress data = where;
    data.EndColumn = where.StartColumn + 1;  // theme and organisations
    data.EndRow = where.StartRow + static_cast<sal_Int32>(themes);  // header and themes, not the total
    const css::uno::Sequence<css::table::CellRangeAddress> ranges(&data, 1);

    Reference<css::table::XTableCharts> charts = Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    if (charts->hasByName(kChartName))
    {
        Reference<css::table::XTableChart>(charts->getByName(kChartName), UNO_QUERY_THROW)->setRanges(ranges);
        return;
    }
    Reference<css::beans::XPropertySet> corner(sheet->getCellByPosition(where.EndColumn + 2, where.StartRow), UNO_QUERY_THROW);
    css::awt::Point position;
    corner->getPropertyValue("Position") >>= position;
    charts->addNewByName(kChartName, css::awt::Rectangle(position.X, position.Y, 16000, 9000), ranges, true, true);
    try
    {
        Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(kChartName), UNO_QUERY_THROW);
        Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> properties(chart, UNO_QUERY_THROW);
        properties->setPropertyValue("HasMainTitle", Any(true));
        properties->setPropertyValue("HasLegend", Any(false));
        Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
            ->setPropertyValue("String", Any(uiText(call.context, "tally.chart_title")));
        // Horizontal bars read better with long theme names; the first theme (most organisations) on top.
        Reference<css::beans::XPropertySet>(chart->getDiagram(), UNO_QUERY_THROW)->setPropertyValue("Vertical", Any(true));
        Reference<css::chart::XAxisXSupplier> axes(chart->getDiagram(), UNO_QUERY);
        if (axes.is())
            Reference<css::beans::XPropertySet>(axes->getXAxis(), UNO_QUERY_THROW)->setPropertyValue("ReverseDirection", Any(true));
    }
    catch (const css::uno::Exception&)
    {
        // The chart is there with its data; only its looks could not be set.
    }
}

} // namespace

CommandOutcome tallyThemes(CommandCall& call)
{
    Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    OpenedProject& opened = *call.project;
    TallyFilter filter;
    filter.organisations = splitList(call.arguments.textOr("Organisations", ""));
    filter.themes = splitList(call.arguments.textOr("Themes", ""));
    filter.coder = call.arguments.textOr("Coder", "");
    tallyThemes(opened.project, filter);  // refuses unknown names before any transcript is read

    const CountedProject counted = countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress"));
    const std::vector<std::string>& unreadable = counted.unreadable;
    const Tally tally = tallyThemes(counted.project, filter);

    OUString themesName = uiText(call.context, "tally.sheet_themes");
    OUString quotesName = uiText(call.context, "tally.sheet_quotes");
    {
        UndoStep undo(doc, uiText(call.context, "undo.tally"));
        const bool firstThemes = !calc::findBlock(doc, kThemesBlock).is();
        Reference<css::sheet::XSpreadsheet> themesSheet = calc::sheetForBlock(doc, kThemesBlock, themesName);
        themesName = Reference<css::container::XNamed>(themesSheet, UNO_QUERY_THROW)->getName();
        Reference<css::table::XCellRange> themes = calc::writeBlock(doc, themesSheet, kThemesBlock, {0, 0, 0}, themeRows(call, tally));
        const css::table::CellRangeAddress at = Reference<css::sheet::XCellRangeAddressable>(themes, UNO_QUERY_THROW)->getRangeAddress();
        const sal_Int32 lastRow = at.EndRow - at.StartRow;
        const sal_Int32 lastColumn = at.EndColumn - at.StartColumn;
        calc::setBold(themes->getCellRangeByPosition(0, 0, lastColumn, 0));
        calc::setBold(themes->getCellRangeByPosition(0, lastRow, lastColumn, lastRow));
        calc::setPercentFormat(doc, themes->getCellRangeByPosition(4, 1, 4, lastRow));
        colourThemes(themes, tally);
        if (firstThemes)
            calc::fitColumns(themes);
        Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
        updateChart(call, Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(at.Sheet), UNO_QUERY_THROW), themes,
                    tally.themes.size());

        const bool firstQuotes = !calc::findBlock(doc, kQuotesBlock).is();
        Reference<css::sheet::XSpreadsheet> quotesSheet = calc::sheetForBlock(doc, kQuotesBlock, quotesName);
        quotesName = Reference<css::container::XNamed>(quotesSheet, UNO_QUERY_THROW)->getName();
        Reference<css::table::XCellRange> quotes = calc::writeBlock(doc, quotesSheet, kQuotesBlock, {0, 0, 0}, quoteRows(call, opened, tally));
        calc::setBold(quotes->getCellRangeByPosition(0, 0, 7, 0));
        if (firstQuotes)
        {
            calc::fitColumns(quotes);
            Reference<css::table::XColumnRowRange> columns(quotes, UNO_QUERY_THROW);
            for (sal_Int32 column : {4, 5})  // the passage and its memo: wrapped in a wide column
            {
                Reference<css::beans::XPropertySet> width(columns->getColumns()->getByIndex(column), UNO_QUERY_THROW);
                width->setPropertyValue("Width", Any(sal_Int32(column == 4 ? 12000 : 6000)));
            }
        }
        // Wrapping follows the rows, which move at each refresh.
        const sal_Int32 quoteRowsCount = static_cast<sal_Int32>(tally.quotes.size()) + 1;
        Reference<css::beans::XPropertySet>(quotes->getCellRangeByPosition(4, 0, 5, quoteRowsCount - 1), UNO_QUERY_THROW)
            ->setPropertyValue("IsTextWrapped", Any(true));
        Reference<css::beans::XPropertySet>(quotes, UNO_QUERY_THROW)->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
    }

    int organisations = 0;
    for (const TallyOrganisation& organisation : tally.organisations)
        organisations += organisation.id.empty() ? 0 : 1;
    OUString message = uiText(call.context, "tally.done",
                              {std::to_string(tally.themes.size()), std::to_string(tally.passages), std::to_string(tally.interviews),
                               std::to_string(organisations), toUtf8(themesName), toUtf8(quotesName)});
    if (!unreadable.empty())
        message += "\n" + uiText(call.context, "tally.incomplete", {std::to_string(unreadable.size()), joined(unreadable, ", ")});
    if (call.interactive)
        showMessage(call.context, call.frame, unreadable.empty() ? MessageKind::Info : MessageKind::Error, message);
    return CommandOutcome::done(message);
}

} // namespace ets::uno::commands
