#pragma once
// A Writer document the core composed (core/layout/paragraphs.hpp), written as an OpenDocument text (.odt): its
// paragraphs, tables, cover page and table of contents, in the styles of a styles.xml the office made (its own styles,
// A4 pages, running header and footer). Writer reads it in one go, which costs a fraction of writing the same
// paragraphs one UNO call at a time, and the core writes the file the person keeps: the office only measures its
// layout (the deliverable's two-page briefs and page numbers).
//
// Paragraphs name their styles by display names, looked up in that styles.xml (core/odf/odt_styles.hpp). A paragraph
// can carry a bookmark at its start, for the office to find it again once loaded.

#include "core/layout/paragraphs.hpp"
#include "core/odf/odt_styles.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The display names of the styles the text takes (all of them in the styles.xml given to OdtText).
struct OdtStyleNames {
    std::function<std::string(ParagraphRole)> paragraph;
    std::function<std::string(CharacterRole)> character;
    std::string list = "List 1";  // the list style of bulleted roles (BriefItem, ListItem)
    // The table of contents: its title, each entry, the link of each entry (a character style).
    std::string contentsHeading = "Contents Heading";
    std::string contentsEntry = "Contents 1";
    std::string contentsLink = "Index Link";
};

// What meta.xml says of the text (as Writer counts: words between spaces, characters as code points). Writer reads
// them instead of counting ninety pages again when it opens the file (a third of opening the deliverable).
struct OdtStatistics {
    int pages = 0;
    int paragraphs = 0;  // headings and table cells' paragraphs included
    int tables = 0;
    int words = 0;
    int characters = 0;
    int nonWhitespaceCharacters = 0;
};

class OdtText {
public:
    // `stylesXml`: the styles.xml of the package, as the office wrote it for the document's styles (read now: throws
    // Error("odt.unreadable") when it cannot be). `typography`: the language every paragraph is set in
    // (core/text/typography.hpp); empty: as composed. `textWidth`: the width of the page's text, in hundredths of a
    // millimetre (tables and the table of contents' page numbers take it whole).
    OdtText(OdtStyleNames names, std::string typography, int textWidth, std::string stylesXml);

    // A paragraph, with a bookmark named `bookmark` at its start when not empty. Bulleted roles that follow each other
    // make one list. A passage link stays plain text (the package has no project folder to lead to).
    // Throws Error("document.prepare_failed", {style}) when the styles.xml lacks its style.
    void paragraph(const Paragraph& paragraph, std::string_view bookmark = {});
    void paragraphs(const std::vector<Paragraph>& paragraphs);
    // A table of one paragraph a cell: its first row a heading repeated on every page, no row cut in two. Nothing for
    // a table without rows.
    void table(const ParagraphTable& table);

    // The next paragraph starts a page of the page style `masterPage` (a display name: « First Page »).
    void startPage(const std::string& masterPage);
    // Each heading of outline level 1 written from now on carries a bookmark `prefix` + its number (from 1), which
    // the table of contents links to.
    void markHeadings(std::string prefix);
    // The table of contents here: every heading of outline level 1 of the text (written before or after this call),
    // each a link to its bookmark, with its page once headingPages says it (Writer's « Update » rebuilds it alike).
    void contents(const std::string& title);
    // The page of each heading of outline level 1, in the text's order, as the office's layout found them.
    void headingPages(std::vector<int> pages);
    // The bookmark of each heading of outline level 1, in the text's order (markHeadings).
    const std::vector<std::string>& headingMarks() const { return headingMarks_; }

    // The text's figures so far, with the number of pages the office laid it out on.
    OdtStatistics statistics(int pages) const;

    // The package's content.xml, and the package itself with the given meta.xml (odtMetaXml).
    std::string contentXml() const;
    std::string package(const std::string& metaXml) const;

private:
    std::string styleName(OdfStyleFamily family, const std::string& displayName) const;
    std::string contentsXml() const;
    void closeList();
    void count(std::string_view text);

    OdtStyleNames names_;
    std::string typography_;
    int textWidth_;
    std::string stylesXml_;
    OdfStyles styles_;
    std::string body_;
    std::string automaticStyles_;
    bool inList_ = false;
    int tables_ = 0;
    std::string pendingMasterPage_;
    int pageStarts_ = 0;
    std::string headingPrefix_;
    std::vector<std::string> headingTexts_;
    std::vector<std::string> headingMarks_;
    std::vector<int> headingPages_;
    OdtStatistics counted_;
    std::size_t contentsAt_ = std::string::npos;  // where in body_ the table of contents goes
    std::string contentsTitle_;
};

// A package's meta.xml: who made it (`generator`), when (`created`, ISO 8601), and its figures.
std::string odtMetaXml(const std::string& generator, const std::string& created, const OdtStatistics& statistics = {});

// Appends `text` as the character data of an ODF paragraph: XML escaped, runs of spaces, tabs and line feeds as
// ODF's own elements (a paragraph collapses them otherwise), characters XML forbids and broken UTF-8 dropped.
// `afterSpace` says whether what came before in the paragraph ends with a space (or nothing came): it is updated.
void appendOdfText(std::string& out, std::string_view text, bool& afterSpace);

}  // namespace ets
