#include "core/layout/sheet_block.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ets {

std::string columnName(int column) {
    std::string name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
    return name;
}

std::string cellName(int column, int row) { return columnName(column) + std::to_string(row + 1); }

SheetCell SheetCell::textCell(std::string text) {
    SheetCell cell;
    cell.kind = Kind::Text;
    cell.text = std::move(text);
    return cell;
}

SheetCell SheetCell::numberCell(double number) {
    SheetCell cell;
    cell.kind = Kind::Number;
    cell.number = number;
    return cell;
}

SheetCell SheetCell::formula(std::string formula) {
    SheetCell cell;
    cell.kind = Kind::Formula;
    cell.text = std::move(formula);
    return cell;
}

SheetCell SheetCell::link(std::string path, std::string anchor, std::string label) {
    SheetCell cell;
    cell.kind = Kind::Link;
    cell.text = std::move(label);
    cell.path = std::move(path);
    cell.anchor = std::move(anchor);
    return cell;
}

bool SheetCell::operator==(const SheetCell& other) const {
    return std::tie(kind, text, number, path, anchor) ==
           std::tie(other.kind, other.text, other.number, other.path, other.anchor);
}

bool CellArea::operator==(const CellArea& other) const {
    return std::tie(firstRow, firstColumn, lastRow, lastColumn) ==
           std::tie(other.firstRow, other.firstColumn, other.lastRow, other.lastColumn);
}

bool CellLook::operator==(const CellLook& other) const {
    return std::tie(row, column, background, whiteText, indent) ==
           std::tie(other.row, other.column, other.background, other.whiteText, other.indent);
}

int SheetBlock::width() const {
    std::size_t widest = 1;
    for (const SheetRow& row : rows)
        widest = std::max(widest, row.size());
    return static_cast<int>(widest);
}

int SheetBlock::height() const { return std::max(1, static_cast<int>(rows.size())); }

CellPosition placeBelow(const CellPosition& aboveFirst, const CellPosition& aboveLast, const PlaceBelow& place) {
    return {place.inColumnA ? 0 : aboveFirst.column, aboveLast.row + 1 + place.emptyRows};
}

std::optional<int> colourValue(const std::string& colour) {
    if (colour.size() != 7 || colour[0] != '#')
        return std::nullopt;
    int value = 0;
    for (std::size_t i = 1; i < colour.size(); ++i) {
        const char c = colour[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

bool needsWhiteText(int colour) {
    // The perceived brightness of ITU-R BT.601, from 0 to 255.
    const int luminance = (299 * ((colour >> 16) & 0xFF) + 587 * ((colour >> 8) & 0xFF) + 114 * (colour & 0xFF)) / 1000;
    return luminance < 128;
}

std::string cellText(const SheetCell& cell) {
    if (cell.kind == SheetCell::Kind::Number) {
        if (cell.number == std::trunc(cell.number) && std::fabs(cell.number) < 1e9)
            return std::to_string(static_cast<long long>(cell.number));
        return std::to_string(cell.number);
    }
    return cell.kind == SheetCell::Kind::Empty ? std::string() : cell.text;
}

}  // namespace ets
