#pragma once
// The form a text is searched in (vnd.ets:SearchAndTag): French is typed without its accents and capitals as often as
// with them, and with the straight apostrophe where the transcript has the typographic one. Folding works one code
// point at a time and remembers, for each folded code point, the code point of the original text it came from, so that
// a hit found in the folded text is tagged on the original one.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

struct FoldedText {
    std::u32string text;
    // origin[i]: the index (in code points) in the original text of the code point text[i] comes from.
    std::vector<std::size_t> origin;
};

// `text` (UTF-8) folded. Always: the apostrophes ’ ‘ ʼ as ', the no-break and thin spaces and the tab as a space.
// Unless `matchCase`: lower case (Unicode simple case folding), accents and other combining marks dropped (é, É, è →
// e; ç → c), œ → oe and æ → ae. A byte that is not UTF-8 counts as one code point (U+FFFD).
FoldedText foldForSearch(std::string_view text, bool matchCase);

// The code points of `text` (UTF-8), the same count foldForSearch's origin indexes (and TranscriptDocument's
// spansInText takes).
std::u32string codePoints(std::string_view text);

// The UTF-8 of code points.
std::string utf8Of(std::u32string_view text);

}  // namespace ets
