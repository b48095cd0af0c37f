#pragma once
// Writes a brief (core/analysis/brief_document.hpp says it as paragraphs) in a Writer document with the extension's
// styles, and keeps it within two pages as LibreOffice's own layout counts them, dropping the weakest quotes when it
// is longer.

#include "core/analysis/brief.hpp"
#include "core/analysis/deliverable_body.hpp"
#include "writer/brief_styles.hpp"
#include "writer/paragraph_writer.hpp"

#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace ets::uno {

inline constexpr int kBriefMaxPages = 2;

// The paragraphs of a brief once written, to measure it and to take quotes out of it.
struct WrittenBrief {
    ParagraphMark title;
    ParagraphMark last;                              // its last paragraph
    std::vector<ParagraphMark> quotes;               // where each quote starts, strongest first
    ParagraphMark leftOutNote;                       // says how many passages are not quoted
    int quotesLeftOut = 0;
    std::string theme;
};

// Where a brief starts at the view's cursor: its end, which must be in the body text (not in a table, a frame, a
// header or a note), else Error brief.not_in_body.
css::uno::Reference<css::text::XTextRange>
viewCursorInBody(const css::uno::Reference<css::text::XTextDocument>& document);

// The page shown at a position, as the layout has it now (see BriefWriter::layOut).
int pageAt(const css::uno::Reference<css::text::XTextDocument>& document,
           const css::uno::Reference<css::text::XTextRange>& position);

// Where the bookmark `name` starts, the bookmark itself removed (the mark, a text cursor, stays where it was).
ParagraphMark takeBookmark(const css::uno::Reference<css::text::XTextDocument>& document, const std::string& name);

// The brief a package wrote (core/analysis/deliverable_body.hpp) once inserted: found by its bookmarks, which are then
// removed (the marks, text cursors, stay where they were).
WrittenBrief foundBrief(const css::uno::Reference<css::text::XTextDocument>& document, const BriefMarks& marks);

class BriefWriter {
public:
    // Creates the extension's styles in the document when it lacks them.
    BriefWriter(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::text::XTextDocument>& document);

    // Writes in the extension's styles (the deliverable's cover and table too).
    const ParagraphWriter& paragraphs() const { return paragraphs_; }

    // Writes the brief from the empty paragraph where `cursor` is; leaves the cursor at the end of its last paragraph.
    WrittenBrief write(const css::uno::Reference<css::text::XTextCursor>& cursor, const Brief& brief) const;

    // Lays out the whole document now (« Repaginate »): a command gets no idle time in which Writer would do it.
    void layOut() const;
    // Pages from the brief's first line to its last, by the document's layout as last laid out.
    int pages(const WrittenBrief& written) const;

    // Lays out the document, then drops the weakest quotes (the last ones) until the brief holds in maxPages, updating
    // its note on what was left out. Returns its pages (more than maxPages only when no quote is left to drop).
    int fit(WrittenBrief& written, int maxPages = kBriefMaxPages) const;
    // The same for every brief of a document at once, `briefs` in the document's order: each round shortens all those
    // still too long, from the last to the first (a brief shortened never moves the pages of those before it), and
    // lays the document out once. The deliverable's forty briefs cost a few layouts, not two each.
    void fitAll(std::vector<WrittenBrief>& briefs, int maxPages = kBriefMaxPages) const;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::text::XTextDocument> document_;
    ParagraphWriter paragraphs_;
};

}  // namespace ets::uno
