#include "core/layout/paragraphs.hpp"

#include "core/text/typography.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace ets {

int outlineLevel(ParagraphRole role) {
    switch (role) {
    case ParagraphRole::BriefTitle:
    case ParagraphRole::Heading1:
        return 1;
    case ParagraphRole::BriefHeading:
    case ParagraphRole::Heading2:
        return 2;
    default:
        return 0;
    }
}

Paragraph typesetParagraph(const Paragraph& paragraph, std::string_view language) {
    if (paragraph.role == ParagraphRole::Interviewer || paragraph.role == ParagraphRole::Interviewee)
        return paragraph;
    Paragraph result = paragraph;
    // Each stretch's ends are cut points: the text is typeset piece by piece between them, and each cut point moves
    // to where its piece now ends.
    const std::string_view text = paragraph.text;
    std::vector<std::size_t> cuts;
    const auto addStretch = [&](std::size_t start, std::size_t length) {
        start = std::min(start, text.size());
        cuts.push_back(start);
        cuts.push_back(std::min(start + length, text.size()));
    };
    if (paragraph.span)
        addStretch(paragraph.span->start, paragraph.span->length);
    if (paragraph.link)
        addStretch(paragraph.link->start, paragraph.link->length);
    std::vector<std::size_t> points = cuts;
    points.push_back(text.size());
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    std::map<std::size_t, std::size_t> moved{{0, 0}};
    result.text.clear();
    std::size_t from = 0;
    for (std::size_t to : points) {
        result.text += typeset(text.substr(from, to - from), language);
        moved[to] = result.text.size();
        from = to;
    }
    if (result.span) {
        const std::size_t end = moved[cuts[1]];
        result.span->start = moved[cuts[0]];
        result.span->length = end - result.span->start;
    }
    if (result.link) {
        const std::size_t first = paragraph.span ? 2 : 0;
        result.link->start = moved[cuts[first]];
        result.link->length = moved[cuts[first + 1]] - result.link->start;
    }
    return result;
}

Paragraph withLeadingSpan(ParagraphRole role, std::string text, CharacterRole span, std::size_t length) {
    Paragraph paragraph{role, std::move(text), std::nullopt};
    if (length > 0)
        paragraph.span = CharacterSpan{span, 0, std::min(length, paragraph.text.size())};
    return paragraph;
}

}  // namespace ets
