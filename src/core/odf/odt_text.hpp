#pragma once
// Paragraphs and tables the core composed (core/layout/paragraphs.hpp), written as an OpenDocument text (.odt) for
// Writer to take into a document in one go (insertDocumentFromURL). Writing a long document paragraph by paragraph
// through UNO costs the office more than reading it whole: the deliverable's ninety pages take a third of the time.
//
// Paragraphs name their styles as the document they go into has them (display names): that document's styles are
// kept, the package only says which one each paragraph takes. A paragraph can carry a bookmark at its start, for the
// office to find it again once inserted (the two-page fitting of briefs).

#include "core/layout/paragraphs.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The names of the styles in the document the text goes into.
struct OdtStyleNames {
    std::function<std::string(ParagraphRole)> paragraph;
    std::function<std::string(CharacterRole)> character;
    std::string list = "List 1";  // the list style of bulleted roles (BriefItem, ListItem)
};

class OdtText {
public:
    // `typography`: the language every paragraph is set in (core/text/typography.hpp); empty: as composed.
    // `textWidth`: the width of the page's text, in hundredths of a millimetre (tables take it whole).
    OdtText(OdtStyleNames names, std::string typography, int textWidth);

    // A paragraph, with a bookmark named `bookmark` at its start when not empty. Bulleted roles that follow each other
    // make one list. A passage link stays plain text (the package has no project folder to lead to).
    void paragraph(const Paragraph& paragraph, std::string_view bookmark = {});
    void paragraphs(const std::vector<Paragraph>& paragraphs);
    // A table of one paragraph a cell: its first row a heading repeated on every page, no row cut in two. Nothing for
    // a table without rows.
    void table(const ParagraphTable& table);

    // The package's parts, and the package itself.
    std::string contentXml() const;
    std::string stylesXml() const;
    std::string package() const;

private:
    std::string styleReference(int family, const std::string& displayName);
    void closeList();

    OdtStyleNames names_;
    std::string typography_;
    int textWidth_;
    std::string body_;
    std::string automaticStyles_;
    std::map<std::pair<int, std::string>, std::string> styles_;  // (family, display name) → its name in the package
    bool inList_ = false;
    int tables_ = 0;
};

// Appends `text` as the character data of an ODF paragraph: XML escaped, runs of spaces, tabs and line feeds as
// ODF's own elements (a paragraph collapses them otherwise), characters XML forbids and broken UTF-8 dropped.
// `afterSpace` says whether what came before in the paragraph ends with a space (or nothing came): it is updated.
void appendOdfText(std::string& out, std::string_view text, bool& afterSpace);

}  // namespace ets
