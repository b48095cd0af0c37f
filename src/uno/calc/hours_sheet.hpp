#pragma once
// The « Heures » sheet of vnd.ets:HoursSheet (core/timesheet/hours_sheet.hpp), written in one undo step; LogHours
// refreshes it where it already is.

#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

namespace ets::uno::calc {

// Writes (or refreshes in place) the summary, the invoice and the lines; returns the sheet's name.
rtl::OUString writeHoursSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const Project& project,
                              const Catalogue& texts);

// Refreshes the hours sheet of the frame's spreadsheet when it has one; does nothing otherwise (another document, or a
// spreadsheet where HoursSheet never ran). Never throws: the hours are already saved, and the next HoursSheet brings
// the sheet up to date.
void refreshHoursSheetIfPresent(const css::uno::Reference<css::frame::XFrame>& frame, const Project& project,
                                const Catalogue& texts);

}  // namespace ets::uno::calc
