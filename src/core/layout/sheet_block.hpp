#pragma once
// A block of cells a command writes into a spreadsheet, ready: its cells, its named range and how it looks. The Calc
// code (src/uno/calc) writes it as it is and reads its cells back; every row and column is decided here.

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ets {

// "A", "Z", "AA", "AB": the A1 name of a column counted from 0.
std::string columnName(int column);
// "B12": the A1 name of a cell, column and row counted from 0.
std::string cellName(int column, int row);

// A cell of a sheet, counted from 0: where a block starts.
struct CellPosition {
    int column = 0;
    int row = 0;
};

// One cell of a block.
struct SheetCell {
    enum class Kind { Empty, Text, Number, Formula, Link };
    Kind kind = Kind::Empty;
    // Text: shown as it is, even when it starts with "=" or looks like a number. Formula: "=SUM(B2:B5)" in Calc's API
    // grammar (English function names, ";" between arguments). Link: the words shown.
    std::string text;
    double number = 0;   // Number
    std::string path;    // Link: the file it opens (an absolute path)
    std::string anchor;  // Link: the bookmark the file opens at

    static SheetCell empty() { return {}; }
    static SheetCell textCell(std::string text);
    static SheetCell numberCell(double number);
    static SheetCell formula(std::string formula);
    static SheetCell link(std::string path, std::string anchor, std::string label);

    bool operator==(const SheetCell& other) const;
    bool operator!=(const SheetCell& other) const { return !(*this == other); }
};

using SheetRow = std::vector<SheetCell>;

// A row of texts found by their keys in `texts` (a Catalogue, which this folder does not depend on): a block's header.
template <typename Texts>
SheetRow headerRow(const Texts& texts, std::initializer_list<const char*> keys) {
    SheetRow row;
    for (const char* key : keys)
        row.push_back(SheetCell::textCell(texts.text(key)));
    return row;
}

// A rectangle of a block's cells, counted from the block's first cell; both ends included.
struct CellArea {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    bool operator==(const CellArea& other) const;
};

// A cell with a colour or an indent of its own.
struct CellLook {
    int row = 0;
    int column = 0;
    std::optional<int> background;  // 0xRRGGBB
    bool whiteText = false;         // on a dark background
    int indent = 0;                 // in 1/100 mm
    bool operator==(const CellLook& other) const;
};

// How a block looks: set at every refresh, since rows move between refreshes, except what a person may have changed
// since the first time (column widths).
struct BlockLooks {
    std::vector<int> boldRows;       // across the block's width
    bool normalWeightFirst = false;  // the whole block is set to normal weight before its bold rows
    std::vector<CellArea> percent;   // numbers shown as "0%"
    std::vector<CellArea> dates;     // numbers shown as dates, in the document's language's short form
    // A column whose background, text colour and indent are reset before `cellLooks` are set.
    std::optional<int> lookColumn;
    std::vector<CellLook> cellLooks;
    std::vector<CellArea> wrapped;  // text wrapped in its cell
    bool alignTop = false;          // every cell's text at its top
    // Only the first time the block is written: optimal widths for its columns, then these widths (column, 1/100 mm).
    bool fitColumns = false;
    std::vector<std::pair<int, int>> columnWidths;
};

// A bar chart made once beside its block; afterwards only its range follows the block (a person's changes stay).
struct BlockChart {
    std::string name;  // the sheet's chart name, to find it again
    CellArea data;     // its data in the block: labels in the first column, the header in the first row
    std::string title;
    int columnsRight = 0;  // its top left corner: this many columns right of the block's last one, at its first row
    int width = 0;         // in 1/100 mm
    int height = 0;
    bool horizontalBars = false;
    bool firstRowOnTop = false;  // the category axis reversed, so that the block's first row is the top bar
    int valueStep = 0;           // the value axis counts in steps of this many (whole organisations); 0: LibreOffice's
    std::vector<std::optional<int>> barColours;  // 0xRRGGBB of each bar in the data's order; nullopt: the default
};

// How a sheet prints (the sheet of the block's first row): its own page style, landscape or not, scaled to one page
// wide (as many pages tall as it needs), its first rows repeated on every page.
struct SheetPrint {
    std::string style;  // the page style's name, made when missing
    bool landscape = true;
    int titleRows = 1;  // rows from the block's first repeated on every page
};

// A block of cells the extension owns in a sheet, found again through the document named range `name`.
struct SheetBlock {
    std::string name;            // "ETS_Tally"
    std::string sheetName;       // for the first block of a sheet: the sheet's name the first time ("Thèmes")
    std::vector<SheetRow> rows;  // may have different lengths: missing cells are written empty
    BlockLooks looks;
    std::optional<BlockChart> chart;
    // Not empty: the block is its sheet's only print range, scaled to one page by a page style of this name (made
    // when missing), so that the document's other sheets print as before.
    std::string printStyle;
    // Otherwise, how its sheet prints (the sheet's first block decides).
    std::optional<SheetPrint> print;

    // The length of the longest row (1 at least: a block is never narrower than one cell).
    int width() const;
    // The number of rows (1 at least).
    int height() const;
};

// A sheet's page setup that prints legibly: landscape, one page wide, the heading row repeated; its page style named
// in the catalogue ("sheet.page_style", "ETS – {0}" with the sheet's name). `Texts` is a Catalogue.
template <typename Texts>
SheetPrint legiblePrint(const Texts& texts, const std::string& sheetName, int titleRows = 1) {
    SheetPrint print;
    print.style = texts.text("sheet.page_style", {sheetName});
    print.titleRows = titleRows;
    return print;
}

// Where a block is written the first time, under the block before it on its sheet (afterwards it stays wherever its
// named range went): `emptyRows` rows between them, under the first column of the block above or in column A.
struct PlaceBelow {
    int emptyRows = 0;
    bool inColumnA = false;
};
CellPosition placeBelow(const CellPosition& aboveFirst, const CellPosition& aboveLast, const PlaceBelow& place);

// "#RRGGBB" → 0xRRGGBB; nullopt when empty or not of that form.
std::optional<int> colourValue(const std::string& colour);
// True when white text reads better than black on this background (its perceived brightness is below the middle).
bool needsWhiteText(int colour);

// What a cell read back from a sheet says, as the checks of what a person typed read it: a whole number as its digits
// ("3"), another number as std::to_string writes it ("1.500000"), a text as it is, "" for an empty cell.
std::string cellText(const SheetCell& cell);

}  // namespace ets
