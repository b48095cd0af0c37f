#pragma once
// The extension's own paragraph and character styles for briefs and the deliverable: created once per
// document, named in the UI language, so that a person restyles every brief at once.

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace ets::uno {

struct BriefStyles {
    rtl::OUString title;    // a brief's title: outline level 1 (tables of contents), starts a page
    rtl::OUString heading;  // its four parts
    rtl::OUString body;
    rtl::OUString quote;
    rtl::OUString source;   // who said it, under a quote
    rtl::OUString prompt;   // the question a quote answers, above it
    rtl::OUString item;     // carriers and questions, bulleted
    rtl::OUString figures;  // the numbers under the title
    rtl::OUString note;     // what was left out
    rtl::OUString cover;    // the deliverable's cover lines
    rtl::OUString table;    // the deliverable's table of themes
    rtl::OUString tableHeading;
    rtl::OUString organisation;  // character style: an organisation's name in the carriers' list
};

// Creates the styles the document lacks (an existing one is left as the person styled it) and returns
// their names.
BriefStyles ensureBriefStyles(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::text::XTextDocument>& document);

// Gives the document's default page style the A4 size (new documents follow the office's locale,
// which may be Letter): the two-page limit is a limit in A4 pages.
void useA4Pages(const css::uno::Reference<css::text::XTextDocument>& document);

}  // namespace ets::uno
