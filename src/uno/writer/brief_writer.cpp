#include "writer/brief_writer.hpp"

#include "core/analysis/brief_document.hpp"
#include "core/text/error.hpp"
#include "core/text/typography.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The page shown at a position, as the layout has it now (see BriefWriter::layOut).
int pageAt(const Reference<css::text::XTextDocument>& document, const Reference<css::text::XTextRange>& position) {
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> viewCursor = supplier->getViewCursor();
    viewCursor->gotoRange(position, false);
    return Reference<css::text::XPageCursor>(viewCursor, UNO_QUERY_THROW)->getPage();
}

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

Reference<css::text::XTextRange> viewCursorInBody(const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XTextViewCursorSupplier> supplier(
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextRange> cursor(supplier->getViewCursor(), UNO_QUERY_THROW);
    if (cursor->getText() != document->getText())
        throw Error("brief.not_in_body");
    return cursor->getEnd();
}

BriefWriter::BriefWriter(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::text::XTextDocument>& document)
    : context_(context), document_(document), paragraphs_(ensureBriefStyles(context, document), false, uiCatalogue(context).language()) {}

WrittenBrief BriefWriter::write(const Reference<css::text::XTextCursor>& cursor, const Brief& brief) const {
    const BriefParagraphs composed = briefParagraphs(brief, uiCatalogue(context_));
    const std::vector<ParagraphMark> marks = paragraphs_.write(cursor, composed.paragraphs, true);
    WrittenBrief written;
    written.theme = brief.title;
    written.quotesLeftOut = brief.quotesLeftOut;
    written.title = marks.front();
    written.last = marks.back();
    for (const ParagraphGroup& quote : composed.quotes)
        written.quotes.emplace_back(marks.begin() + static_cast<std::ptrdiff_t>(quote.first),
                                    marks.begin() + static_cast<std::ptrdiff_t>(quote.first + quote.count));
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
    layOut();
    int count = pages(written);
    while (count > maxPages && !written.quotes.empty()) {
        // Quotes that start beyond the last page allowed are certainly too many (what follows them comes later
        // still): they go together, then one at a time until the brief holds.
        const int lastPage = pageAt(document_, written.title->getStart()) + maxPages - 1;
        std::size_t keep = written.quotes.size() - 1;
        while (keep > 0 && pageAt(document_, written.quotes[keep - 1].front()->getStart()) > lastPage)
            --keep;
        removeParagraphs(written.quotes[keep].front(), written.leftOutNote);  // the note follows the last quote
        written.quotesLeftOut += static_cast<int>(written.quotes.size() - keep);
        written.quotes.resize(keep);
        const Reference<css::text::XTextRange> note = wholeParagraph(written.leftOutNote);
        const Catalogue& texts = uiCatalogue(context_);
        note->setString(toOUString(typeset(quotesLeftOutNote(texts, written.quotesLeftOut), texts.language())));
        // Writer joined the note to where the quote began, and gave it the quote's paragraph style.
        Reference<css::beans::XPropertySet>(note, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(paragraphs_.styleName(ParagraphRole::BriefNote)));
        layOut();
        count = pages(written);
    }
    return count;
}

}  // namespace ets::uno
