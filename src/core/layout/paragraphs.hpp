#pragma once
// A paragraph ready to be written into a Writer document: the role of its paragraph style, its text and, at most, one
// stretch of it in a character style. Briefs, the deliverable, the interview guide and the transcript template are
// composed as these in the core; src/uno/writer gives each role its style and writes them.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ets {

// The paragraph style of a paragraph.
enum class ParagraphRole {
    // The extension's own styles, named in the UI language (briefs and the deliverable).
    BriefTitle,    // a brief's title: outline level 1, starts a page
    BriefHeading,  // its four parts
    BriefBody,
    BriefQuote,
    BriefSource,   // who said it, under a quote
    BriefPrompt,   // the question a quote answers, above it
    BriefItem,     // carriers and questions, bulleted
    BriefFigures,  // the numbers under the title
    BriefNote,     // what was left out
    Cover,         // the deliverable's cover
    TableText,     // the deliverable's table of themes
    TableHeading,
    // LibreOffice's own styles (the interview guide and the transcript template).
    Title,
    Subtitle,
    Heading1,
    Heading2,
    TextBody,
    ListItem,  // "List 1", bulleted by the list style "List 1"
    // A transcript's speaker turns.
    Interviewer,  // "ETS Intervieweur"
    Interviewee,  // "ETS Interviewé"
    // LibreOffice's own table styles (the invoice).
    TableContents,         // "Table Contents"
    TableContentsHeading,  // "Table Heading"
};

// The outline level a role's style gives its paragraphs (1 for a brief's title, which a table of contents lists; 2 for
// its parts' headings), 0 for body text.
int outlineLevel(ParagraphRole role);

// The character style of a stretch of a paragraph.
enum class CharacterRole {
    Organisation,  // an organisation's name at the start of a carrier line (the extension's own style)
    Speaker,       // a speaker's label at the start of a turn ("ETS Locuteur")
};

// A stretch of a paragraph's text, in UTF-8 bytes from the paragraph's start.
struct CharacterSpan {
    CharacterRole role = CharacterRole::Organisation;
    std::size_t start = 0;
    std::size_t length = 0;
};

// A stretch of a paragraph that links to a passage: a click opens `file` (relative to the project's folder) at its
// bookmark `anchor`. The target is kept apart from the text, so that typesetting the text never changes where it leads.
struct PassageLink {
    std::size_t start = 0;  // UTF-8 bytes from the paragraph's start
    std::size_t length = 0;
    std::string file;
    std::string anchor;
};

struct Paragraph {
    Paragraph() = default;
    Paragraph(ParagraphRole role, std::string text, std::optional<CharacterSpan> span = std::nullopt)
        : role(role), text(std::move(text)), span(span) {}

    ParagraphRole role = ParagraphRole::TextBody;
    std::string text;  // UTF-8, one paragraph: no line break
    std::optional<CharacterSpan> span;
    std::optional<PassageLink> link;
    bool pageBreakBefore = false;  // starts a page of its own (the guide's consent form, to print apart)
};

// Paragraphs that go together (a quote and its source): `count` paragraphs from index `first` of their list.
struct ParagraphGroup {
    std::size_t first = 0;
    std::size_t count = 0;
};

// A table whose cells are one paragraph each: its rows (the first one its heading) and where its columns end.
struct ParagraphTable {
    std::vector<std::vector<Paragraph>> rows;
    std::vector<int> columnEnds;  // relative positions (of 10000) of the borders between columns
};

// The paragraph in the typography of `language` (core/text/typography.hpp), its character stretch and its link kept on
// the same words. A transcript's speaker turns are people's own words, as they were transcribed: they come back unchanged.
Paragraph typesetParagraph(const Paragraph& paragraph, std::string_view language);

// A paragraph whose first `length` bytes are in the character style `span` (a name or a label that leads it).
Paragraph withLeadingSpan(ParagraphRole role, std::string text, CharacterRole span, std::size_t length);

}  // namespace ets
