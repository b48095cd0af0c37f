#include "core/analysis/deliverable_body.hpp"

#include "core/analysis/brief_document.hpp"

namespace ets {

namespace {

void writeSection(OdtText& text, const DeliverableSection& section) {
    for (const SectionPart& part : section) {
        text.paragraphs(part.paragraphs);
        if (part.table.rows.size() > 1)  // a heading row alone says nothing
            text.table(part.table);
    }
}

}  // namespace

BriefMarks writeBrief(OdtText& text, const Brief& whole, const Catalogue& texts, const std::string& prefix,
                      std::optional<std::size_t> quotesKept) {
    // Not the quotes that could never fit: Writer is left one or two to take out, not ten.
    Brief brief = withQuotesForPages(whole, texts);
    if (quotesKept && *quotesKept < brief.quotes.size()) {
        // As the office shortened it: the weakest quotes out, counted in the note.
        brief.quotesLeftOut += static_cast<int>(brief.quotes.size() - *quotesKept);
        brief.quotes.resize(*quotesKept);
    }
    const BriefParagraphs composed = briefParagraphs(brief, texts);
    BriefMarks marks;
    marks.theme = brief.title;
    marks.quotesLeftOut = brief.quotesLeftOut;
    marks.title = prefix + "title";
    marks.leftOutNote = prefix + "note";
    marks.last = prefix + "last";
    std::vector<std::string> bookmarks(composed.paragraphs.size());
    for (std::size_t quote = 0; quote < composed.quotes.size(); ++quote) {
        marks.quotes.push_back(prefix + "quote-" + std::to_string(quote + 1));
        bookmarks[composed.quotes[quote].first] = marks.quotes.back();
    }
    bookmarks[composed.leftOutNote] = marks.leftOutNote;
    // The title and the last paragraph are never a quote's first nor the note (a brief has carriers and figures).
    bookmarks.front() = marks.title;
    bookmarks.back() = marks.last;
    for (std::size_t i = 0; i < composed.paragraphs.size(); ++i)
        text.paragraph(composed.paragraphs[i], quotesKept ? std::string() : bookmarks[i]);
    return marks;
}

std::vector<BriefMarks> writeDeliverable(OdtText& text, const DeliverableContent& content, const Catalogue& texts,
                                         const DeliverableFitting* fitted) {
    text.markHeadings(fitted ? kHeadingLinkMark : kMeasuredHeadingMark);
    if (fitted)
        text.headingPages(fitted->headingPages);
    text.startPage(kCoverPageStyle);  // no header nor footer on the cover
    text.paragraphs(content.cover.paragraphs);
    text.contents(content.cover.contentsTitle);
    writeSection(text, content.introduction);
    text.paragraph(content.themes.heading);
    text.table(content.themes.table);
    std::vector<BriefMarks> marks;
    for (std::size_t i = 0; i < content.briefs.size(); ++i) {
        std::optional<std::size_t> kept;
        if (fitted)
            kept = i < fitted->quotesKept.size() ? fitted->quotesKept[i] : content.briefs[i].quotes.size();
        marks.push_back(writeBrief(text, content.briefs[i], texts, "ets-brief-" + std::to_string(i + 1) + "-", kept));
    }
    writeSection(text, content.programme);
    writeSection(text, content.annexes);
    return marks;
}

}  // namespace ets
