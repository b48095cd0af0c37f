#pragma once
// The Invoice dialog (dialogs/Invoice.xdl): the period invoiced and the folder where the invoice and its PDF go.

#include "core/timesheet/invoice.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>

namespace ets::uno {

// Shows the dialog with `period` and `folder` until `accept` takes what the person entered (an ets::Error it throws
// is shown and the dialog stays, with what was typed); false when they cancelled.
bool runInvoiceDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::frame::XFrame>& frame, const InvoicePeriod& period,
                      const std::string& folder,
                      const std::function<void(const InvoicePeriod&, const std::string& folder)>& accept);

}  // namespace ets::uno
