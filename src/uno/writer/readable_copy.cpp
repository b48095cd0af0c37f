#include "writer/readable_copy.hpp"

#include "office/strings.hpp"
#include "writer/view_lock.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/NumberingType.hpp>
#include <com/sun/star/text/XEndnotesSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <cstdio>
#include <vector>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string isoDate(const css::util::DateTime& when) {
    if (when.Year == 0)
        return {};
    char text[32];
    std::snprintf(text, sizeof text, "%04u-%02u-%02u", static_cast<unsigned>(when.Year), static_cast<unsigned>(when.Month),
                  static_cast<unsigned>(when.Day));
    return text;
}

std::vector<Reference<css::text::XTextContent>> comments(const Reference<css::text::XTextDocument>& document) {
    std::vector<Reference<css::text::XTextContent>> found;
    Reference<css::text::XTextFieldsSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> field(fields->nextElement(), UNO_QUERY);
        if (field.is() && field->supportsService("com.sun.star.text.textfield.Annotation"))
            found.emplace_back(field, UNO_QUERY_THROW);
    }
    return found;
}

void tintPassages(const Reference<css::text::XTextDocument>& document, const Project& project) {
    WriterTranscript transcript(document);
    for (const TagRecord& record : transcript.records()) {
        const std::optional<int> tint = passageTint(record, project);
        if (!tint)
            continue;
        try {
            const std::unique_ptr<TextSpan> span = transcript.anchorSpan(record.anchor);
            Reference<css::beans::XPropertySet>(static_cast<const WriterSpan&>(*span).range, UNO_QUERY_THROW)
                ->setPropertyValue("CharBackColor", Any(static_cast<sal_Int32>(*tint)));
        } catch (const Error&) {
            // A record whose bookmark is gone (deleted with its text): nothing to tint, its comment is gone too.
        }
    }
}

}  // namespace

int makeReadable(const Reference<css::text::XTextDocument>& copy, const Project& project, NotePlacement placement,
                 const Catalogue& texts, const std::function<void(int, int)>& progress) {
    const ViewLock locked(Reference<css::frame::XModel>(copy, UNO_QUERY_THROW));
    tintPassages(copy, project);
    if (placement == NotePlacement::End)
        // Writer numbers endnotes i, ii, iii… unless told otherwise; a reader finds 12 faster than xii.
        Reference<css::beans::XPropertySet>(Reference<css::text::XEndnotesSupplier>(copy, UNO_QUERY_THROW)
                                                ->getEndnoteSettings(),
                                            UNO_QUERY_THROW)
            ->setPropertyValue("NumberingType", Any(css::style::NumberingType::ARABIC));
    Reference<css::lang::XMultiServiceFactory> factory(copy, UNO_QUERY_THROW);
    const char* noteService = placement == NotePlacement::End ? "com.sun.star.text.Endnote" : "com.sun.star.text.Footnote";
    const std::vector<Reference<css::text::XTextContent>> all = comments(copy);
    int done = 0;
    for (const Reference<css::text::XTextContent>& comment : all) {
        if (progress)
            progress(done, static_cast<int>(all.size()));
        Reference<css::beans::XPropertySet> properties(comment, UNO_QUERY_THROW);
        CommentSeen seen;
        rtl::OUString text;
        properties->getPropertyValue("Content") >>= text;
        seen.text = toUtf8(text);
        rtl::OUString author;
        properties->getPropertyValue("Author") >>= author;
        seen.author = toUtf8(author);
        css::util::DateTime when;
        if (properties->getPropertyValue("DateTimeValue") >>= when)
            seen.isoDate = isoDate(when);

        const Reference<css::text::XTextRange> covered = comment->getAnchor();
        const Reference<css::text::XText> around = covered->getText();
        Reference<css::text::XTextContent> note(factory->createInstance(toOUString(noteService)), UNO_QUERY_THROW);
        try {
            around->insertTextContent(covered->getEnd(), note, false);
        } catch (const css::uno::Exception&) {
            // A comment in a header, a frame or a note itself, where Writer puts no note: it stays a comment.
            continue;
        }
        Reference<css::text::XText>(note, UNO_QUERY_THROW)->setString(toOUString(readableNote(seen, texts)));
        around->removeTextContent(comment);
        ++done;
    }
    return done;
}

}  // namespace ets::uno
