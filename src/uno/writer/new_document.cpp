#include "writer/new_document.hpp"

#include "core/text/typography.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "writer/paragraph_writer.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/XCloseable.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Reference<css::text::XTextDocument> newWriterDocument(const Reference<css::uno::XComponentContext>& context,
                                                      bool hidden) {
    css::uno::Sequence<css::beans::PropertyValue> load(1);
    load[0].Name = "Hidden";
    load[0].Value <<= hidden;
    return Reference<css::text::XTextDocument>(
        css::frame::Desktop::create(context)->loadComponentFromURL("private:factory/swriter", "_blank", 0, load),
        UNO_QUERY_THROW);
}

Reference<css::text::XTextDocument> openTextDocument(const Reference<css::uno::XComponentContext>& context,
                                                     const std::filesystem::path& file) {
    Reference<css::container::XEnumeration> components =
        css::frame::Desktop::create(context)->getComponents()->createEnumeration();
    const std::filesystem::path wanted = std::filesystem::weakly_canonical(file);
    while (components->hasMoreElements()) {
        Reference<css::frame::XModel> model(components->nextElement(), UNO_QUERY);
        if (!model.is() || model->getURL().isEmpty())
            continue;
        if (std::filesystem::weakly_canonical(pathFromUserText(model->getURL())) == wanted) {
            Reference<css::text::XTextDocument> document(model, UNO_QUERY);
            if (document.is())
                return document;
        }
    }
    return nullptr;
}

void closeQuietly(const Reference<css::text::XTextDocument>& document) {
    try {
        Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    } catch (const css::uno::Exception& exception) {
        logError("could not close a document the extension made", toUtf8(exception.Message));
    }
}

void openForPerson(const Reference<css::uno::XComponentContext>& context, const std::filesystem::path& file) {
    try {
        css::uno::Sequence<css::beans::PropertyValue> none;
        css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(file), "_blank", 0, none);
    } catch (const css::uno::Exception& exception) {
        // The file is saved and the command's message says where: the person opens it from there.
        logError("could not open a document the extension saved", toUtf8(exception.Message));
    }
}

void useFrenchText(const Reference<css::text::XTextDocument>& document) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> defaults(factory->createInstance("com.sun.star.text.Defaults"),
                                                 UNO_QUERY_THROW);
    defaults->setPropertyValue("CharLocale", Any(css::lang::Locale("fr", "BE", "")));
}

void writePlainDocument(const Reference<css::text::XTextDocument>& document, const std::vector<Paragraph>& paragraphs,
                        const std::string& title, const std::string& language) {
    useFrenchText(document);
    ParagraphWriter(std::nullopt, true, language).write(document->getText()->createTextCursor(), paragraphs, true);
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    supplier->getDocumentProperties()->setTitle(toOUString(typeset(title, language)));
}

void storeAsOdt(const Reference<css::text::XTextDocument>& document, const std::filesystem::path& file) {
    css::uno::Sequence<css::beans::PropertyValue> filter(1);
    filter[0].Name = "FilterName";
    filter[0].Value <<= rtl::OUString("writer8");
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeAsURL(fileUrlFromPath(file), filter);
}

}  // namespace ets::uno
