#pragma once
// The timesheet as vnd.ets:HoursSheet writes it (sheet « Heures »): a summary against the mission's minimum, the
// invoice summary (the sheet's print range, on one page) and every line logged, stacked in that order. Totals are
// formulas, so that the sheet shows it adds up; a block's formulas name its own cells, so each is built once its first
// cell is known.

#include "core/layout/sheet_block.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <string>

namespace ets {

inline constexpr const char* kHoursSummaryBlock = "ETS_Hours_Summary";
inline constexpr const char* kHoursInvoiceBlock = "ETS_Hours_Invoice";
inline constexpr const char* kHoursEntriesBlock = "ETS_Hours_Entries";
// Each block goes one row under the one before, in column A, the first time.
inline constexpr PlaceBelow kHoursBlockPlace{1, true};

// The totals first and the lists that grow last: a block grows by rows inserted at its end, so the total, the minimum
// and what is left keep their cells, and a person's formula pointing at them stays right. The total adds up the
// activities; what is left is never below 0.
SheetBlock hoursSummaryBlock(const Project& project, const Catalogue& texts, CellPosition origin);

// Activities down, months across, with totals both ways: what the researcher copies onto an invoice, one page.
SheetBlock hoursInvoiceBlock(const Project& project, const Catalogue& texts, CellPosition origin);

// Every line in reading order (entriesInOrder), with a running total, so that the line where the mission reaches its
// minimum can be seen.
SheetBlock hoursEntriesBlock(const Project& project, const Catalogue& texts, CellPosition origin);

// "Feuille « Heures » à jour : 5 ligne(s) d'heures, 21,5 h sur un minimum de 75 h (reste 53,5 h)."
std::string hoursSheetMessage(const Project& project, const std::string& sheetName, const Catalogue& texts);

}  // namespace ets
