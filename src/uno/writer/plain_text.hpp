#pragma once
// A Writer document as plain text, the way REFI-QDA exchanges it: its body paragraphs joined by LF,
// where each ETS passage lies in that text (UTF-16 units, as LibreOffice counts), and the reverse:
// the document ranges of given code-point positions of a document built from such a text.

#include "core/coding/transcript_document.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <string>
#include <utility>
#include <vector>

namespace ets::uno {

// One walk over the body's paragraphs and their portions (tables are left out: transcripts are
// paragraphs), so that a long transcript with hundreds of passages is read once.
PlainText readPlainText(const css::uno::Reference<css::text::XTextDocument>& document);

// Fills an empty document with `text`: one paragraph per LF-separated line.
void writePlainText(const css::uno::Reference<css::text::XTextDocument>& document, const std::string& text);

// The ranges of `spans` (code points of the text written by writePlainText, end exclusive), all
// taken before any of them is tagged: a comment adds a mark to the text that would shift positions.
// Writer's cursor moves one code point per step (a character outside the BMP is one step).
std::vector<css::uno::Reference<css::text::XTextRange>>
rangesOf(const css::uno::Reference<css::text::XTextDocument>& document, const std::string& text,
         const std::vector<std::pair<std::size_t, std::size_t>>& spans);

// The ranges of `spans` (code points of readPlainText's text, end exclusive) in a document as it is: positions are
// counted through its paragraphs and text portions, so that comment marks and bookmarks already in it (which give no
// text) do not shift them. All taken before any is tagged. Throws std::out_of_range for a position past the text.
std::vector<css::uno::Reference<css::text::XTextRange>>
rangesInText(const css::uno::Reference<css::text::XTextDocument>& document,
             const std::vector<std::pair<std::size_t, std::size_t>>& spans);

}  // namespace ets::uno
