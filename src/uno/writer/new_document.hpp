#pragma once
// A new, empty Writer document: visible for a person, hidden for macros, tests and work nobody watches.

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace ets::uno {

css::uno::Reference<css::text::XTextDocument> newWriterDocument(
    const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden);

} // namespace ets::uno
