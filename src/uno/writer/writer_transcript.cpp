#include "writer/writer_transcript.hpp"

#include "writer/plain_text.hpp"
#include "writer/transcript_card.hpp"

#include "core/coding/tagging.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/error.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <ctime>
#include <functional>
#include <stdexcept>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

Reference<css::beans::XPropertySet> userProperties(const Reference<css::text::XTextDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                               UNO_QUERY_THROW);
}

std::string readUserProperty(const Reference<css::text::XTextDocument>& document, const char* name) {
    Reference<css::beans::XPropertySet> properties = userProperties(document);
    const OUString key = OUString::createFromAscii(name);
    OUString value;
    if (properties->getPropertySetInfo()->hasPropertyByName(key))
        properties->getPropertyValue(key) >>= value;
    return toUtf8(value);
}

Reference<css::container::XNameAccess> bookmarks(const Reference<css::text::XTextDocument>& document) {
    return Reference<css::text::XBookmarksSupplier>(document, UNO_QUERY_THROW)->getBookmarks();
}

// True when both ranges cover the same text (start and end compared in the body text).
bool sameRange(const Reference<css::text::XText>& text, const Reference<css::text::XTextRange>& a,
               const Reference<css::text::XTextRange>& b) {
    Reference<css::text::XTextRangeCompare> compare(text, UNO_QUERY);
    if (!compare.is())
        return false;
    try {
        return compare->compareRegionStarts(a, b) == 0 && compare->compareRegionEnds(a, b) == 0;
    } catch (const css::lang::IllegalArgumentException&) {
        return false;  // not in the same text (a comment anchored in a frame, say)
    }
}

// The same text as `range`, walked from its start to its end. Writer inserts a ranged comment at the
// range's end and then looks for it just before the cursor's point: a range selected backwards, or
// made from the view's selection, has its point at the start and the insertion fails
// ("no SwTextAttr inserted?").
Reference<css::text::XTextRange> forwardRange(const Reference<css::text::XText>& text,
                                              const Reference<css::text::XTextRange>& range) {
    Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(range->getStart());
    cursor->gotoRange(range->getEnd(), true);
    return Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW);
}

// Comments and bookmarks share one namespace in Writer: the comment of passage ETS_x is "note-ETS_x".
OUString commentName(const std::string& anchor) { return toOUString("note-" + anchor); }

css::util::DateTime now() {
    const std::time_t seconds = std::time(nullptr);
    std::tm local{};
    localtime_r(&seconds, &local);
    css::util::DateTime when;
    when.Year = static_cast<sal_Int16>(local.tm_year + 1900);
    when.Month = static_cast<sal_uInt16>(local.tm_mon + 1);
    when.Day = static_cast<sal_uInt16>(local.tm_mday);
    when.Hours = static_cast<sal_uInt16>(local.tm_hour);
    when.Minutes = static_cast<sal_uInt16>(local.tm_min);
    when.Seconds = static_cast<sal_uInt16>(local.tm_sec);
    return when;
}

// The Writer range of a span this document gave.
const Reference<css::text::XTextRange>& rangeOf(const TextSpan& span) {
    const auto* writer = dynamic_cast<const WriterSpan*>(&span);
    if (!writer || !writer->range.is())
        throw std::invalid_argument("a span that is not of a Writer document");
    return writer->range;
}

}  // namespace

WriterTranscript WriterTranscript::inFrame(const Reference<css::frame::XFrame>& frame) {
    Reference<css::text::XTextDocument> document;
    if (frame.is() && frame->getController().is())
        document.set(frame->getController()->getModel(), UNO_QUERY);
    if (!document.is())
        throw Error("writer.not_text");
    return WriterTranscript(document);
}

WriterTranscript WriterTranscript::toTag(const Reference<css::frame::XFrame>& frame) {
    WriterTranscript transcript = inFrame(frame);
    transcript.requireWritable();
    requireTaggable(transcript);
    return transcript;
}

