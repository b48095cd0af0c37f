#include "core/layout/paragraphs.hpp"

#include <algorithm>
#include <utility>

namespace ets {

Paragraph withLeadingSpan(ParagraphRole role, std::string text, CharacterRole span, std::size_t length) {
    Paragraph paragraph{role, std::move(text), std::nullopt};
    if (length > 0)
        paragraph.span = CharacterSpan{span, 0, std::min(length, paragraph.text.size())};
    return paragraph;
}

std::vector<Paragraph> linesAsParagraphs(ParagraphRole role, std::string_view text) {
    std::vector<Paragraph> paragraphs;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos)
            paragraphs.push_back({role, std::string(line), std::nullopt});
        start = end + 1;
    }
    return paragraphs;
}

}  // namespace ets
