#pragma once
// A Writer document exported as PDF by LibreOffice's own filter.

#include <com/sun/star/text/XTextDocument.hpp>

#include <filesystem>

namespace ets::uno {

// Exports the document as `pdf`, with its outline and its links; comments are never exported as PDF annotations
// (icons over the words). Not while its views are locked (ViewLock): Writer then exports neither outline nor links.
void exportPdf(const css::uno::Reference<css::text::XTextDocument>& document, const std::filesystem::path& pdf);

}  // namespace ets::uno
