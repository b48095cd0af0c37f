#include "writer/transcript_template.hpp"

#include "office/strings.hpp"
#include "writer/document_styles.hpp"
#include "writer/new_document.hpp"
#include "writer/paragraph_writer.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

const css::lang::Locale kFrenchBelgium("fr", "BE", "");

// The style `name` of a family, created (with `parent`) when the document has none yet; the parent is set
// again on an existing style, so that a template applied twice gives the same styles.
Reference<css::beans::XPropertySet> style(const Reference<css::text::XTextDocument>& document, const char* family,
                                          const std::string& name, const char* parent = nullptr) {
    Reference<css::beans::XPropertySet> properties = documentStyle(document, family, name, parent).properties;
    if (parent)
        Reference<css::style::XStyle>(properties, UNO_QUERY_THROW)->setParentStyle(toOUString(parent));
    return properties;
}

void defineStyles(const Reference<css::text::XTextDocument>& document) {
    useFrenchText(document);
    style(document, "ParagraphStyles", "Standard")->setPropertyValue("CharLocale", Any(kFrenchBelgium));
    style(document, "ParagraphStyles", "Title")->setPropertyValue("CharHeight", Any(20.0f));
    style(document, "CharacterStyles", "ETS Locuteur")->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    style(document, "CharacterStyles", "ETS Champ")->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));

    Reference<css::beans::XPropertySet> interviewee = style(document, "ParagraphStyles", "ETS Interviewé", "Text body");
    interviewee->setPropertyValue("ParaTopMargin", Any(sal_Int32(0)));
    interviewee->setPropertyValue("ParaBottomMargin", Any(sal_Int32(212)));
    interviewee->setPropertyValue("ParaLineSpacing",
                                  Any(css::style::LineSpacing(css::style::LineSpacingMode::PROP, 115)));
    Reference<css::beans::XPropertySet> interviewer =
        style(document, "ParagraphStyles", "ETS Intervieweur", "ETS Interviewé");
    interviewer->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
    interviewer->setPropertyValue("ParaLeftMargin", Any(sal_Int32(600)));
    interviewer->setPropertyValue("CharColor", Any(sal_Int32(0x3B4A5A)));
    Reference<css::beans::XPropertySet> card = style(document, "ParagraphStyles", "ETS Fiche", "Standard");
    card->setPropertyValue("ParaTopMargin", Any(sal_Int32(0)));
    card->setPropertyValue("ParaBottomMargin", Any(sal_Int32(60)));
}

}  // namespace

void buildTranscriptTemplate(const Reference<css::text::XTextDocument>& document, const TranscriptTemplate& made) {
    defineStyles(document);
    Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> pages(families->getStyleFamilies()->getByName("PageStyles"),
                                                 UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> page(pages->getByName("Standard"), UNO_QUERY_THROW);
    page->setPropertyValue("HeaderIsOn", Any(true));
    Reference<css::text::XText> header(page->getPropertyValue("HeaderText"), UNO_QUERY_THROW);
    header->setString(toOUString(made.header));

    ParagraphWriter().write(document->getText()->createTextCursor(), made.paragraphs, true);

    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::document::XDocumentProperties> properties = supplier->getDocumentProperties();
    properties->setTitle(toOUString(made.title));
    properties->setLanguage(kFrenchBelgium);
}

}  // namespace ets::uno
