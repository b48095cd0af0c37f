#pragma once
// Texts for people, in the office's UI language, from the catalogues in extension/strings.

#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace ets::uno {

// Loaded once per office process, on the first command that needs a text.
const Catalogue& uiCatalogue(const css::uno::Reference<css::uno::XComponentContext>& context);

// The catalogue of the language documents are written in: the ETS option « language of documents written » when set
// (Tools ▸ Options ▸ ETS Workbench), else the UI's. Read each time (the option may change while the office runs);
// each language loaded once.
const Catalogue& documentCatalogue(const css::uno::Reference<css::uno::XComponentContext>& context);

// The catalogues of every shipped language (fr, en, nl), loaded once: what a person or a macro may type in any of them.
// A language that cannot be loaded is left out (and logged).
const std::vector<Catalogue>& shippedCatalogues();

rtl::OUString uiText(const css::uno::Reference<css::uno::XComponentContext>& context, const char* key,
                     const std::vector<std::string>& args = {});
rtl::OUString uiText(const css::uno::Reference<css::uno::XComponentContext>& context, const Error& error);

}  // namespace ets::uno
