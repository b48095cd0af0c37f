#include "writer/plain_text.hpp"

#include "core/coding/tag_record.hpp"
#include "core/text/error.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <rtl/character.hxx>
#include <rtl/ustrbuf.hxx>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

PlainText readPlainText(const Reference<css::text::XTextDocument>& document) {
    rtl::OUStringBuffer buffer;
    std::map<std::string, sal_Int32> starts;
    PlainText result;
    Reference<css::container::XEnumeration> paragraphs =
        Reference<css::container::XEnumerationAccess>(document->getText(), UNO_QUERY_THROW)->createEnumeration();
    bool first = true;
    while (paragraphs->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> paragraph(paragraphs->nextElement(), UNO_QUERY);
        if (!paragraph.is() || !paragraph->supportsService("com.sun.star.text.Paragraph"))
            continue;
        if (!first)
            buffer.append("\n");  // an ASCII literal: a char16_t argument would be appended as the number 10
        first = false;
        Reference<css::container::XEnumeration> portions =
            Reference<css::container::XEnumerationAccess>(paragraph, UNO_QUERY_THROW)->createEnumeration();
        while (portions->hasMoreElements()) {
            Reference<css::beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY_THROW);
            OUString type;
            portion->getPropertyValue("TextPortionType") >>= type;
            if (type != "Bookmark") {
                // Comment marks and other zero-width portions give no text, as in the bookmark's own text.
                buffer.append(Reference<css::text::XTextRange>(portion, UNO_QUERY_THROW)->getString());
                continue;
            }
            Reference<css::container::XNamed> bookmark(portion->getPropertyValue("Bookmark"), UNO_QUERY);
            if (!bookmark.is())
                continue;
            const std::string name = toUtf8(bookmark->getName());
            if (!isAnchorName(name))
                continue;
            bool isStart = false;
            bool collapsed = false;
            portion->getPropertyValue("IsStart") >>= isStart;
            portion->getPropertyValue("IsCollapsed") >>= collapsed;
            if (isStart)
                starts[name] = buffer.getLength();
            if (!isStart || collapsed) {
                const auto start = starts.find(name);
                if (start != starts.end())
                    result.spans.push_back(AnchorSpan{name, static_cast<std::size_t>(start->second),
                                                      static_cast<std::size_t>(buffer.getLength())});
            }
        }
    }
    result.text = toUtf8(buffer.makeStringAndClear());
    return result;
}

void writePlainText(const Reference<css::text::XTextDocument>& document, const std::string& text) {
    Reference<css::text::XText> body = document->getText();
    Reference<css::text::XTextCursor> cursor = body->createTextCursor();
    cursor->gotoEnd(false);
    const Reference<css::text::XTextRange> at(cursor, UNO_QUERY_THROW);
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        body->insertString(at, toOUString(text.substr(start, end - start)), false);
        if (end == text.size())
            break;
        body->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        start = end + 1;
    }
}

namespace {

// Moves a collapsed cursor `steps` code points to the right; goRight takes at most 32767 at a time.
void moveRight(const Reference<css::text::XTextCursor>& cursor, std::size_t steps) {
    while (steps > 0) {
        const sal_Int16 step = static_cast<sal_Int16>(std::min<std::size_t>(steps, 32767));
        cursor->goRight(step, false);
        steps -= static_cast<std::size_t>(step);
    }
}

}  // namespace

std::vector<Reference<css::text::XTextRange>> rangesOf(const Reference<css::text::XTextDocument>& document,
                                                       const std::string& text,
                                                       const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    // Where each paragraph starts, in code points, and its range in the document.
    std::vector<std::size_t> paragraphStarts{0};
    std::size_t codePoint = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++codePoint;
        if (c == '\n')
            paragraphStarts.push_back(codePoint);
    }
    Reference<css::text::XText> body = document->getText();
    std::vector<Reference<css::text::XTextRange>> paragraphs;
    Reference<css::container::XEnumeration> items =
        Reference<css::container::XEnumerationAccess>(body, UNO_QUERY_THROW)->createEnumeration();
    while (items->hasMoreElements())
        paragraphs.emplace_back(items->nextElement(), UNO_QUERY_THROW);

    const auto cursorAt = [&](std::size_t position) {
        const std::size_t index =
            static_cast<std::size_t>(std::upper_bound(paragraphStarts.begin(), paragraphStarts.end(), position) -
                                     paragraphStarts.begin()) -
            1;
        Reference<css::text::XTextCursor> cursor = body->createTextCursorByRange(paragraphs.at(index)->getStart());
        moveRight(cursor, position - paragraphStarts[index]);
        return cursor;
    };
    std::vector<Reference<css::text::XTextRange>> ranges;
    ranges.reserve(spans.size());
    for (const auto& [start, end] : spans) {
        Reference<css::text::XTextCursor> cursor = cursorAt(start);
        // Walked forwards (point at the end): Writer inserts a ranged comment at the range's point.
        cursor->gotoRange(cursorAt(end)->getStart(), true);
        ranges.emplace_back(cursor, UNO_QUERY_THROW);
    }
    return ranges;
}

