#include "writer/deliverable_writer.hpp"

#include "core/analysis/deliverable_body.hpp"
#include "core/text/typography.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/brief_styles.hpp"
#include "writer/brief_writer.hpp"
#include "writer/new_document.hpp"
#include "writer/package_insert.hpp"
#include "writer/paragraph_writer.hpp"
#include "writer/view_lock.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/XDocumentIndex.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
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

Reference<css::beans::XPropertySet> pageStyle(const Reference<css::text::XTextDocument>& document, const char* name) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> pages(supplier->getStyleFamilies()->getByName("PageStyles"),
                                                 UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(pages->getByName(OUString::createFromAscii(name)), UNO_QUERY_THROW);
}

Reference<css::text::XTextContent> pageField(const Reference<css::text::XTextDocument>& document, const char* service) {
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> field(factory->createInstance(OUString::createFromAscii(service)),
                                              UNO_QUERY_THROW);
    field->setPropertyValue("NumberingType", Any(css::style::NumberingType::ARABIC));
    return Reference<css::text::XTextContent>(field, UNO_QUERY_THROW);
}

// The running header and « page N sur M » in the footer of the body's pages; the cover, in LibreOffice's « First
// Page » style, has neither.
void furnishPages(const Reference<css::text::XTextDocument>& document, const PageFurniture& furniture,
                  const std::string& language) {
    Reference<css::beans::XPropertySet> first = pageStyle(document, "First Page");
    Reference<css::beans::XPropertySet> standard = pageStyle(document, "Standard");
    for (const char* size : {"Width", "Height", "LeftMargin", "RightMargin", "TopMargin", "BottomMargin"})
        first->setPropertyValue(OUString::createFromAscii(size),
                                standard->getPropertyValue(OUString::createFromAscii(size)));
    first->setPropertyValue("FollowStyle", Any(OUString("Standard")));
    standard->setPropertyValue("HeaderIsOn", Any(true));
    standard->setPropertyValue("FooterIsOn", Any(true));

    Reference<css::text::XText> header(standard->getPropertyValue("HeaderText"), UNO_QUERY_THROW);
    header->setString(toOUString(typeset(furniture.header, language)));
    Reference<css::text::XTextCursor> headerCursor = header->createTextCursor();
    headerCursor->gotoEnd(true);
    Reference<css::beans::XPropertySet> headerLook(headerCursor, UNO_QUERY_THROW);
    headerLook->setPropertyValue("ParaAdjust", Any(sal_Int16(css::style::ParagraphAdjust_RIGHT)));
    headerLook->setPropertyValue("CharHeight", Any(9.0f));
    headerLook->setPropertyValue("CharColor", Any(sal_Int32(0x595959)));

    Reference<css::text::XText> footer(standard->getPropertyValue("FooterText"), UNO_QUERY_THROW);
    footer->setString(OUString());
    Reference<css::text::XTextCursor> cursor = footer->createTextCursor();
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
        ->setPropertyValue("ParaAdjust", Any(sal_Int16(css::style::ParagraphAdjust_CENTER)));
    footer->insertString(cursor.get(), toOUString(typeset(furniture.beforePage, language)), false);
    Reference<css::text::XTextContent> page = pageField(document, "com.sun.star.text.TextField.PageNumber");
    Reference<css::beans::XPropertySet>(page, UNO_QUERY_THROW)
        ->setPropertyValue("SubType", Any(css::text::PageNumberType_CURRENT));
    footer->insertTextContent(cursor.get(), page, false);
    footer->insertString(cursor.get(), toOUString(typeset(furniture.betweenNumbers, language)), false);
    footer->insertTextContent(cursor.get(), pageField(document, "com.sun.star.text.TextField.PageCount"), false);
    footer->insertString(cursor.get(), toOUString(typeset(furniture.afterCount, language)), false);
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)->setPropertyValue("CharHeight", Any(9.0f));
}

// The width of the text between the margins of the body's pages, in hundredths of a millimetre.
int textWidth(const Reference<css::text::XTextDocument>& document) {
    Reference<css::beans::XPropertySet> standard = pageStyle(document, "Standard");
    const auto length = [&](const char* name) {
        return standard->getPropertyValue(OUString::createFromAscii(name)).get<sal_Int32>();
    };
    return length("Width") - length("LeftMargin") - length("RightMargin");
}

}  // namespace

void writeDeliverable(const Reference<css::uno::XComponentContext>& context,
                      const Reference<css::text::XTextDocument>& document, const DeliverableContent& content,
                      const std::function<void(std::size_t)>& briefWritten) {
    const DeliverableCover& cover = content.cover;
    const std::vector<Brief>& briefs = content.briefs;
    // A new document has nothing to undo: recording every paragraph written would only cost time.
    Reference<css::document::XUndoManager> undo =
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    undo->lock();
    useA4Pages(document);
    furnishPages(document, content.furniture, uiCatalogue(context).language());
    BriefWriter writer(context, document);
    const ParagraphWriter& paragraphs = writer.paragraphs();
    Reference<css::text::XText> text = document->getText();
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::text::XDocumentIndex> contents;
    std::vector<WrittenBrief> laidOut;
    {
        const ViewLock lock(model);  // no repaint while writing; the layout is measured after
        Reference<css::text::XTextCursor> cursor = emptyParagraphAt(text->getStart());
        const std::vector<ParagraphMark> coverMarks = paragraphs.write(cursor, cover.paragraphs, true);
        if (!coverMarks.empty())
            Reference<css::beans::XPropertySet>(coverMarks.front(), UNO_QUERY_THROW)
                ->setPropertyValue("PageDescName", Any(OUString("First Page")));
        paragraphBreak(cursor);
        contents = insertContents(document, cursor, cover.contentsTitle);

        // The rest, written by the core as one package and read by Writer in one go; the briefs found again by their
        // bookmarks.
        cursor = emptyParagraphAt(text->getEnd());
        OdtText body(paragraphs.styleNames(), paragraphs.typography(), textWidth(document));
        const std::vector<BriefMarks> marks = writeDeliverableBody(body, content, uiCatalogue(context));
        insertPackage(cursor, body.package());
        for (const BriefMarks& brief : marks)
            laidOut.push_back(foundBrief(document, brief));
        briefWritten(briefs.size());
    }
    // Every brief longer than two pages shortened together, a few layouts of the document in all.
    writer.fitAll(laidOut);
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

void exportPdf(const Reference<css::text::XTextDocument>& document, const std::filesystem::path& pdf) {
    Sequence<css::beans::PropertyValue> pdfFilter(1);
    pdfFilter[0].Name = "FilterName";
    pdfFilter[0].Value <<= OUString("writer_pdf_Export");
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeToURL(fileUrlFromPath(pdf), pdfFilter);
}

}  // namespace ets::uno
