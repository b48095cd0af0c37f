#include "writer/brief_styles.hpp"

#include "core/layout/paragraphs.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/document_styles.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include <initializer_list>
#include <utility>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

constexpr sal_Int32 kInk = 0x1F3A4D;   // dark blue-grey: titles and headings
constexpr sal_Int32 kGrey = 0x5F6B73;  // sources and notes

using Settings = std::initializer_list<std::pair<const char*, Any>>;

// Creates the style with its looks, or leaves the existing one alone; returns its name.
OUString defineStyle(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::text::XTextDocument>& document, const char* family, const char* nameKey,
                     const char* parent, Settings settings) {
    const OUString name = uiText(context, nameKey);
    DocumentStyle style = documentStyle(document, family, toUtf8(name), parent);
    if (style.created)
        for (const auto& [property, value] : settings)
            style.properties->setPropertyValue(OUString::createFromAscii(property), value);
    return name;
}

}  // namespace

BriefStyles ensureBriefStyles(const Reference<css::uno::XComponentContext>& context,
                              const Reference<css::text::XTextDocument>& document) {
    // Quotes are in the transcripts' language: French (Belgium), for spelling and hyphenation.
    const Any french(css::lang::Locale("fr", "BE", ""));
    const char* paragraph = "ParagraphStyles";
    BriefStyles names;
    names.body = defineStyle(context, document, paragraph, "brief.style.body", "Text body",
                             {{"CharHeight", Any(10.5f)},
                              {"CharLocale", french},
                              {"ParaTopMargin", Any(sal_Int32(0))},
                              {"ParaBottomMargin", Any(sal_Int32(150))}});
    names.title = defineStyle(context, document, paragraph, "brief.style.title", "Heading 1",
                              {{"CharHeight", Any(20.0f)},
                               {"CharColor", Any(kInk)},
                               {"CharLocale", french},
                               {"OutlineLevel", Any(static_cast<sal_Int16>(outlineLevel(ParagraphRole::BriefTitle)))},
                               {"BreakType", Any(css::style::BreakType_PAGE_BEFORE)},
                               {"ParaTopMargin", Any(sal_Int32(0))},
                               {"ParaBottomMargin", Any(sal_Int32(120))}});
    names.heading =
        defineStyle(context, document, paragraph, "brief.style.heading", "Heading 2",
                    {{"CharHeight", Any(13.0f)},
                     {"CharColor", Any(kInk)},
                     {"CharLocale", french},
                     {"OutlineLevel", Any(static_cast<sal_Int16>(outlineLevel(ParagraphRole::BriefHeading)))},
                     {"ParaTopMargin", Any(sal_Int32(300))},
                     {"ParaBottomMargin", Any(sal_Int32(120))},
                     {"ParaKeepTogether", Any(true)}});
    names.quote = defineStyle(context, document, paragraph, "brief.style.quote", "Quotations",
                              {{"CharHeight", Any(10.5f)},
                               {"CharPosture", Any(css::awt::FontSlant_ITALIC)},
                               {"CharLocale", french},
                               {"ParaLeftMargin", Any(sal_Int32(700))},
                               {"ParaRightMargin", Any(sal_Int32(400))},
                               {"ParaTopMargin", Any(sal_Int32(100))},
                               {"ParaBottomMargin", Any(sal_Int32(0))},
                               {"ParaKeepTogether", Any(true)}});
    names.source = defineStyle(context, document, paragraph, "brief.style.source", "Text body",
                               {{"CharHeight", Any(9.0f)},
                                {"CharColor", Any(kGrey)},
                                {"CharLocale", french},
                                {"ParaAdjust", Any(css::style::ParagraphAdjust_RIGHT)},
                                {"ParaRightMargin", Any(sal_Int32(400))},
                                {"ParaTopMargin", Any(sal_Int32(0))},
                                {"ParaBottomMargin", Any(sal_Int32(100))}});
    names.prompt = defineStyle(context, document, paragraph, "brief.style.prompt", "Text body",
                               {{"CharHeight", Any(9.0f)},
                                {"CharColor", Any(kGrey)},
                                {"CharLocale", french},
                                {"ParaLeftMargin", Any(sal_Int32(700))},
                                {"ParaRightMargin", Any(sal_Int32(400))},
                                {"ParaTopMargin", Any(sal_Int32(100))},
                                {"ParaBottomMargin", Any(sal_Int32(0))},
                                {"ParaSplit", Any(false)},
                                {"ParaKeepTogether", Any(true)}});  // with its quote: never alone at a page's foot
    names.item = defineStyle(context, document, paragraph, "brief.style.item", "List",
                             {{"CharHeight", Any(10.5f)},
                              {"CharLocale", french},
                              {"NumberingStyleName", Any(OUString("List 1"))},
                              {"ParaTopMargin", Any(sal_Int32(0))},
                              {"ParaBottomMargin", Any(sal_Int32(80))}});
    names.figures = defineStyle(context, document, paragraph, "brief.style.figures", "Text body",
                                {{"CharHeight", Any(10.0f)},
                                 {"CharColor", Any(kInk)},
                                 {"CharWeight", Any(css::awt::FontWeight::BOLD)},
                                 {"ParaTopMargin", Any(sal_Int32(0))},
                                 {"ParaBottomMargin", Any(sal_Int32(200))}});
    names.note = defineStyle(context, document, paragraph, "brief.style.note", "Text body",
                             {{"CharHeight", Any(9.0f)},
                              {"CharColor", Any(kGrey)},
                              {"CharPosture", Any(css::awt::FontSlant_ITALIC)},
                              {"CharLocale", french},
                              {"ParaTopMargin", Any(sal_Int32(100))},
                              {"ParaBottomMargin", Any(sal_Int32(100))}});
    names.cover = defineStyle(context, document, paragraph, "brief.style.cover", "Title",
                              {{"CharColor", Any(kInk)},
                               {"CharLocale", french},
                               {"ParaTopMargin", Any(sal_Int32(400))},
                               {"ParaBottomMargin", Any(sal_Int32(200))}});
    names.table = defineStyle(context, document, paragraph, "brief.style.table", "Table Contents",
                              {{"CharHeight", Any(9.0f)}, {"CharLocale", french}});
    names.tableHeading = defineStyle(
        context, document, paragraph, "brief.style.table_heading", "Table Heading",
        {{"CharHeight", Any(9.0f)}, {"CharWeight", Any(css::awt::FontWeight::BOLD)}, {"CharLocale", french}});
    names.organisation = defineStyle(context, document, "CharacterStyles", "brief.style.emphasis", nullptr,
                                     {{"CharWeight", Any(css::awt::FontWeight::BOLD)}});
    return names;
}

void useA4Pages(const Reference<css::text::XTextDocument>& document) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> pages(supplier->getStyleFamilies()->getByName("PageStyles"),
                                                 UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> standard(pages->getByName("Standard"), UNO_QUERY_THROW);
    standard->setPropertyValue("Width", Any(sal_Int32(21000)));
    standard->setPropertyValue("Height", Any(sal_Int32(29700)));
    for (const char* margin : {"LeftMargin", "RightMargin", "TopMargin", "BottomMargin"})
        standard->setPropertyValue(OUString::createFromAscii(margin), Any(sal_Int32(2000)));
}

}  // namespace ets::uno