namespace {

std::size_t codePointsOf(const OUString& text) {
    std::size_t count = 0;
    for (sal_Int32 i = 0; i < text.getLength(); ++i)
        if (!rtl::isLowSurrogate(text[i]))
            ++count;
    return count;
}

}  // namespace

std::vector<Reference<css::text::XTextRange>>
rangesInText(const Reference<css::text::XTextDocument>& document,
             const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    struct Piece {
        std::size_t start = 0;  // code points of the plain text
        std::size_t length = 0;
        Reference<css::text::XTextRange> range;
    };
    std::vector<Piece> texts;       // the text portions, where a position can be placed
    std::vector<Piece> paragraphs;  // for positions at a paragraph's start or end (an empty paragraph has no portion)
    std::size_t position = 0;
    Reference<css::container::XEnumeration> items =
        Reference<css::container::XEnumerationAccess>(document->getText(), UNO_QUERY_THROW)->createEnumeration();
    bool first = true;
    while (items->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> paragraph(items->nextElement(), UNO_QUERY);
        if (!paragraph.is() || !paragraph->supportsService("com.sun.star.text.Paragraph"))
            continue;
        if (!first)
            ++position;  // the LF between paragraphs
        first = false;
        const std::size_t paragraphStart = position;
        Reference<css::container::XEnumeration> portions =
            Reference<css::container::XEnumerationAccess>(paragraph, UNO_QUERY_THROW)->createEnumeration();
        while (portions->hasMoreElements()) {
            Reference<css::beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY_THROW);
            OUString type;
            portion->getPropertyValue("TextPortionType") >>= type;
            if (type == "Bookmark")
                continue;
            Reference<css::text::XTextRange> range(portion, UNO_QUERY_THROW);
            const std::size_t length = codePointsOf(range->getString());
            if (type == "Text" && length > 0)
                texts.push_back(Piece{position, length, range});
            position += length;
        }
        paragraphs.push_back(Piece{paragraphStart, position - paragraphStart,
                                   Reference<css::text::XTextRange>(paragraph, UNO_QUERY_THROW)});
    }

    Reference<css::text::XText> body = document->getText();
    // A collapsed cursor at `at`: inside the text portion holding the character at `at` (a start) or the one before it
    // (an end), so that a comment mark beside the position stays outside the passage.
    const auto cursorAt = [&](std::size_t at, bool isStart) -> Reference<css::text::XTextCursor> {
        const auto piece = std::lower_bound(texts.begin(), texts.end(), at, [&](const Piece& p, std::size_t value) {
            return isStart ? p.start + p.length <= value : p.start + p.length < value;
        });
        if (piece != texts.end() && (isStart ? piece->start <= at : piece->start < at)) {
            Reference<css::text::XTextCursor> cursor = body->createTextCursorByRange(piece->range->getStart());
            moveRight(cursor, at - piece->start);
            return cursor;
        }
        for (const Piece& p : paragraphs) {
            if (p.start == at)
                return body->createTextCursorByRange(p.range->getStart());
            if (p.start + p.length == at)
                return body->createTextCursorByRange(p.range->getEnd());
        }
        throw Error("transcript.no_text_at", {std::to_string(at)});  // beside a field or a footnote mark
    };
    std::vector<Reference<css::text::XTextRange>> ranges;
    ranges.reserve(spans.size());
    for (const auto& [start, end] : spans) {
        Reference<css::text::XTextCursor> cursor = cursorAt(start, true);
        cursor->gotoRange(cursorAt(end, false)->getStart(), true);  // walked forwards, as rangesOf does
        ranges.emplace_back(cursor, UNO_QUERY_THROW);
    }
    return ranges;
}

}  // namespace ets::uno
