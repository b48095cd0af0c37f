#pragma once
// A new, empty Writer document: visible for a person, hidden for macros, tests and work nobody watches.

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace ets::uno {

css::uno::Reference<css::text::XTextDocument> newWriterDocument(
    const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden);

// Closes a document the extension made, discarding it; a failure to close is logged, never thrown: it happens
// while another failure (the one the person must hear about) is on its way, or after the work is saved.
void closeQuietly(const css::uno::Reference<css::text::XTextDocument>& document);

} // namespace ets::uno
