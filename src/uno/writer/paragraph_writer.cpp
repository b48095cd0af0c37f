#include "writer/paragraph_writer.hpp"

#include "office/strings.hpp"

#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <algorithm>
#include <stdexcept>

#include <map>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// LibreOffice's own list style, bulleted, that every document has.
constexpr const char* kListStyle = "List 1";

// UTF-16 units of a stretch of UTF-8 text, as Writer's cursors count; at most what a cursor moves at once.
sal_Int16 units(const std::string& text, std::size_t start, std::size_t length) {
    return static_cast<sal_Int16>(std::min<sal_Int32>(toOUString(text.substr(start, length)).getLength(), 0x7FFF));
}

}  // namespace

ParagraphWriter::ParagraphWriter(std::optional<BriefStyles> briefStyles, bool listPerParagraph, std::string typography)
    : briefStyles_(std::move(briefStyles)), listPerParagraph_(listPerParagraph), typography_(std::move(typography)) {}

OUString ParagraphWriter::styleName(ParagraphRole role) const {
    switch (role) {
    case ParagraphRole::Title:
        return "Title";
    case ParagraphRole::Subtitle:
        return "Subtitle";
    case ParagraphRole::Heading1:
        return "Heading 1";
    case ParagraphRole::Heading2:
        return "Heading 2";
    case ParagraphRole::TextBody:
        return "Text body";
    case ParagraphRole::ListItem:
        return OUString::createFromAscii(kListStyle);
    case ParagraphRole::Interviewer:
        return toOUString("ETS Intervieweur");
    case ParagraphRole::Interviewee:
        return toOUString("ETS Interviewé");
    case ParagraphRole::TableContents:
        return "Table Contents";
    case ParagraphRole::TableContentsHeading:
        return "Table Heading";
    default:
        break;
    }
    if (!briefStyles_)
        throw std::logic_error("a brief's paragraph written without the brief styles");
    const BriefStyles& styles = *briefStyles_;
    switch (role) {
    case ParagraphRole::BriefTitle:
        return styles.title;
    case ParagraphRole::BriefHeading:
        return styles.heading;
    case ParagraphRole::BriefBody:
        return styles.body;
    case ParagraphRole::BriefQuote:
        return styles.quote;
    case ParagraphRole::BriefSource:
        return styles.source;
    case ParagraphRole::BriefPrompt:
        return styles.prompt;
    case ParagraphRole::BriefItem:
        return styles.item;
    case ParagraphRole::BriefFigures:
        return styles.figures;
    case ParagraphRole::BriefNote:
        return styles.note;
    case ParagraphRole::Cover:
        return styles.cover;
    case ParagraphRole::TableText:
        return styles.table;
    case ParagraphRole::TableHeading:
        return styles.tableHeading;
    default:
        return OUString();
    }
}

OUString ParagraphWriter::characterStyleName(CharacterRole role) const {
    if (role == CharacterRole::Speaker)
        return "ETS Locuteur";
    if (!briefStyles_)
        throw std::logic_error("an organisation's name written without the brief styles");
    return briefStyles_->organisation;
}

OdtStyleNames ParagraphWriter::styleNames() const {
    // Copies of the names: the text may be written after this writer is gone (core/odf/odt_text.hpp).
    std::map<ParagraphRole, std::string> paragraphs;
    for (int role = 0; role <= static_cast<int>(ParagraphRole::Interviewee); ++role)
        paragraphs[ParagraphRole(role)] = toUtf8(styleName(ParagraphRole(role)));
    std::map<CharacterRole, std::string> characters{{CharacterRole::Speaker, toUtf8(characterStyleName(CharacterRole::Speaker))}};
    if (briefStyles_)
        characters[CharacterRole::Organisation] = toUtf8(characterStyleName(CharacterRole::Organisation));
    OdtStyleNames names;
    names.paragraph = [paragraphs](ParagraphRole role) { return paragraphs.at(role); };
    names.character = [characters](CharacterRole role) {
        const auto found = characters.find(role);
        return found == characters.end() ? std::string() : found->second;
    };
    names.list = kListStyle;
    return names;
}

