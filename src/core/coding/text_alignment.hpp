#pragma once
// Where the characters of one version of a text are found in another version of it (a copy someone edited a little):
// a diff of the two texts, so that a passage tagged in one is found again on the same words in the other whatever
// was typed or deleted before it, not by its offsets.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// `length` code points from `from` in the first text are the same as from `to` in the second.
struct MatchingBlock {
    std::size_t from = 0;
    std::size_t to = 0;
    std::size_t length = 0;
};

// The alignment of two UTF-8 texts, in code points. The common start and end are matched first (an unchanged text
// costs one comparison); the rest is compared word by word (words found once in both anchor the rest, as in a
// patience diff; a small stretch without such a word is compared word by word in full), then letter by letter inside
// what differs, so that a word retyped with one letter changed keeps its other letters. A text moved elsewhere is not
// followed: its characters are not found.
class TextAlignment {
public:
    TextAlignment(std::string_view from, std::string_view to);

    // In increasing order of both `from` and `to`, never adjacent (adjacent blocks are joined).
    const std::vector<MatchingBlock>& blocks() const { return blocks_; }
    // How many characters of the first text are found in the second.
    std::size_t matched() const;

    // Where the code points [start, end) of the first text are in the second: from its first character found there to
    // its last one, and how many of its characters were found (an insertion inside it does not count, a deletion
    // does). Nothing when none of them is found.
    struct Found {
        std::size_t start = 0;
        std::size_t end = 0;
        std::size_t matched = 0;
    };
    std::optional<Found> find(std::size_t start, std::size_t end) const;

private:
    std::vector<MatchingBlock> blocks_;
};

// The code points of UTF-8 text (core/text/utf8.hpp; a byte that starts no valid character counts as one).
std::u32string codePointsOf(std::string_view utf8);

}  // namespace ets