WriterTranscript::WriterTranscript(Reference<css::text::XTextDocument> document) : document_(std::move(document)) {}

std::string WriterSpan::text() const { return toUtf8(range->getString()); }

namespace {

// The paragraph up to the range and the paragraph before it. The context is a help to the reader of a quote, never a
// reason to fail: where Writer cannot walk the paragraphs (a frame, a field), what was read so far is given.
TextBefore textBefore(const Reference<css::text::XTextRange>& range) {
    TextBefore before;
    try {
        Reference<css::text::XParagraphCursor> cursor(range->getText()->createTextCursorByRange(range->getStart()),
                                                      UNO_QUERY);
        if (!cursor.is())
            return before;
        cursor->gotoStartOfParagraph(true);
        before.paragraph = toUtf8(cursor->getString());
        cursor->collapseToStart();
        if (cursor->gotoPreviousParagraph(false)) {
            cursor->gotoEndOfParagraph(true);
            before.previousParagraph = toUtf8(cursor->getString());
        }
    } catch (const css::uno::RuntimeException&) {
    }
    return before;
}

}  // namespace

TextBefore WriterSpan::before() const { return textBefore(range); }

std::string WriterTranscript::interviewId() const { return readUserProperty(document_, kInterviewIdProperty); }

bool WriterTranscript::isReadOnly() const {
    Reference<css::frame::XStorable> storable(document_, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

void WriterTranscript::requireWritable() const {
    Reference<css::frame::XStorable> storable(document_, UNO_QUERY);
    if (storable.is() && storable->isReadonly())
        throw Error("writer.read_only");
}

std::filesystem::path WriterTranscript::file() const { return documentFile(document_); }

std::map<std::string, std::string> WriterTranscript::cardProperties() const { return readCardProperties(document_); }

void WriterTranscript::setCardProperties(const std::map<std::string, std::string>& properties) {
    writeCardProperties(document_, properties);
}

PlainText WriterTranscript::plainText() const { return readPlainText(document_); }

void WriterTranscript::writeText(const std::string& text) {
    writePlainText(document_, text);
    written_ += text;
}

std::vector<std::unique_ptr<TextSpan>>
WriterTranscript::spansAt(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const {
    std::vector<std::unique_ptr<TextSpan>> spans;
    for (const Reference<css::text::XTextRange>& range : rangesOf(document_, written_, codePoints))
        spans.push_back(std::make_unique<WriterSpan>(range));
    return spans;
}

std::vector<std::unique_ptr<TextSpan>>
WriterTranscript::spansInText(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const {
    std::vector<std::unique_ptr<TextSpan>> spans;
    for (const Reference<css::text::XTextRange>& range : rangesInText(document_, codePoints))
        spans.push_back(std::make_unique<WriterSpan>(range));
    return spans;
}

std::vector<TagRecord> WriterTranscript::records() const {
    return tagsFromJson(readUserProperty(document_, kTagsProperty));
}

void WriterTranscript::setRecords(const std::vector<TagRecord>& records) { setRecordsText(tagsToJson(records)); }

std::string WriterTranscript::recordsText() const { return readUserProperty(document_, kTagsProperty); }

void WriterTranscript::setRecordsText(const std::string& text) {
    Reference<css::beans::XPropertySet> properties = userProperties(document_);
    const OUString key = OUString::createFromAscii(kTagsProperty);
    const Any value(toOUString(text));
    if (properties->getPropertySetInfo()->hasPropertyByName(key))
        properties->setPropertyValue(key, value);
    else
        Reference<css::beans::XPropertyContainer>(properties, UNO_QUERY_THROW)
            ->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, value);
}

std::vector<AnchoredText> WriterTranscript::anchors() const {
    std::vector<AnchoredText> found;
    forEachAnchor([&](const std::string& anchor, const Reference<css::text::XTextRange>& range) {
        found.push_back(AnchoredText{anchor, toUtf8(range->getString()), textBefore(range)});
    });
    return found;
}

std::vector<std::string> WriterTranscript::anchorsOver(const TextSpan& span) const {
    const Reference<css::text::XTextRange>& range = rangeOf(span);
    // A passage over exactly this text starts where the range starts: only the bookmarks of that
    // paragraph are looked at, so that a transcript with hundreds of passages tags as fast as a short one.
    std::vector<std::string> found;
    Reference<css::container::XEnumerationAccess> covered(range, UNO_QUERY);
    if (!covered.is())
        return found;
    Reference<css::container::XEnumeration> paragraphs = covered->createEnumeration();
    if (!paragraphs->hasMoreElements())
        return found;
    Reference<css::container::XEnumerationAccess> first(paragraphs->nextElement(), UNO_QUERY);
    if (!first.is())
        return found;  // a table: no passage there
    const Reference<css::text::XText> text = document_->getText();
    Reference<css::container::XEnumeration> portions = first->createEnumeration();
    while (portions->hasMoreElements()) {
        Reference<css::beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
        OUString type;
        bool isStart = false;
        if (!portion.is() || !(portion->getPropertyValue("TextPortionType") >>= type) || type != "Bookmark")
            continue;
        portion->getPropertyValue("IsStart") >>= isStart;
        Reference<css::text::XTextContent> bookmark(portion->getPropertyValue("Bookmark"), UNO_QUERY);
        Reference<css::container::XNamed> named(bookmark, UNO_QUERY);
        if (!isStart || !named.is())
            continue;
        const std::string anchor = toUtf8(named->getName());
        if (isAnchorName(anchor) && sameRange(text, bookmark->getAnchor(), range))
            found.push_back(anchor);
    }
    return found;
}

void WriterTranscript::forEachAnchor(
    const std::function<void(const std::string&, const Reference<css::text::XTextRange>&)>& visit) const {
    // By index, in one pass: looking each bookmark up by name costs a search of them all.
    Reference<css::container::XIndexAccess> all(bookmarks(document_), UNO_QUERY_THROW);
    const sal_Int32 count = all->getCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        Reference<css::text::XTextContent> bookmark(all->getByIndex(i), UNO_QUERY);
        Reference<css::container::XNamed> named(bookmark, UNO_QUERY);
        if (!bookmark.is() || !named.is())
            continue;
        const std::string anchor = toUtf8(named->getName());
        if (isAnchorName(anchor))
            visit(anchor, bookmark->getAnchor());
    }
}

Reference<css::uno::XInterface> WriterTranscript::currentSelection() const {
    // The view's selection (the model's answers nothing for a document without a visible window).
    Reference<css::frame::XModel> model(document_, UNO_QUERY_THROW);
    Reference<css::view::XSelectionSupplier> view(model->getCurrentController(), UNO_QUERY);
    if (!view.is())
        throw Error("selection.not_text");
    Reference<css::uno::XInterface> selection;
    view->getSelection() >>= selection;
    return selection;
}

std::unique_ptr<WriterSpan> WriterTranscript::selection() const {
    Reference<css::container::XIndexAccess> selection(currentSelection(), UNO_QUERY);
    if (!selection.is())
        throw Error("selection.not_text");  // a frame, a picture, table cells...
    if (selection->getCount() != 1)
        throw Error("selection.multiple");
    Reference<css::text::XTextRange> range(selection->getByIndex(0), UNO_QUERY);
    if (!range.is() || range->getString().isEmpty())
        throw Error("selection.empty");
    // Only the body text: headers, footers, notes, frames and table cells are not transcript text.
    Reference<css::uno::XInterface> rangeText(range->getText(), UNO_QUERY);
    Reference<css::uno::XInterface> bodyText(document_->getText(), UNO_QUERY);
    if (rangeText != bodyText)
        throw Error("selection.not_body");
    Reference<css::text::XTextRange> copy(document_->getText()->createTextCursorByRange(range), UNO_QUERY_THROW);
    // A selection whose ends are in the body but that crosses a table holds a table: refuse it too.
    Reference<css::container::XEnumerationAccess> paragraphs(copy, UNO_QUERY);
    if (paragraphs.is()) {
        Reference<css::container::XEnumeration> each = paragraphs->createEnumeration();
        while (each->hasMoreElements()) {
            Reference<css::lang::XServiceInfo> paragraph(each->nextElement(), UNO_QUERY);
            if (paragraph.is() && paragraph->supportsService("com.sun.star.text.TextTable"))
                throw Error("selection.not_body");
        }
    }
    return std::make_unique<WriterSpan>(copy);
}

std::unique_ptr<WriterSpan> WriterTranscript::cursor() const {
    Reference<css::container::XIndexAccess> selection(currentSelection(), UNO_QUERY);
    if (!selection.is() || selection->getCount() < 1)
        throw Error("selection.not_text");
    Reference<css::text::XTextRange> range(selection->getByIndex(0), UNO_QUERY);
    if (!range.is())
        throw Error("selection.not_text");
    return std::make_unique<WriterSpan>(range);
}

std::vector<std::pair<std::string, int>> WriterTranscript::anchorsAgainst(const TextSpan& span) const {
    Reference<css::text::XTextRangeCompare> compare(document_->getText(), UNO_QUERY_THROW);
    const Reference<css::text::XTextRange> start = rangeOf(span)->getStart();
    std::vector<std::pair<std::string, int>> found;
    forEachAnchor([&](const std::string& anchor, const Reference<css::text::XTextRange>& marked) {
        int against = 1;
        try {
            // 1 when the passage starts before the cursor, -1 after: the other way round from ours.
            against = -compare->compareRegionStarts(marked, start);
        } catch (const css::lang::IllegalArgumentException&) {
            // The cursor is not in the body text (a header, a table cell): every passage is after it.
        }
        found.emplace_back(anchor, against);
    });
    return found;
}

std::vector<std::string> WriterTranscript::anchorsAt(const TextSpan& span) const {
    const Reference<css::text::XTextRange>& range = rangeOf(span);
    Reference<css::text::XTextRangeCompare> compare(document_->getText(), UNO_QUERY_THROW);
    const Reference<css::text::XTextRange> start = range->getStart();
    const Reference<css::text::XTextRange> end = range->getEnd();
    std::vector<std::string> found;
    // One pass over the bookmarks, without their texts: the sidebar asks this at every move of the cursor.
    forEachAnchor([&](const std::string& anchor, const Reference<css::text::XTextRange>& marked) {
        try {
            // Overlap: the passage starts before the selection ends and ends after it starts
            // (touching counts, so a cursor inside or at the edge of a passage finds it).
            const bool startsBeforeEnd = compare->compareRegionStarts(marked, end) >= 0;
            const bool endsAfterStart = compare->compareRegionEnds(marked, start) <= 0;
            if (startsBeforeEnd && endsAfterStart)
                found.push_back(anchor);
        } catch (const css::lang::IllegalArgumentException&) {
            // The selection is not in the body text: it overlaps no passage.
        }
    });
    return found;
}

Reference<css::text::XTextRange> WriterTranscript::anchorRange(const std::string& anchor) const {
    Reference<css::container::XNameAccess> all = bookmarks(document_);
    const OUString name = toOUString(anchor);
    if (!all->hasByName(name))
        throw Error("passage.unknown", {anchor});
    return Reference<css::text::XTextContent>(all->getByName(name), UNO_QUERY_THROW)->getAnchor();
}

void WriterTranscript::select(const std::string& anchor) const {
    Reference<css::frame::XModel> model(document_, UNO_QUERY_THROW);
    Reference<css::view::XSelectionSupplier> view(model->getCurrentController(), UNO_QUERY);
    if (view.is())
        view->select(Any(anchorRange(anchor)));
}

std::unique_ptr<TextSpan> WriterTranscript::anchorSpan(const std::string& anchor) const {
    return std::make_unique<WriterSpan>(anchorRange(anchor));
}

void WriterTranscript::addAnchor(const TextSpan& span, const std::string& anchor, const std::string& author,
                                 const std::string& comment) {
    const Reference<css::text::XTextRange>& range = rangeOf(span);
    Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
    Reference<css::text::XText> text = document_->getText();

    Reference<css::text::XTextContent> bookmark(factory->createInstance("com.sun.star.text.Bookmark"), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(bookmark, UNO_QUERY_THROW)->setName(toOUString(anchor));
    text->insertTextContent(forwardRange(text, range), bookmark, true);

    Reference<css::text::XTextContent> note(factory->createInstance("com.sun.star.text.textfield.Annotation"),
                                            UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> properties(note, UNO_QUERY_THROW);
    properties->setPropertyValue("Author", Any(toOUString(author)));
    properties->setPropertyValue("Content", Any(toOUString(comment)));
    properties->setPropertyValue("DateTimeValue", Any(now()));
    properties->setPropertyValue("Name", Any(commentName(anchor)));
    text->insertTextContent(forwardRange(text, range), note, true);
}

Reference<css::uno::XInterface> WriterTranscript::findComment(const std::string& anchor) const {
    Reference<css::text::XTextRange> marked;
    try {
        marked = anchorRange(anchor);
    } catch (const Error&) {
        // No bookmark any more: only the comment's name can find it.
    }
    const OUString name = commentName(anchor);
    // Two coders may have tagged the same text: over one range, the comment by the passage's coder is its own.
    OUString coder;
    if (marked.is())
        for (const TagRecord& record : records())
            if (record.anchor == anchor)
                coder = toOUString(record.coder);
    Reference<css::uno::XInterface> byRange;
    Reference<css::uno::XInterface> byRangeAndAuthor;
    Reference<css::text::XTextFieldsSupplier> supplier(document_, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> field(fields->nextElement(), UNO_QUERY);
        if (!field.is() || !field->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        Reference<css::beans::XPropertySet> properties(field, UNO_QUERY);
        OUString fieldName;
        properties->getPropertyValue("Name") >>= fieldName;
        if (fieldName == name)
            return field;
        // DOCX does not keep comment names: the comment over exactly the passage's text is its own.
        Reference<css::text::XTextContent> content(field, UNO_QUERY);
        if (!byRangeAndAuthor.is() && marked.is() && content.is() &&
            sameRange(document_->getText(), content->getAnchor(), marked)) {
            OUString author;
            properties->getPropertyValue("Author") >>= author;
            if (author == coder)
                byRangeAndAuthor = field;
            else if (!byRange.is())
                byRange = field;
        }
    }
    return byRangeAndAuthor.is() ? byRangeAndAuthor : byRange;
}

void WriterTranscript::removeAnchor(const std::string& anchor) {
    Reference<css::text::XTextContent> note(findComment(anchor), UNO_QUERY);
    Reference<css::text::XText> text = document_->getText();
    if (note.is())
        text->removeTextContent(note);
    Reference<css::container::XNameAccess> all = bookmarks(document_);
    const OUString name = toOUString(anchor);
    if (all->hasByName(name))
        text->removeTextContent(Reference<css::text::XTextContent>(all->getByName(name), UNO_QUERY_THROW));
}

void WriterTranscript::setComment(const std::string& anchor, const std::string& comment) {
    Reference<css::beans::XPropertySet> note(findComment(anchor), UNO_QUERY);
    if (note.is())
        note->setPropertyValue("Content", Any(toOUString(comment)));
}

}  // namespace ets::uno
