#include "writer/deliverable_writer.hpp"

#include "core/analysis/deliverable_body.hpp"
#include "core/project/staged_file.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/typography.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/brief_styles.hpp"
#include "writer/brief_writer.hpp"
#include "writer/new_document.hpp"
#include "writer/package_document.hpp"
#include "writer/paragraph_writer.hpp"
#include "writer/view_lock.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
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
#include <com/sun/star/text/XDocumentIndexesSupplier.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XRefreshable.hpp>

#include <map>
#include <system_error>
#include <vector>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

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

// The styles the deliverable is written in, as the office makes them in an empty hidden document: A4 pages, the cover's
// page style, the running header and footer, the extension's paragraph styles, and those of the table of contents.
struct DeliverableStyles {
    OdtStyleNames names;
    std::string typography;
    int textWidth = 0;
    std::string stylesXml;
};

// Makes every style the text takes part of the document's styles.xml: LibreOffice saves its own styles only once a
// paragraph or a stretch of text uses them (this document is only saved for its styles). A name the office does not
// know is left to OdtText to refuse.
void useStyles(const Reference<css::text::XTextDocument>& document, const OdtStyleNames& names) {
    Reference<css::text::XText> text = document->getText();
    const auto paragraphWith = [&](const char* property, const std::string& name) {
        Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(text->getEnd());
        text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        text->insertString(cursor.get(), "x", false);
        cursor->goLeft(1, true);
        try {
            Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
                ->setPropertyValue(OUString::createFromAscii(property), Any(toOUString(name)));
        } catch (const css::uno::Exception&) {
        }
    };
    for (int role = 0; role <= static_cast<int>(ParagraphRole::Interviewee); ++role)
        paragraphWith("ParaStyleName", names.paragraph(ParagraphRole(role)));
    paragraphWith("ParaStyleName", names.contentsHeading);
    paragraphWith("ParaStyleName", names.contentsEntry);
    for (CharacterRole role : {CharacterRole::Organisation, CharacterRole::Speaker})
        paragraphWith("CharStyleName", names.character(role));
    paragraphWith("CharStyleName", names.contentsLink);
    paragraphWith("NumberingStyleName", names.list);
}

DeliverableStyles deliverableStyles(const Reference<css::uno::XComponentContext>& context,
                                    const PageFurniture& furniture) {
    Reference<css::text::XTextDocument> document = newWriterDocument(context, true);
    try {
        useA4Pages(document);
        furnishPages(document, furniture, uiCatalogue(context).language());
        const BriefWriter writer(context, document);  // creates the extension's styles
        DeliverableStyles styles;
        styles.names = writer.paragraphs().styleNames();
        styles.typography = writer.paragraphs().typography();
        styles.textWidth = textWidth(document);
        useStyles(document, styles.names);
        styles.stylesXml = savedStylesXml(document);
        closeQuietly(document);
        return styles;
    } catch (...) {
        closeQuietly(document);
        throw;
    }
}

// The styles made for the same page furniture and language, kept for the office's session: a deliverable is made again
// after each round of corrections, and making the styles costs an empty document saved (the extension's styles only
// change with the extension, which an office restarts to install).
const DeliverableStyles& stylesFor(const Reference<css::uno::XComponentContext>& context,
                                   const PageFurniture& furniture) {
    static std::map<std::vector<std::string>, DeliverableStyles> made;
    std::vector<std::string> key{furniture.header, furniture.beforePage, furniture.betweenNumbers, furniture.afterCount,
                                 uiCatalogue(context).language()};
    auto found = made.find(key);
    if (found == made.end())
        found = made.emplace(std::move(key), deliverableStyles(context, furniture)).first;
    return found->second;
}

