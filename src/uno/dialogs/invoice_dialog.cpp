#include "dialogs/invoice_dialog.hpp"

#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

namespace ets::uno {

bool runInvoiceDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::frame::XFrame>& frame, const InvoicePeriod& period,
                      const std::string& folder,
                      const std::function<void(const InvoicePeriod&, const std::string& folder)>& accept) {
    Dialog dialog(context, frame, "Invoice");
    setDateValue(dialog, "FromField", period.from);
    setDateValue(dialog, "ToField", period.to);
    setControlText(dialog, "FolderField", toOUString(folder));
    return dialog.runUntilAccepted([&] {
        InvoicePeriod typed;
        typed.from = dateValue(dialog, "FromField");  // the calendar's date, as ISO whatever the regional format
        typed.to = dateValue(dialog, "ToField");
        accept(typed, toUtf8(controlText(dialog, "FolderField").trim()));
    });
}

}  // namespace ets::uno
