#include "writer/brief_writer.hpp"

#include "core/analysis/brief_document.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"
#include "core/text/typography.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/view_lock.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The whole paragraph that starts at the mark (the mark itself stays at its start).
Reference<css::text::XTextRange> wholeParagraph(const ParagraphMark& mark) {
    Reference<css::text::XParagraphCursor> range(mark->getText()->createTextCursorByRange(mark->getStart()),
                                                 UNO_QUERY_THROW);
    range->gotoEndOfParagraph(true);
    return Reference<css::text::XTextRange>(range, UNO_QUERY_THROW);
}

// Removes the paragraphs from `first` up to (not including) the text of the paragraph at `next`.
void removeParagraphs(const ParagraphMark& first, const ParagraphMark& next) {
    Reference<css::text::XTextCursor> range = first->getText()->createTextCursorByRange(first->getStart());
    range->gotoRange(next->getStart(), true);
    range->setString(OUString());
}

}  // namespace

int pageAt(const Reference<css::text::XTextDocument>& document, const Reference<css::text::XTextRange>& position) {
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> viewCursor = supplier->getViewCursor();
    viewCursor->gotoRange(position, false);
    return Reference<css::text::XPageCursor>(viewCursor, UNO_QUERY_THROW)->getPage();
}

ParagraphMark takeBookmark(const Reference<css::text::XTextDocument>& document, const std::string& name) {
    Reference<css::container::XNameAccess> bookmarks =
        Reference<css::text::XBookmarksSupplier>(document, UNO_QUERY_THROW)->getBookmarks();
    Reference<css::text::XTextContent> bookmark(bookmarks->getByName(toOUString(name)), UNO_QUERY_THROW);
    Reference<css::text::XText> text = document->getText();
    ParagraphMark mark = text->createTextCursorByRange(bookmark->getAnchor()->getStart());
    text->removeTextContent(bookmark);
    return mark;
}

Reference<css::text::XTextRange> viewCursorInBody(const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XTextViewCursorSupplier> supplier(
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextRange> cursor(supplier->getViewCursor(), UNO_QUERY_THROW);
    if (cursor->getText() != document->getText())
        throw Error("brief.not_in_body");
    return cursor->getEnd();
}

WrittenBrief foundBrief(const Reference<css::text::XTextDocument>& document, const BriefMarks& marks) {
    const auto take = [&](const std::string& name) { return takeBookmark(document, name); };
    WrittenBrief written;
    written.theme = marks.theme;
    written.quotesLeftOut = marks.quotesLeftOut;
    written.title = take(marks.title);
    for (const std::string& quote : marks.quotes)
        written.quotes.push_back(take(quote));
    written.leftOutNote = take(marks.leftOutNote);
    written.last = take(marks.last);
    return written;
}

BriefWriter::BriefWriter(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::text::XTextDocument>& document)
    : context_(context), document_(document),
      paragraphs_(ensureBriefStyles(context, document), false, documentCatalogue(context).language()) {}

WrittenBrief BriefWriter::write(const Reference<css::text::XTextCursor>& cursor, const Brief& whole) const {
    // Not the quotes that could never fit: Writer is left one or two to take out (fit), not ten.
    const Brief brief = withQuotesForPages(whole, documentCatalogue(context_));
    const BriefParagraphs composed = briefParagraphs(brief, documentCatalogue(context_));
    const std::vector<ParagraphMark> marks = paragraphs_.write(cursor, composed.paragraphs, true);
    WrittenBrief written;
    written.theme = brief.title;
    written.quotesLeftOut = brief.quotesLeftOut;
    written.title = marks.front();
    written.last = marks.back();
    for (const ParagraphGroup& quote : composed.quotes)
        written.quotes.push_back(marks[quote.first]);
    written.leftOutNote = marks[composed.leftOutNote];
    return written;
}

void BriefWriter::layOut() const {
    // While a command runs, Writer gets no idle time to format what was just written or removed: the view's
    // layout would still show the pages of before, and a brief would look shorter or longer than it is.
    // « Repaginate » (Tools > Update > Page Formatting) lays the whole document out now.
    Reference<css::frame::XFrame> frame =
        Reference<css::frame::XModel>(document_, UNO_QUERY_THROW)->getCurrentController()->getFrame();
    css::uno::Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "SynchronMode";
    arguments[0].Value <<= true;
    css::frame::DispatchHelper::create(context_)->executeDispatch(
        Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW), ".uno:Repaginate", "", 0, arguments);
}

int BriefWriter::pages(const WrittenBrief& written) const {
    return pageAt(document_, wholeParagraph(written.last)->getEnd()) - pageAt(document_, written.title->getStart()) + 1;
}

int BriefWriter::fit(WrittenBrief& written, int maxPages) const {
    std::vector<WrittenBrief> one{written};
    fitAll(one, maxPages);
    written = one.front();
    return pages(written);
}

void BriefWriter::fitAll(std::vector<WrittenBrief>& briefs, int maxPages) const {
    struct TooLong {
        WrittenBrief* brief;
        int firstPage;
    };
    // The briefs longer than maxPages, with the page each starts on, by the layout of now.
    auto tooLong = [&](const std::vector<WrittenBrief*>& candidates) {
        layOut();
        std::vector<TooLong> found;
        for (WrittenBrief* brief : candidates) {
            if (brief->quotes.empty())
                continue;
            const int first = pageAt(document_, brief->title->getStart());
            if (pageAt(document_, wholeParagraph(brief->last)->getEnd()) - first + 1 > maxPages)
                found.push_back({brief, first});
        }
        return found;
    };
    std::vector<WrittenBrief*> all;
    for (WrittenBrief& brief : briefs)
        all.push_back(&brief);
    const Catalogue& texts = documentCatalogue(context_);
    // The view locked throughout: it is not redrawn after each removal, nor moved to each place the layout is asked
    // about (each look at a page would otherwise scroll it there).
    const ViewLock lock(Reference<css::frame::XModel>(document_, UNO_QUERY_THROW));
    for (std::vector<TooLong> pending = tooLong(all); !pending.empty();) {
        // Every decision on the same layout first: the quotes that start after each brief's last page go.
        std::vector<std::size_t> keep;
        for (const TooLong& brief : pending) {
            const WrittenBrief& written = *brief.brief;
            const int lastPage = brief.firstPage + maxPages - 1;
            keep.push_back(quotesToKeep(written.quotes.size(), [&](std::size_t quote) {
                return pageAt(document_, written.quotes[quote]->getStart()) > lastPage;
            }));
        }
        // Then the removals.
        for (std::size_t i = 0; i < pending.size(); ++i) {
            WrittenBrief& written = *pending[i].brief;
            removeParagraphs(written.quotes[keep[i]], written.leftOutNote);  // the note follows the last quote
            written.quotesLeftOut += static_cast<int>(written.quotes.size() - keep[i]);
            written.quotes.resize(keep[i]);
            const Reference<css::text::XTextRange> note = wholeParagraph(written.leftOutNote);
            note->setString(toOUString(typeset(quotesLeftOutNote(texts, written.quotesLeftOut), texts.language())));
            // Writer joined the note to where the quote began, and gave it the quote's paragraph style.
            Reference<css::beans::XPropertySet>(note, UNO_QUERY_THROW)
                ->setPropertyValue("ParaStyleName", Any(paragraphs_.styleName(ParagraphRole::BriefNote)));
        }
        std::vector<WrittenBrief*> shortened;
        for (const TooLong& brief : pending)
            shortened.push_back(brief.brief);
        pending = tooLong(shortened);
    }
}

}  // namespace ets::uno
