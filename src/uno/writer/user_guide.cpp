#include "writer/user_guide.hpp"

#include "core/text/error.hpp"
#include "core/text/user_guide.hpp"
#include "office/extension_files.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/user_settings.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XDocumentIndexesSupplier.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XRefreshable.hpp>

#include <vector>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::text::XTextDocument> loadReadOnly(const Reference<css::uno::XComponentContext>& context,
                                                 const std::filesystem::path& file) {
    // Read-only, and never switched to editing (LibreOffice's « Éditer le document »): the guide inside the extension
    // cannot be written over; « Enregistrer sous » still keeps a copy elsewhere.
    css::uno::Sequence<css::beans::PropertyValue> load(3);
    load[0].Name = "ReadOnly";
    load[0].Value <<= true;
    load[1].Name = "LockEditDoc";
    load[1].Value <<= true;
    load[2].Name = "DocumentTitle";
    load[2].Value <<= uiText(context, "guide.title");
    try {
        // "_default" brings the guide forward when this office has it open already, instead of opening it twice.
        return Reference<css::text::XTextDocument>(
            css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(file), "_default", 0, load),
            UNO_QUERY);
    } catch (const css::uno::Exception& exception) {
        logError("the user guide could not be opened", toUtf8(exception.Message));
        return nullptr;
    }
}

// Puts the section's heading at the top of the view, as a link to it inside the guide does: a read-only document
// hides its text cursor, and moving the view cursor there would not scroll the view.
void showAtTop(const Reference<css::uno::XComponentContext>& context,
               const Reference<css::text::XTextDocument>& document, const std::string& bookmark) {
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> mark(bookmark.empty() ? 0 : 1);
    if (!bookmark.empty()) {
        mark[0].Name = "Bookmark";
        mark[0].Value <<= toOUString(bookmark);
    }
    css::frame::DispatchHelper::create(context)->executeDispatch(
        frame, bookmark.empty() ? rtl::OUString(".uno:GoToStartOfDoc") : rtl::OUString(".uno:JumpToMark"), "", 0, mark);
}

// The table of contents pandoc leaves empty, filled once as the guide opens; the guide stays unmodified.
void fillContents(const Reference<css::text::XTextDocument>& document) {
    try {
        Reference<css::container::XIndexAccess> indexes =
            Reference<css::text::XDocumentIndexesSupplier>(document, UNO_QUERY_THROW)->getDocumentIndexes();
        for (sal_Int32 i = 0; i < indexes->getCount(); ++i)
            Reference<css::util::XRefreshable>(indexes->getByIndex(i), UNO_QUERY_THROW)->refresh();
        Reference<css::util::XModifiable>(document, UNO_QUERY_THROW)->setModified(false);
    } catch (const css::uno::Exception& exception) {
        logError("the user guide's table of contents could not be filled", toUtf8(exception.Message));
    }
}

void bringForward(const Reference<css::text::XTextDocument>& document) {
    try {
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        Reference<css::frame::XFrame> frame = model->getCurrentController()->getFrame();
        Reference<css::awt::XTopWindow> window(frame->getContainerWindow(), UNO_QUERY);
        if (window.is())
            window->toFront();
        frame->activate();
    } catch (const css::uno::Exception& exception) {
        logError("the user guide could not be brought forward", toUtf8(exception.Message));
    }
}

}  // namespace

OpenedGuide openGuide(const Reference<css::uno::XComponentContext>& context, const std::string& topic,
                      bool unknownAtStart) {
    OpenedGuide opened;
    opened.language = guideLanguage(officeUiLocale(context), [](const std::string& language) {
        std::error_code missing;
        return std::filesystem::exists(extensionFolder() / guideFile(language), missing);
    });
    opened.file = extensionFolder() / guideFile(opened.language);
    const bool wasOpen = openTextDocument(context, opened.file).is();
    Reference<css::text::XTextDocument> document = loadReadOnly(context, opened.file);
    if (!document.is())
        throw Error("guide.not_opened", {opened.file.u8string()});
    if (!wasOpen)
        fillContents(document);
    try {
        // Every section's heading carries a bookmark named as the section (a command's name, a part of the tour).
        Reference<css::container::XNameAccess> bookmarks =
            Reference<css::text::XBookmarksSupplier>(document, UNO_QUERY_THROW)->getBookmarks();
        std::vector<std::string> names;
        for (const rtl::OUString& name : bookmarks->getElementNames())
            names.push_back(toUtf8(name));
        try {
            opened.topic = guideAnchor(topic, names);
        } catch (const Error& error) {
            if (!unknownAtStart || error.key() != "guide.unknown_topic")
                throw;
            opened.topic.clear();
        }
        Reference<css::text::XTextRange> heading =
            opened.topic.empty()
                ? document->getText()->getStart()
                : Reference<css::text::XTextContent>(bookmarks->getByName(toOUString(opened.topic)), UNO_QUERY_THROW)
                      ->getAnchor();
        opened.heading = toUtf8(heading->getString());
    } catch (const Error&) {
        if (!wasOpen)
            closeQuietly(document);  // a refused topic leaves the office as it was
        throw;
    }
    showAtTop(context, document, opened.topic);
    bringForward(document);
    return opened;
}

}  // namespace ets::uno
