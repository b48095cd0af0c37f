#include "writer/brief_writer.hpp"

#include "core/coding/codebook.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <algorithm>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

std::string joined(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string result;
    for (const std::string& part : parts)
        result += (result.empty() ? "" : separator) + part;
    return result;
}

// The page shown at a position, as the layout has it now (see BriefWriter::layOut).
int pageAt(const Reference<css::text::XTextDocument>& document, const Reference<css::text::XTextRange>& position)
{
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursorSupplier> supplier(model->getCurrentController(), UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> viewCursor = supplier->getViewCursor();
    viewCursor->gotoRange(position, false);
    return Reference<css::text::XPageCursor>(viewCursor, UNO_QUERY_THROW)->getPage();
}

} // namespace

OUString longDate(const Reference<css::uno::XComponentContext>& context, const std::string& isoDate)
{
    if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-')
        return toOUString(isoDate);
    const std::vector<std::string> months = splitList(toUtf8(uiText(context, "date.months")));
    const int month = std::atoi(isoDate.substr(5, 2).c_str());
    if (month < 1 || month > static_cast<int>(months.size()))
        return toOUString(isoDate);
    const std::string day = std::to_string(std::atoi(isoDate.substr(8, 2).c_str()));
    return uiText(context, "date.long", {day, months[static_cast<std::size_t>(month - 1)], isoDate.substr(0, 4)});
}

BriefWriter::BriefWriter(const Reference<css::uno::XComponentContext>& context, const Reference<css::text::XTextDocument>& document)
    : context_(context), document_(document), styles_(ensureBriefStyles(context, document))
{
}

Reference<css::text::XTextCursor> BriefWriter::emptyParagraphAt(const Reference<css::text::XTextRange>& position) const
{
    Reference<css::text::XText> text = document_->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(position->getStart());
    Reference<css::text::XParagraphCursor> paragraphs(cursor, UNO_QUERY_THROW);
    const bool atStart = paragraphs->isStartOfParagraph();
    const bool atEnd = paragraphs->isEndOfParagraph();
    if (atStart && atEnd)
        return cursor;
    text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    if (atStart)
    {
        // "|abc" became "" + "|abc": the empty paragraph is the one before.
        paragraphs->gotoPreviousParagraph(false);
        return cursor;
    }
    if (!atEnd)
    {
        // "ab|c" became "ab" + "|c": one more break gives an empty paragraph between them.
        paragraphs->gotoPreviousParagraph(false);
        paragraphs->gotoEndOfParagraph(false);
        text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
    return cursor;
}

ParagraphMark BriefWriter::paragraph(const Reference<css::text::XTextCursor>& cursor, const OUString& style, const OUString& content,
                                     bool first) const
{
    Reference<css::text::XText> text = cursor->getText();
    if (!first)
        text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)->setPropertyValue("ParaStyleName", Any(style));
    text->insertString(cursor.get(), content, false);
    Reference<css::text::XParagraphCursor> paragraphs(cursor, UNO_QUERY_THROW);
    paragraphs->gotoStartOfParagraph(false);
    ParagraphMark mark = text->createTextCursorByRange(cursor->getStart());
    paragraphs->gotoEndOfParagraph(false);
    return mark;
}

namespace {

// The whole paragraph that starts at the mark (the mark itself stays at its start).
Reference<css::text::XTextRange> wholeParagraph(const ParagraphMark& mark)
{
    Reference<css::text::XParagraphCursor> range(mark->getText()->createTextCursorByRange(mark->getStart()), UNO_QUERY_THROW);
    range->gotoEndOfParagraph(true);
    return Reference<css::text::XTextRange>(range, UNO_QUERY_THROW);
}

// Removes the paragraphs from `first` up to (not including) the text of the paragraph at `next`.
void removeParagraphs(const ParagraphMark& first, const ParagraphMark& next)
{
    Reference<css::text::XTextCursor> range = first->getText()->createTextCursorByRange(first->getStart());
    range->gotoRange(next->getStart(), true);
    range->setString(OUString());
}

} // namespace

OUString BriefWriter::leftOutText(int leftOut) const
{
    return leftOut > 0 ? uiText(context_, "brief.quotes_left_out", {std::to_string(leftOut)}) : uiText(context_, "brief.quotes_all");
}

