#include "writer/transcript_template.hpp"

#include "core/register/organisations.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"
#include "writer/document_styles.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
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
                                          const std::string& name, const char* parent = nullptr)
{
    Reference<css::beans::XPropertySet> properties = documentStyle(document, family, name, parent).properties;
    if (parent)
        Reference<css::style::XStyle>(properties, UNO_QUERY_THROW)->setParentStyle(toOUString(parent));
    return properties;
}

void defineStyles(const Reference<css::text::XTextDocument>& document)
{
    // Spelling and hyphenation in French for what is typed, whatever the office's own language.
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> defaults(factory->createInstance("com.sun.star.text.Defaults"), UNO_QUERY_THROW);
    defaults->setPropertyValue("CharLocale", Any(kFrenchBelgium));
    style(document, "ParagraphStyles", "Standard")->setPropertyValue("CharLocale", Any(kFrenchBelgium));
    style(document, "ParagraphStyles", "Title")->setPropertyValue("CharHeight", Any(20.0f));
    style(document, "CharacterStyles", "ETS Locuteur")->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    style(document, "CharacterStyles", "ETS Champ")->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));

    Reference<css::beans::XPropertySet> interviewee = style(document, "ParagraphStyles", "ETS Interviewé", "Text body");
    interviewee->setPropertyValue("ParaTopMargin", Any(sal_Int32(0)));
    interviewee->setPropertyValue("ParaBottomMargin", Any(sal_Int32(212)));
    interviewee->setPropertyValue("ParaLineSpacing",
                                  Any(css::style::LineSpacing(css::style::LineSpacingMode::PROP, 115)));
    Reference<css::beans::XPropertySet> interviewer = style(document, "ParagraphStyles", "ETS Intervieweur", "ETS Interviewé");
    interviewer->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
    interviewer->setPropertyValue("ParaLeftMargin", Any(sal_Int32(600)));
    interviewer->setPropertyValue("CharColor", Any(sal_Int32(0x3B4A5A)));
    Reference<css::beans::XPropertySet> card = style(document, "ParagraphStyles", "ETS Fiche", "Standard");
    card->setPropertyValue("ParaTopMargin", Any(sal_Int32(0)));
    card->setPropertyValue("ParaBottomMargin", Any(sal_Int32(60)));
}

void addParagraph(const Reference<css::text::XText>& text, const Reference<css::text::XParagraphCursor>& cursor,
                  const char* styleName, const OUString& label, bool first)
{
    const Reference<css::text::XTextRange> range(cursor.get());
    if (!first)
        text->insertControlCharacter(range, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)->setPropertyValue("ParaStyleName", Any(toOUString(styleName)));
    // A speaker's turn starts with its label in bold, then the words typed after it; titles are text only.
    const bool speaker = std::string(styleName).rfind("ETS ", 0) == 0;
    text->insertString(range, label.isEmpty() || !speaker ? label : label + " ", false);
    if (label.isEmpty() || !speaker)
        return;
    cursor->gotoStartOfParagraph(false);
    cursor->goRight(static_cast<sal_Int16>(label.getLength()), true);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)->setPropertyValue("CharStyleName", Any(OUString("ETS Locuteur")));
    cursor->gotoEndOfParagraph(false);
}

} // namespace

void buildTranscriptTemplate(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::text::XTextDocument>& document, const InterviewCard& card,
                             const std::vector<GuideQuestion>& questions)
{
    defineStyles(document);
    const std::string organisation = trimmedName(card.organisation);
    const OUString title = uiText(context, "transcript.title", {organisation});

    Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> pages(families->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> page(pages->getByName("Standard"), UNO_QUERY_THROW);
    page->setPropertyValue("HeaderIsOn", Any(true));
    Reference<css::text::XText> header(page->getPropertyValue("HeaderText"), UNO_QUERY_THROW);
    header->setString(card.date.empty() ? toOUString(organisation)
                                        : uiText(context, "transcript.header", {organisation, card.date}));

    Reference<css::text::XText> text = document->getText();
    Reference<css::text::XParagraphCursor> cursor(text->createTextCursor(), UNO_QUERY_THROW);
    addParagraph(text, cursor, "Title", title, true);
    addParagraph(text, cursor, "ETS Intervieweur", uiText(context, "transcript.interviewer_label"), false);
    addParagraph(text, cursor, "ETS Interviewé", uiText(context, "transcript.interviewee_label"), false);
    for (const GuideQuestion& question : questions)
    {
        addParagraph(text, cursor, "Heading 2", toOUString(question.question), false);
        addParagraph(text, cursor, "ETS Interviewé", uiText(context, "transcript.interviewee_label"), false);
    }

    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::document::XDocumentProperties> properties = supplier->getDocumentProperties();
    properties->setTitle(title);
    properties->setLanguage(kFrenchBelgium);
}

} // namespace ets::uno
