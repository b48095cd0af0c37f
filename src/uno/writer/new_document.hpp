#pragma once
// A new Writer document the extension makes (a guide, a transcript, a brief, the deliverable): opened visible for a
// person or hidden for macros and tests, written in French (Belgium), saved as ODT, closed quietly on a failure.

#include "core/layout/paragraphs.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace ets::uno {

css::uno::Reference<css::text::XTextDocument>
newWriterDocument(const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden);

// The Writer document of `file` if this office has it open (the person's unsaved edits with it), else null.
css::uno::Reference<css::text::XTextDocument>
openTextDocument(const css::uno::Reference<css::uno::XComponentContext>& context, const std::filesystem::path& file);

// Closes a document the extension made, discarding it; a failure to close is logged, never thrown: it happens
// while another failure (the one the person must hear about) is on its way, or after the work is saved.
void closeQuietly(const css::uno::Reference<css::text::XTextDocument>& document);

// Opens the saved file in a new window for the person to read and edit; a failure is logged, never thrown (the file
// is saved: the command's message says where).
void openForPerson(const css::uno::Reference<css::uno::XComponentContext>& context, const std::filesystem::path& file);

// Spelling and hyphenation in French (Belgium) for what the document holds and what is typed in it, whatever the
// office's own language.
void useFrenchText(const css::uno::Reference<css::text::XTextDocument>& document);

// Fills a new, empty document with paragraphs in LibreOffice's own styles (each saying whether it is in a list), in
// French, set in the typography of `language`, and gives it its title.
void writePlainDocument(const css::uno::Reference<css::text::XTextDocument>& document,
                        const std::vector<Paragraph>& paragraphs, const std::string& title,
                        const std::string& language = "fr");

// Saves the document as ODT at `file`.
void storeAsOdt(const css::uno::Reference<css::text::XTextDocument>& document, const std::filesystem::path& file);

}  // namespace ets::uno