ParagraphMark ParagraphWriter::write(const Reference<css::text::XTextCursor>& cursor, const Paragraph& composed,
                                     bool first) const {
    const Paragraph paragraph = typography_.empty() ? composed : typesetParagraph(composed, typography_);
    Reference<css::text::XText> text = cursor->getText();
    if (!first)
        text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    Reference<css::beans::XPropertySet> properties(cursor, UNO_QUERY_THROW);
    properties->setPropertyValue("ParaStyleName", Any(styleName(paragraph.role)));
    if (paragraph.pageBreakBefore)
        properties->setPropertyValue("BreakType", Any(css::style::BreakType_PAGE_BEFORE));
    if (paragraph.role == ParagraphRole::ListItem || listPerParagraph_)
        properties->setPropertyValue(
            "NumberingStyleName",
            Any(paragraph.role == ParagraphRole::ListItem ? OUString::createFromAscii(kListStyle) : OUString()));
    text->insertString(cursor.get(), toOUString(paragraph.text), false);
    Reference<css::text::XParagraphCursor> paragraphs(cursor, UNO_QUERY_THROW);
    paragraphs->gotoStartOfParagraph(false);
    ParagraphMark mark = text->createTextCursorByRange(cursor->getStart());
    paragraphs->gotoEndOfParagraph(false);
    if (paragraph.span) {
        Reference<css::text::XTextCursor> span = text->createTextCursorByRange(mark->getStart());
        span->goRight(units(paragraph.text, 0, paragraph.span->start), false);
        span->goRight(units(paragraph.text, paragraph.span->start, paragraph.span->length), true);
        Reference<css::beans::XPropertySet>(span, UNO_QUERY_THROW)
            ->setPropertyValue("CharStyleName", Any(characterStyleName(paragraph.span->role)));
    }
    if (paragraph.link && !projectFolder_.empty()) {
        const PassageLink& link = *paragraph.link;
        Reference<css::text::XTextCursor> linked = text->createTextCursorByRange(mark->getStart());
        linked->goRight(units(paragraph.text, 0, link.start), false);
        linked->goRight(units(paragraph.text, link.start, link.length), true);
        Reference<css::beans::XPropertySet>(linked, UNO_QUERY_THROW)
            ->setPropertyValue("HyperLinkURL",
                               Any(fileUrlFromPath(projectFolder_ / std::filesystem::u8path(link.file)) + "#" +
                                   toOUString(link.anchor)));
    }
    return mark;
}

std::vector<ParagraphMark> ParagraphWriter::write(const Reference<css::text::XTextCursor>& cursor,
                                                  const std::vector<Paragraph>& paragraphs, bool first) const {
    std::vector<ParagraphMark> marks;
    bool afterBreak = false;
    for (const Paragraph& paragraph : paragraphs) {
        marks.push_back(write(cursor, paragraph, first));
        // The paragraph after a page break does not start a page too (a break made by splitting may carry it over).
        if (afterBreak && !paragraph.pageBreakBefore)
            Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
                ->setPropertyValue("BreakType", Any(css::style::BreakType_NONE));
        afterBreak = paragraph.pageBreakBefore;
        first = false;
    }
    return marks;
}

void ParagraphWriter::writeTable(const Reference<css::text::XTextDocument>& document,
                                 const Reference<css::text::XTextCursor>& cursor, const ParagraphTable& table) const {
    const sal_Int32 rows = static_cast<sal_Int32>(table.rows.size());
    const sal_Int32 columns = static_cast<sal_Int32>(table.columnEnds.size() + 1);
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> made(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
    made->initialize(rows, columns);
    cursor->getText()->insertTextContent(cursor.get(), made.get(), false);
    Reference<css::beans::XPropertySet> properties(made, UNO_QUERY_THROW);
    properties->setPropertyValue("RepeatHeadline", Any(true));
    css::uno::Sequence<css::text::TableColumnSeparator> separators(columns - 1);
    for (sal_Int32 i = 0; i < columns - 1; ++i)
        separators[i] = css::text::TableColumnSeparator(
            static_cast<sal_Int16>(table.columnEnds[static_cast<std::size_t>(i)]), true);
    properties->setPropertyValue("TableColumnSeparators", Any(separators));

    // A row is read whole: it moves to the next page rather than being cut in two.
    Reference<css::container::XIndexAccess> tableRows(made->getRows(), UNO_QUERY_THROW);
    for (sal_Int32 row = 0; row < tableRows->getCount(); ++row)
        Reference<css::beans::XPropertySet>(tableRows->getByIndex(row), UNO_QUERY_THROW)
            ->setPropertyValue("IsSplitAllowed", Any(false));

    Reference<css::table::XCellRange> cells(made, UNO_QUERY_THROW);
    for (sal_Int32 row = 0; row < rows; ++row)
        for (sal_Int32 column = 0; column < columns; ++column) {
            Reference<css::text::XText> cell(cells->getCellByPosition(column, row), UNO_QUERY_THROW);
            write(cell->createTextCursor(), table.rows[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)],
                  true);
        }
}

Reference<css::text::XTextCursor> emptyParagraphAt(const Reference<css::text::XTextRange>& position) {
    Reference<css::text::XText> text = position->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(position->getStart());
    Reference<css::text::XParagraphCursor> paragraphs(cursor, UNO_QUERY_THROW);
    const bool atStart = paragraphs->isStartOfParagraph();
    const bool atEnd = paragraphs->isEndOfParagraph();
    if (atStart && atEnd)
        return cursor;
    text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    if (atStart) {
        // "|abc" became "" + "|abc": the empty paragraph is the one before.
        paragraphs->gotoPreviousParagraph(false);
        return cursor;
    }
    if (!atEnd) {
        // "ab|c" became "ab" + "|c": one more break gives an empty paragraph between them.
        paragraphs->gotoPreviousParagraph(false);
        paragraphs->gotoEndOfParagraph(false);
        text->insertControlCharacter(cursor.get(), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    }
    return cursor;
}

}  // namespace ets::uno
