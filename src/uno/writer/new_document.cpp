#include "writer/new_document.hpp"

#include "office/log.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/XCloseable.hpp>

namespace ets::uno {

css::uno::Reference<css::text::XTextDocument> newWriterDocument(
    const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden)
{
    css::uno::Sequence<css::beans::PropertyValue> load(1);
    load[0].Name = "Hidden";
    load[0].Value <<= hidden;
    return css::uno::Reference<css::text::XTextDocument>(
        css::frame::Desktop::create(context)->loadComponentFromURL("private:factory/swriter", "_blank", 0, load),
        css::uno::UNO_QUERY_THROW);
}

void closeQuietly(const css::uno::Reference<css::text::XTextDocument>& document)
{
    try
    {
        css::uno::Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    }
    catch (const css::uno::Exception& exception)
    {
        logError("could not close a document the extension made", toUtf8(exception.Message));
    }
}

} // namespace ets::uno
