#include "core/layout/paragraphs.hpp"

#include "core/text/typography.hpp"

#include <algorithm>
#include <utility>

namespace ets {

Paragraph typesetParagraph(const Paragraph& paragraph, std::string_view language) {
    if (paragraph.role == ParagraphRole::Interviewer || paragraph.role == ParagraphRole::Interviewee)
        return paragraph;
    Paragraph result = paragraph;
    if (!paragraph.span) {
        result.text = typeset(paragraph.text, language);
        return result;
    }
    const std::string_view text = paragraph.text;
    const std::size_t start = std::min(paragraph.span->start, text.size());
    const std::size_t end = std::min(start + paragraph.span->length, text.size());
    const std::string before = typeset(text.substr(0, start), language);
    const std::string inside = typeset(text.substr(start, end - start), language);
    result.text = before + inside + typeset(text.substr(end), language);
    result.span->start = before.size();
    result.span->length = inside.size();
    return result;
}

Paragraph withLeadingSpan(ParagraphRole role, std::string text, CharacterRole span, std::size_t length) {
    Paragraph paragraph{role, std::move(text), std::nullopt};
    if (length > 0)
        paragraph.span = CharacterSpan{span, 0, std::min(length, paragraph.text.size())};
    return paragraph;
}

}  // namespace ets
