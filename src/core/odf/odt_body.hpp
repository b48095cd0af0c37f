#pragma once
// The body text of a saved Writer document (.odt) and where its bookmarks lie, read from its content.xml without
// LibreOffice: the index, the tally and the exports read a closed transcript's passages in milliseconds instead of
// loading it in Writer. The text is the one Writer's API gives once the file is loaded: each paragraph as getString
// gives it (its white space as LibreOffice's import collapses it, tabs, line breaks and runs of spaces written out;
// comments, notes, frames and tables left out) and each bookmark's ends as offsets in those paragraphs.

#include "core/odf/odt_paragraphs.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace ets {

// Where a bookmark lies: its ends as (paragraph, byte offset in that paragraph's UTF-8 text). A point bookmark has
// both ends at the same place.
struct OdtBookmark {
    std::string name;
    std::size_t startParagraph = 0;
    std::size_t startByte = 0;
    std::size_t endParagraph = 0;
    std::size_t endByte = 0;
};

struct OdtBody {
    std::vector<std::string> paragraphs;  // the body's paragraphs and headings, in order (lists and sections opened)
    // For each paragraph, whether a table or an index comes right before it in the body: Writer's "previous
    // paragraph" is then inside that, not the paragraph listed before.
    std::vector<bool> afterTable;
    std::vector<OdtBookmark> bookmarks;   // those of the body's paragraphs, in the order their starts come
    // Names of the bookmarks found anywhere else in content.xml (a table, a frame, a note, a comment), of those whose
    // start or end is missing or comes twice: where Writer puts them is not read here. (Headers and footers are in
    // styles.xml, not read: tagging refuses text there.)
    std::vector<std::string> unplaced;
    bool trackedChanges = false;  // the document records changes: Writer shows deleted text this reader does not see
};

// Throws Error("odt.unreadable", {name}) for a DOCTYPE, malformed XML, more than the limits allow, or elements nested
// deeper than maxDepth.
OdtBody odtBodyFromXml(const std::string& xml, const std::string& name, const OdtLimits& limits = {});

}  // namespace ets
