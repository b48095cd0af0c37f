#pragma once
// An OpenDocument text the core wrote (core/odf/odt_text.hpp) opened in Writer, hidden: the office reads it as it reads
// any file, which costs a fraction of writing the same paragraphs one UNO call at a time; and the styles.xml the core
// writes such a text with, made by the office.

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ets::uno {

// The package's bytes opened as a new hidden document (through a private temporary file, removed before returning).
// Throws Error("document.prepare_failed") when the office refuses it.
css::uno::Reference<css::text::XTextDocument> openPackage(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                          const std::string& package);

// A copy of the document as it is now (the person's unsaved changes with it) opened as a new hidden document, to be
// changed and exported without touching the person's. Throws Error("document.prepare_failed").
css::uno::Reference<css::text::XTextDocument>
openHiddenCopy(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::text::XTextDocument>& document);

// The styles.xml of the document as the office saves it (through a private temporary file, removed before
// returning). Throws Error("document.prepare_failed") when it cannot be saved or read back.
std::string savedStylesXml(const css::uno::Reference<css::text::XTextDocument>& document);

}  // namespace ets::uno
