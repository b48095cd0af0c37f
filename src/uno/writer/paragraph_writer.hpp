#pragma once
// The one way the extension writes paragraphs into Writer: each paragraph the core composed
// (core/layout/paragraphs.hpp) in the style of its role, with its stretch in a character style; briefs, the
// deliverable, the interview guide and the transcript template all go through it.

#include "core/layout/paragraphs.hpp"
#include "core/odf/odt_text.hpp"
#include "writer/brief_styles.hpp"

#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <rtl/ustring.hxx>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ets::uno {

// Where a paragraph starts: a text cursor, which Writer keeps at that place while text around it changes.
// (A paragraph object from a cursor's enumeration is not such an anchor: it follows the cursor it came from.)
using ParagraphMark = css::uno::Reference<css::text::XTextCursor>;

class ParagraphWriter {
public:
    // `briefStyles`: the names of the extension's styles in the document (ensureBriefStyles), for the briefs' roles.
    // `listPerParagraph`: every paragraph says whether it is in a list, as a new paragraph would otherwise stay in the
    // list of the one before it (the guide's bullets are a list set on the paragraph, not in its style).
    // `typography`: the language whose typography every paragraph is set in (core/text/typography.hpp); empty: as
    // composed (a transcript's template).
    explicit ParagraphWriter(std::optional<BriefStyles> briefStyles = std::nullopt, bool listPerParagraph = false,
                             std::string typography = {});

    // Passage links (core PassageLink) become hyperlinks to the transcripts of the project in `projectFolder`; without
    // it they stay plain text.
    void linkPassagesIn(std::filesystem::path projectFolder) { projectFolder_ = std::move(projectFolder); }

    // The paragraph style of a role: the extension's own (by its name in the document) or LibreOffice's.
    rtl::OUString styleName(ParagraphRole role) const;
    rtl::OUString characterStyleName(CharacterRole role) const;
    // The same names, for a text the core writes as a package (core/odf/odt_text.hpp).
    OdtStyleNames styleNames() const;
    // The language whose typography paragraphs are set in (empty: as composed).
    const std::string& typography() const { return typography_; }

    // One paragraph, started by a paragraph break unless `first` (the cursor is then in an empty paragraph); leaves
    // the cursor at its end and returns where it starts.
    ParagraphMark write(const css::uno::Reference<css::text::XTextCursor>& cursor, const Paragraph& paragraph,
                        bool first = false) const;
    // The paragraphs one after the other (the first one without a break when `first`); returns where each starts.
    std::vector<ParagraphMark> write(const css::uno::Reference<css::text::XTextCursor>& cursor,
                                     const std::vector<Paragraph>& paragraphs, bool first = false) const;

    // The table at the cursor, a paragraph in each cell; its heading row repeated on every page, no row cut in two.
    void writeTable(const css::uno::Reference<css::text::XTextDocument>& document,
                    const css::uno::Reference<css::text::XTextCursor>& cursor, const ParagraphTable& table) const;

private:
    std::optional<BriefStyles> briefStyles_;
    bool listPerParagraph_ = false;
    std::string typography_;
    std::filesystem::path projectFolder_;
};

// A text cursor in an empty body paragraph at `position`: the paragraph there when it is empty, else a new one (a
// paragraph with text is split at the position, its text kept on both sides).
css::uno::Reference<css::text::XTextCursor>
emptyParagraphAt(const css::uno::Reference<css::text::XTextRange>& position);

}  // namespace ets::uno
