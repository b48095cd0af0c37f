#include "writer/document_styles.hpp"

#include "office/strings.hpp"

#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

DocumentStyle documentStyle(const Reference<css::text::XTextDocument>& document, const char* family,
                            const std::string& name, const char* parent) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> styles(
        supplier->getStyleFamilies()->getByName(OUString::createFromAscii(family)), UNO_QUERY_THROW);
    const OUString key = toOUString(name);
    DocumentStyle style;
    if (!styles->hasByName(key)) {
        const bool paragraph = OUString::createFromAscii(family) == "ParagraphStyles";
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        styles->insertByName(key,
                             Any(factory->createInstance(paragraph ? OUString("com.sun.star.style.ParagraphStyle")
                                                                   : OUString("com.sun.star.style.CharacterStyle"))));
        style.created = true;
    }
    style.properties.set(styles->getByName(key), UNO_QUERY_THROW);
    if (style.created && parent)
        Reference<css::style::XStyle>(style.properties, UNO_QUERY_THROW)->setParentStyle(toOUString(parent));
    return style;
}

}  // namespace ets::uno
