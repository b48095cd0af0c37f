#pragma once
// Writes an invoice the core composed (core/timesheet/invoice.hpp) as a new Writer document in LibreOffice's own
// styles, saves it as .odt and exports its PDF beside it.

#include "core/timesheet/invoice.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>

namespace ets::uno {

// Writes the document hidden, in the typography of `language`, saves it at `odt` and its PDF at `pdf`, then closes it.
// A failure closes the document and removes what was written of the two files.
void writeInvoice(const css::uno::Reference<css::uno::XComponentContext>& context, const InvoiceDocument& invoice,
                  const std::string& language, const std::filesystem::path& odt, const std::filesystem::path& pdf);

}  // namespace ets::uno
