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

}  // namespace ets
