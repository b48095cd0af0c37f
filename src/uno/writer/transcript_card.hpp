#pragma once
// The interview card a Writer transcript carries in its user-defined document properties
// (see core/register/interview_card.hpp for the property names), and the names the cards give to hide.

#include "core/project/opened_project.hpp"
#include "core/register/pseudonymise.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace ets::uno {

// The Writer document shown in the frame; throws Error("interview.not_writer") for anything else.
css::uno::Reference<css::text::XTextDocument> writerDocumentIn(const css::uno::Reference<css::frame::XFrame>& frame);

// Throws Error("interview.read_only", {title}) when the document cannot be changed.
void requireEditable(const css::uno::Reference<css::text::XTextDocument>& document);

// The card's properties the document has now (only the names of core's cardPropertyNames()).
std::map<std::string, std::string> readCardProperties(const css::uno::Reference<css::text::XTextDocument>& document);
// The same, read from a closed file's metadata without loading the document. Throws a UNO exception when
// the file cannot be read.
std::map<std::string, std::string>
readCardPropertiesOfFile(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const std::filesystem::path& file);
// Makes the card's properties exactly `properties`: the card's other properties are removed,
// properties that are not the card's (the tags, the author's own) are left alone.
void writeCardProperties(const css::uno::Reference<css::text::XTextDocument>& document,
                         const std::map<std::string, std::string>& properties);

// The saved file of the document, empty when it was never saved.
std::filesystem::path documentFile(const css::uno::Reference<css::text::XTextDocument>& document);

// The pseudonymiser of a brief or the deliverable: the names of the project's list and those of its transcripts'
// cards (core namesToHide; a card that cannot be read is logged and skipped), its labels in the UI language. It
// refers to `project` (the project counted from), which must outlive it.
std::unique_ptr<Pseudonymiser> projectPseudonymiser(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                    const OpenedProject& opened, const Project& project,
                                                    bool anonymiseOrganisations);

bool isModified(const css::uno::Reference<css::text::XTextDocument>& document);
void setModified(const css::uno::Reference<css::text::XTextDocument>& document, bool modified);

}  // namespace ets::uno