WrittenBrief BriefWriter::write(const Reference<css::text::XTextCursor>& cursor, const Brief& brief) const
{
    WrittenBrief written;
    written.theme = brief.title;
    written.quotesLeftOut = brief.quotesLeftOut;
    written.title = paragraph(cursor, styles_.title, toOUString(brief.title), true);
    paragraph(cursor, styles_.figures,
              uiText(context_, "brief.figures",
                     {std::to_string(brief.organisations), std::to_string(brief.interviews), std::to_string(brief.passages)}));

    paragraph(cursor, styles_.heading, uiText(context_, "brief.heading_problem"));
    if (!brief.problem.empty())
        paragraph(cursor, styles_.body, toOUString(brief.problem));
    for (const std::string& finding : brief.findings)
        paragraph(cursor, styles_.item, toOUString(finding));

    paragraph(cursor, styles_.heading, uiText(context_, "brief.heading_field"));
    for (const BriefQuote& quote : brief.quotes)
    {
        std::vector<ParagraphMark> paragraphs;
        paragraphs.push_back(paragraph(cursor, styles_.quote, uiText(context_, "brief.quote", {quote.text})));
        OUString source = quote.organisation.empty() ? uiText(context_, "brief.no_organisation") : toOUString(quote.organisation);
        source = uiText(context_, "brief.source", {toUtf8(source)});
        if (!quote.interviewDate.empty())
            source += ", " + uiText(context_, "brief.interview_of", {toUtf8(longDate(context_, quote.interviewDate))});
        paragraphs.push_back(paragraph(cursor, styles_.source, source));
        written.quotes.push_back(paragraphs);
    }
    written.leftOutNote = paragraph(cursor, styles_.note, leftOutText(brief.quotesLeftOut));

    paragraph(cursor, styles_.heading, uiText(context_, "brief.heading_carriers"));
    if (brief.carriers.empty())
        paragraph(cursor, styles_.body, uiText(context_, "brief.no_carriers"));
    for (const Carrier& carrier : brief.carriers)
    {
        std::vector<std::string> capacities;
        for (Capacity capacity : carrier.capacities)
            capacities.push_back(toUtf8(uiText(context_, ("brief.capacity." + toString(capacity)).c_str())));
        std::string who = carrier.name;
        if (!carrier.sector.empty())
            who += " (" + carrier.sector + ")";
        const std::string evidence =
            toUtf8(uiText(context_, "brief.carrier_evidence", {std::to_string(carrier.passages), std::to_string(carrier.interviews)}));
        // The punctuation between the parts is the language's (« : » and « ; » in French): from the catalogue.
        const OUString line = capacities.empty()
                                  ? uiText(context_, "brief.carrier_line_plain", {who, evidence})
                                  : uiText(context_, "brief.carrier_line", {who, joined(capacities, ", "), evidence});
        const ParagraphMark item = paragraph(cursor, styles_.item, line);
        // The organisation's name in its character style, so that it can be restyled with the others.
        Reference<css::text::XTextCursor> name = item->getText()->createTextCursorByRange(item->getStart());
        name->goRight(static_cast<sal_Int16>(std::min<sal_Int32>(toOUString(carrier.name).getLength(), 0x7FFF)), true);
        Reference<css::beans::XPropertySet>(name, UNO_QUERY_THROW)->setPropertyValue("CharStyleName", Any(styles_.organisation));
    }
    if (brief.carriersLeftOut > 0)
        paragraph(cursor, styles_.note, uiText(context_, "brief.carriers_left_out", {std::to_string(brief.carriersLeftOut)}));

    paragraph(cursor, styles_.heading, uiText(context_, "brief.heading_questions"));
    ParagraphMark last;
    for (const std::string& question : brief.questions)
        last = paragraph(cursor, styles_.item, toOUString(question));
    if (brief.questions.empty())
        last = paragraph(cursor, styles_.item, uiText(context_, "brief.no_questions", {brief.title}));
    written.last = last;
    return written;
}

void BriefWriter::layOut() const
{
    // While a command runs, Writer gets no idle time to format what was just written or removed: the view's
    // layout would still show the pages of before, and a brief would look shorter or longer than it is.
    // « Repaginate » (Tools > Update > Page Formatting) lays the whole document out now.
    Reference<css::frame::XFrame> frame = Reference<css::frame::XModel>(document_, UNO_QUERY_THROW)->getCurrentController()->getFrame();
    css::uno::Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "SynchronMode";
    arguments[0].Value <<= true;
    css::frame::DispatchHelper::create(context_)->executeDispatch(
        Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW), ".uno:Repaginate", "", 0, arguments);
}

int BriefWriter::pages(const WrittenBrief& written) const
{
    return pageAt(document_, wholeParagraph(written.last)->getEnd()) - pageAt(document_, written.title->getStart()) + 1;
}

int BriefWriter::fit(WrittenBrief& written, int maxPages) const
{
    layOut();
    int count = pages(written);
    while (count > maxPages && !written.quotes.empty())
    {
        removeParagraphs(written.quotes.back().front(), written.leftOutNote);  // the note follows the last quote
        written.quotes.pop_back();
        ++written.quotesLeftOut;
        const Reference<css::text::XTextRange> note = wholeParagraph(written.leftOutNote);
        note->setString(leftOutText(written.quotesLeftOut));
        // Writer joined the note to where the quote began, and gave it the quote's paragraph style.
        Reference<css::beans::XPropertySet>(note, UNO_QUERY_THROW)->setPropertyValue("ParaStyleName", Any(styles_.note));
        layOut();
        count = pages(written);
    }
    return count;
}

} // namespace ets::uno
