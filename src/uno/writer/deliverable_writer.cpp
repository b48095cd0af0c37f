#include "writer/deliverable_writer.hpp"

#include "office/strings.hpp"
#include "writer/brief_styles.hpp"
#include "writer/brief_writer.hpp"
#include "writer/new_document.hpp"
#include "writer/paragraph_writer.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XDocumentIndex.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XRefreshable.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The table of contents at the cursor: the themes heading and each brief's title (outline level 1).
Reference<css::text::XDocumentIndex> insertContents(const Reference<css::text::XTextDocument>& document,
                                                    const Reference<css::text::XTextCursor>& cursor,
                                                    const std::string& title) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::text::XDocumentIndex> contents(factory->createInstance("com.sun.star.text.ContentIndex"),
                                                  UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> properties(contents, UNO_QUERY_THROW);
    properties->setPropertyValue("CreateFromOutline", Any(true));
    properties->setPropertyValue("Level", Any(sal_Int16(1)));
    properties->setPropertyValue("Title", Any(toOUString(title)));
    document->getText()->insertTextContent(cursor.get(), contents.get(), false);
    return contents;
}

void paragraphBreak(const Reference<css::text::XTextCursor>& cursor) {
    cursor->getText()->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
}

}  // namespace

void writeDeliverable(const Reference<css::uno::XComponentContext>& context,
                      const Reference<css::text::XTextDocument>& document, const DeliverableCover& cover,
                      const ThemesTable& themes, const std::vector<Brief>& briefs,
                      const std::function<void(std::size_t)>& briefWritten) {
    // A new document has nothing to undo: recording every paragraph written would only cost time.
    Reference<css::document::XUndoManager> undo =
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    undo->lock();
    useA4Pages(document);
    BriefWriter writer(context, document);
    const ParagraphWriter& paragraphs = writer.paragraphs();
    Reference<css::text::XText> text = document->getText();
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::text::XDocumentIndex> contents;
    std::vector<WrittenBrief> laidOut;
    model->lockControllers();  // no repaint while writing; the layout is measured after
    try {
        Reference<css::text::XTextCursor> cursor = emptyParagraphAt(text->getStart());
        paragraphs.write(cursor, cover.paragraphs, true);
        paragraphBreak(cursor);
        contents = insertContents(document, cursor, cover.contentsTitle);

        cursor = emptyParagraphAt(text->getEnd());
        paragraphs.write(cursor, themes.heading, true);
        paragraphBreak(cursor);
        paragraphs.writeTable(document, cursor, themes.table);
        for (std::size_t i = 0; i < briefs.size(); ++i) {
            if (i > 0)
                paragraphBreak(cursor);
            laidOut.push_back(writer.write(cursor, briefs[i]));
            briefWritten(i + 1);
        }
        model->unlockControllers();
    } catch (...) {
        model->unlockControllers();
        throw;
    }
    // One layout for all briefs; only a brief longer than two pages is laid out again as it is shortened.
    writer.layOut();
    for (WrittenBrief& brief : laidOut)
        if (writer.pages(brief) > kBriefMaxPages)
            writer.fit(brief);
    Reference<css::util::XRefreshable>(contents, UNO_QUERY_THROW)->refresh();  // fills the table of contents
    undo->unlock();  // the person's own edits of the deliverable are undoable
}

int lastPage(const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XTextViewCursorSupplier> supplier(
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> viewCursor = supplier->getViewCursor();
    viewCursor->gotoRange(document->getText()->getEnd(), false);
    return Reference<css::text::XPageCursor>(viewCursor, UNO_QUERY_THROW)->getPage();
}

void storeWithPdf(const Reference<css::text::XTextDocument>& document, const std::filesystem::path& odt,
                  const std::filesystem::path& pdf) {
    storeAsOdt(document, odt, false);
    Sequence<css::beans::PropertyValue> pdfFilter(1);
    pdfFilter[0].Name = "FilterName";
    pdfFilter[0].Value <<= OUString("writer_pdf_Export");
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeToURL(fileUrlFromPath(pdf), pdfFilter);
}

}  // namespace ets::uno
