#pragma once
// Writes the deliverable (core/analysis/deliverable.hpp) into a new Writer document: its cover with the table of
// contents, the table of themes and problems, then one brief a theme, each within two pages; and saves it with its PDF.

#include "core/analysis/brief.hpp"
#include "core/analysis/deliverable.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <functional>
#include <vector>

namespace ets::uno {

// Fills the new, empty document (A4 pages, the cover without header or footer, every other page with the running
// header and « page 3 sur 24 » in its footer; nothing of it is undoable: a new document has nothing to undo), each brief
// laid out and shortened to two pages; `briefWritten` hears how many briefs are written after each one.
void writeDeliverable(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::text::XTextDocument>& document, const DeliverableContent& content,
                      const std::function<void(std::size_t)>& briefWritten);

// The number of the document's last page, as last laid out.
int lastPage(const css::uno::Reference<css::text::XTextDocument>& document);

// Exports the document as `pdf`, with its outline and the table of contents' links. Not while its views are locked
// (ViewLock): Writer then exports neither.
void exportPdf(const css::uno::Reference<css::text::XTextDocument>& document, const std::filesystem::path& pdf);

}  // namespace ets::uno