// Refreshes the document's table of contents (its page numbers as laid out now).
void refreshContents(const Reference<css::text::XTextDocument>& document) {
    Reference<css::container::XIndexAccess> indexes =
        Reference<css::text::XDocumentIndexesSupplier>(document, UNO_QUERY_THROW)->getDocumentIndexes();
    for (sal_Int32 i = 0; i < indexes->getCount(); ++i)
        Reference<css::util::XRefreshable>(indexes->getByIndex(i), UNO_QUERY_THROW)->refresh();
}

// Writes the package at `odt` as the file the person keeps: all of it or nothing (a temporary beside it, renamed).
void writeFile(const std::filesystem::path& odt, const std::string& package) {
    try {
        StagedFile file(odt, package);
        file.commit();
    } catch (const std::system_error&) {
        throw Error("project.folder_not_writable", {odt.parent_path().u8string()});
    }
}

}  // namespace

int writeDeliverable(const Reference<css::uno::XComponentContext>& context, const DeliverableContent& content,
                     const std::filesystem::path& odt, const std::optional<std::filesystem::path>& pdf,
                     const std::function<void(std::size_t)>& briefWritten) {
    const Catalogue& texts = uiCatalogue(context);
    const DeliverableStyles& styles = stylesFor(context, content.furniture);
    const std::string created = nowIso();
    // First written with every quote two pages may hold, for Writer to lay out and measure.
    OdtText measured(styles.names, styles.typography, styles.textWidth, styles.stylesXml);
    const std::vector<BriefMarks> marks = writeDeliverable(measured, content, texts, nullptr);
    // Its figures in meta.xml spare Writer counting the words of ninety pages as it opens it.
    Reference<css::text::XTextDocument> document = openPackage(
        context, measured.package(odtMetaXml("ETS Workbench", created, measured.statistics(0))));
    try {
        // Nothing of the measuring is ever undone.
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager()->lock();
        DeliverableFitting fitting;
        int pages = 0;
        {
            // Locked while measured: Writer's idle formatting and spelling would slip in between the calls.
            const ViewLock lock(Reference<css::frame::XModel>(document, UNO_QUERY_THROW));
            std::vector<WrittenBrief> laidOut;
            for (const BriefMarks& brief : marks)
                laidOut.push_back(foundBrief(document, brief));
            std::vector<ParagraphMark> headings;
            for (const std::string& name : measured.headingMarks())
                headings.push_back(takeBookmark(document, name));
            briefWritten(content.briefs.size());
            // Every brief longer than two pages shortened together, a few layouts of the document in all.
            const BriefWriter writer(context, document);
            writer.fitAll(laidOut);
            for (const WrittenBrief& brief : laidOut)
                fitting.quotesKept.push_back(brief.quotes.size());
            for (const ParagraphMark& heading : headings)
                fitting.headingPages.push_back(pageAt(document, heading->getStart()));
            pages = lastPage(document);
        }
        // Then written again as Writer laid it out: the same paragraphs without the quotes it took out, the table of
        // contents with its pages. The office's document is not saved: the core's text is the file.
        OdtText kept(styles.names, styles.typography, styles.textWidth, styles.stylesXml);
        writeDeliverable(kept, content, texts, &fitting);
        writeFile(odt, kept.package(odtMetaXml("ETS Workbench", created, kept.statistics(pages))));
        if (pdf) {
            refreshContents(document);  // its links and pages, as the file has them
            exportPdf(document, *pdf);
        }
        // Measured, never to be saved: closed as unchanged, which spares the office half a second.
        Reference<css::util::XModifiable>(document, UNO_QUERY_THROW)->setModified(false);
        closeQuietly(document);
        return pages;
    } catch (...) {
        closeQuietly(document);
        throw;
    }
}

int lastPage(const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XTextViewCursorSupplier> supplier(
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> viewCursor = supplier->getViewCursor();
    viewCursor->gotoRange(document->getText()->getEnd(), false);
    return Reference<css::text::XPageCursor>(viewCursor, UNO_QUERY_THROW)->getPage();
}

}  // namespace ets::uno
