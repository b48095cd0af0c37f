#pragma once
// Writes the deliverable (core/analysis/deliverable.hpp) into a new Writer document: its cover with the table of
// contents, the table of themes and problems, then one brief a theme, each within two pages; and saves it with its PDF.

#include "core/analysis/brief.hpp"
#include "core/analysis/deliverable.hpp"
#include "writer/pdf_export.hpp"  // exportPdf, which the deliverable's callers also use

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace ets::uno {

// Writes the deliverable at `odt`: the core writes it as one OpenDocument text in styles the office makes (A4 pages,
// the cover without header or footer, every other page with the running header and « page 3 sur 24 » in its footer),
// Writer lays it out hidden and the weakest quotes of each brief longer than two pages are taken out; the core then
// writes the file as laid out, the table of contents with its pages (all of it or nothing). The PDF, when asked for,
// is Writer's export of that layout. Returns the number of pages; `briefWritten` hears how many briefs are written.
int writeDeliverable(const css::uno::Reference<css::uno::XComponentContext>& context, const DeliverableContent& content,
                     const std::filesystem::path& odt, const std::optional<std::filesystem::path>& pdf,
                     const std::function<void(std::size_t)>& briefWritten);

// The number of the document's last page, as last laid out.
int lastPage(const css::uno::Reference<css::text::XTextDocument>& document);

}  // namespace ets::uno
