#pragma once
// Lays out a brief (core/brief.hpp) in a Writer document with the extension's styles, and keeps it within
// two pages as LibreOffice's own layout counts them, dropping the weakest quotes when it is longer.

#include "core/analysis/brief.hpp"
#include "writer/brief_styles.hpp"

#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace ets::uno {

inline constexpr int kBriefMaxPages = 2;

// Where a paragraph starts: a text cursor, which Writer keeps at that place while text around it changes.
// (A paragraph object from a cursor's enumeration is not such an anchor: it follows the cursor it came from.)
using ParagraphMark = css::uno::Reference<css::text::XTextCursor>;

// The paragraphs of a brief once written, to measure it and to take quotes out of it.
struct WrittenBrief {
    ParagraphMark title;
    ParagraphMark last;  // its last paragraph
    std::vector<std::vector<ParagraphMark>> quotes;  // each quote's paragraphs, strongest first
    ParagraphMark leftOutNote;  // says how many passages are not quoted
    int quotesLeftOut = 0;
    std::string theme;
};

// "2026-11-12" → "12 novembre 2026" in the UI language; other text unchanged.
rtl::OUString longDate(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& isoDate);

class BriefWriter {
public:
    // Creates the extension's styles in the document when it lacks them.
    BriefWriter(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::text::XTextDocument>& document);

    const BriefStyles& styles() const { return styles_; }

    // A text cursor in an empty body paragraph at `position`: the paragraph there when it is empty, else a new
    // one (a paragraph with text is split at the position, its text kept on both sides).
    css::uno::Reference<css::text::XTextCursor> emptyParagraphAt(const css::uno::Reference<css::text::XTextRange>& position) const;

    // Writes the brief from the empty paragraph where `cursor` is; leaves the cursor at the end of its last paragraph.
    WrittenBrief write(const css::uno::Reference<css::text::XTextCursor>& cursor, const Brief& brief) const;

    // Lays out the whole document now (« Repaginate »): a command gets no idle time in which Writer would do it.
    void layOut() const;
    // Pages from the brief's first line to its last, by the document's layout as last laid out.
    int pages(const WrittenBrief& written) const;

    // Lays out the document, then drops the weakest quotes (the last ones) until the brief holds in maxPages, updating its note on what
    // was left out. Returns its pages (more than maxPages only when no quote is left to drop).
    int fit(WrittenBrief& written, int maxPages = kBriefMaxPages) const;

    // One paragraph of `style` with `text`, started by a paragraph break unless `first`; returns where it starts.
    ParagraphMark paragraph(const css::uno::Reference<css::text::XTextCursor>& cursor,
                                                         const rtl::OUString& style, const rtl::OUString& text,
                                                         bool first = false) const;

private:
    rtl::OUString leftOutText(int leftOut) const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::text::XTextDocument> document_;
    BriefStyles styles_;
};

} // namespace ets::uno
