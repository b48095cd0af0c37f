#include "core/analysis/tally_sheet.hpp"

#include "core/text/dates.hpp"
#include "core/text/lists.hpp"

#include <algorithm>

namespace ets {
namespace {

// A sub-theme is indented by this much per level (1/100 mm), ten levels at most.
constexpr int kIndentPerLevel = 400;
constexpr int kDeepestIndent = 10;

}  // namespace

int countedOrganisations(const Tally& tally) {
    return static_cast<int>(
        std::count_if(tally.organisations.begin(), tally.organisations.end(),
                      [](const TallyOrganisation& organisation) { return !organisation.id.empty(); }));
}

SheetBlock tallyThemesBlock(const Tally& tally, const Catalogue& texts) {
    SheetBlock block;
    block.name = kTallyBlock;
    block.sheetName = texts.text("tally.sheet_themes");
    SheetRow top = headerRow(texts, {"tally.column_theme", "tally.column_organisations", "tally.column_interviews",
                                     "tally.column_passages", "tally.column_share"});
    for (const TallyOrganisation& organisation : tally.organisations)
        top.push_back(
            SheetCell::textCell(organisation.id.empty() ? texts.text("tally.no_organisation") : organisation.name));
    block.rows.push_back(top);
    for (const ThemeTally& theme : tally.themes) {
        SheetRow row{SheetCell::textCell(theme.name), SheetCell::numberCell(theme.organisations),
                     SheetCell::numberCell(theme.interviews), SheetCell::numberCell(theme.passages),
                     SheetCell::numberCell(theme.interviewShare)};
        for (int n : theme.passagesPerOrganisation)
            row.push_back(SheetCell::numberCell(n));
        block.rows.push_back(row);
    }
    SheetRow total{SheetCell::textCell(texts.text("tally.total")), SheetCell::numberCell(countedOrganisations(tally)),
                   SheetCell::numberCell(tally.interviews), SheetCell::numberCell(tally.passages), SheetCell::empty()};
    for (int n : tally.passagesPerOrganisation)
        total.push_back(SheetCell::numberCell(n));
    block.rows.push_back(total);

    const int last = static_cast<int>(block.rows.size()) - 1;
    block.looks.boldRows = {0, last};
    block.looks.percent = {{1, 4, last, 4}};
    block.looks.lookColumn = 0;
    for (std::size_t i = 0; i < tally.themes.size(); ++i) {
        const ThemeTally& theme = tally.themes[i];
        const std::optional<int> colour = colourValue(theme.colour);
        if (!colour && theme.depth == 0)
            continue;
        CellLook look;
        look.row = static_cast<int>(i) + 1;
        look.background = colour;
        look.whiteText = colour && needsWhiteText(*colour);
        look.indent = std::min(theme.depth, kDeepestIndent) * kIndentPerLevel;
        block.looks.cellLooks.push_back(look);
    }
    block.looks.fitColumns = true;

    // Themes by number of organisations: the theme and organisations columns, the header and the themes (not the
    // total).
    BlockChart chart;
    chart.name = "ETS_TallyChart";
    chart.data = {0, 0, static_cast<int>(tally.themes.size()), 1};
    chart.title = texts.text("tally.chart_title");
    chart.columnsRight = 2;
    chart.width = 16000;
    chart.height = 9000;
    // Horizontal bars read better with long theme names; the first theme (most organisations) on top.
    chart.horizontalBars = true;
    chart.firstRowOnTop = true;
    // Organisations are counted whole: the axis steps by one (by more when there are many) and the bars take the
    // codebook's colours.
    int most = 0;
    for (const ThemeTally& theme : tally.themes) {
        most = std::max(most, theme.organisations);
        chart.barColours.push_back(colourValue(theme.colour));
    }
    chart.valueStep = std::max(1, (most + 9) / 10);
    block.chart = chart;
    block.print = legiblePrint(texts, block.sheetName);
    return block;
}

namespace {

// An interview's date as a date cell; text when it is none (kept as it was typed).
SheetCell dateCell(const std::string& ymd) {
    if (const std::optional<double> day = spreadsheetDay(ymd))
        return SheetCell::numberCell(*day);
    return ymd.empty() ? SheetCell::empty() : SheetCell::textCell(ymd);
}

}  // namespace

SheetBlock tallyQuotesBlock(const Tally& tally, const Catalogue& texts, const std::filesystem::path& projectFolder) {
    SheetBlock block;
    block.name = kQuotesBlock;
    block.sheetName = texts.text("tally.sheet_quotes");
    block.rows.push_back(
        headerRow(texts, {"tally.column_themes", "tally.column_organisation", "tally.column_date", "tally.column_coder",
                          "tally.column_text", "tally.column_memo", "tally.column_transcript", "tally.column_link"}));
    const std::string label = texts.text("tally.open_link");
    for (const Quote& quote : tally.quotes) {
        std::filesystem::path path = std::filesystem::u8path(quote.transcript);
        if (path.is_relative())
            path = projectFolder / path;
        block.rows.push_back(
            {SheetCell::textCell(joined(quote.themes, "; ")),
             SheetCell::textCell(quote.organisation.empty() ? texts.text("tally.no_organisation") : quote.organisation),
             dateCell(quote.interviewDate), SheetCell::textCell(quote.coder),
             SheetCell::textCell(quote.text), SheetCell::textCell(quote.memo), SheetCell::textCell(quote.transcript),
             SheetCell::link(path.u8string(), quote.anchor, label)});
    }
    const int last = static_cast<int>(block.rows.size()) - 1;
    block.looks.boldRows = {0};
    block.looks.dates = {{1, 2, last, 2}};  // sorted as dates, read as the person's locale writes them
    // The passage and its memo: wrapped (at every refresh, since rows move) in wide columns, every row read from its
    // top.
    block.looks.wrapped = {{0, 4, last, 5}};
    block.looks.alignTop = true;
    block.looks.fitColumns = true;
    block.looks.columnWidths = {{4, 12000}, {5, 6000}};
    block.print = legiblePrint(texts, block.sheetName);
    return block;
}

std::string tallyMessage(const Tally& tally, const std::vector<std::string>& unreadable, const std::string& themesSheet,
                         const std::string& quotesSheet, const Catalogue& texts) {
    std::string message =
        texts.text("tally.done", {std::to_string(tally.themes.size()), std::to_string(tally.passages),
                                  std::to_string(tally.interviews), std::to_string(countedOrganisations(tally)),
                                  themesSheet, quotesSheet});
    if (!unreadable.empty())
        message += "\n" + texts.text("tally.incomplete", {std::to_string(unreadable.size()), joined(unreadable, ", ")});
    return message;
}

}  // namespace ets
