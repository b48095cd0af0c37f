#include "core/coding/text_alignment.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

namespace ets {

std::u32string codePointsOf(std::string_view utf8) {
    std::u32string points;
    points.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();)
        points.push_back(nextCodePoint(utf8, i).value);  // a broken byte counts as one character, as it is
    return points;
}

namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;  // matched tokens (first text, second text)

// A letter or a digit: what words are made of (spaces, punctuation, apostrophes and the like are not).
bool isWordCharacter(char32_t c) {
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return c >= 0xC0 && !(c >= 0x2000 && c <= 0x206F) && c != 0x00D7 && c != 0x00F7 && !(c >= 0x3000 && c <= 0x303F);
}

// A word, a run of spaces, or one other character.
struct Token {
    std::size_t start = 0;
    std::size_t length = 0;
    bool word = false;
};

std::vector<Token> tokensOf(const std::u32string& text, std::size_t from, std::size_t to) {
    std::vector<Token> tokens;
    for (std::size_t i = from; i < to;) {
        std::size_t j = i + 1;
        const bool word = isWordCharacter(text[i]);
        const auto space = [](char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F; };
        if (word)
            while (j < to && isWordCharacter(text[j]))
                ++j;
        else if (space(text[i]))
            while (j < to && space(text[j]))
                ++j;
        tokens.push_back(Token{i, j - i, word});
        i = j;
    }
    return tokens;
}

class TokenDiff {
public:
    TokenDiff(const std::u32string& a, const std::vector<Token>& ta, const std::u32string& b,
              const std::vector<Token>& tb)
        : a_(a), ta_(ta), b_(b), tb_(tb) {}

    Pairs run() {
        diff(0, ta_.size(), 0, tb_.size());
        std::sort(pairs_.begin(), pairs_.end());
        return std::move(pairs_);
    }

private:
    // A stretch compared in full (longest common subsequence of its words) when it is at most this many pairs.
    static constexpr std::size_t kFullCompare = 4'000'000;

    std::u32string_view textA(std::size_t i) const { return std::u32string_view(a_).substr(ta_[i].start, ta_[i].length); }
    std::u32string_view textB(std::size_t j) const { return std::u32string_view(b_).substr(tb_[j].start, tb_[j].length); }
    bool same(std::size_t i, std::size_t j) const { return textA(i) == textB(j); }

    void diff(std::size_t aLo, std::size_t aHi, std::size_t bLo, std::size_t bHi) {
        while (aLo < aHi && bLo < bHi && same(aLo, bLo))
            pairs_.emplace_back(aLo++, bLo++);
        while (aLo < aHi && bLo < bHi && same(aHi - 1, bHi - 1))
            pairs_.emplace_back(--aHi, --bHi);
        if (aLo == aHi || bLo == bHi)
            return;
        // A word found once in each stretch anchors the rest; in a text of few different words (or a long stretch
        // between two edits) a run of several tokens found once does.
        for (const std::size_t run : {std::size_t{1}, std::size_t{3}, std::size_t{7}, std::size_t{15}}) {
            const Pairs anchors = uniqueAnchors(aLo, aHi, bLo, bHi, run);
            if (anchors.empty())
                continue;
            std::size_t i = aLo, j = bLo;
            for (const auto& [ai, bj] : anchors) {
                diff(i, ai, j, bj);
                for (std::size_t k = 0; k < run; ++k)
                    pairs_.emplace_back(ai + k, bj + k);
                i = ai + run;
                j = bj + run;
            }
            diff(i, aHi, j, bHi);
            return;
        }
        if ((aHi - aLo) * (bHi - bLo) <= kFullCompare)
            fullCompare(aLo, aHi, bLo, bHi);
        // Else: too long and without a run found once in both; nothing of it is matched.
    }

    // The text of `run` tokens from token i (first text) or j (second text).
    std::u32string_view runA(std::size_t i, std::size_t run) const {
        return std::u32string_view(a_).substr(ta_[i].start, ta_[i + run - 1].start + ta_[i + run - 1].length - ta_[i].start);
    }
    std::u32string_view runB(std::size_t j, std::size_t run) const {
        return std::u32string_view(b_).substr(tb_[j].start, tb_[j + run - 1].start + tb_[j + run - 1].length - tb_[j].start);
    }

    // The runs of `run` tokens starting with a word found once in each stretch, in the same order in both (the longest
    // such sequence, by patience sorting), none overlapping the one before.
    Pairs uniqueAnchors(std::size_t aLo, std::size_t aHi, std::size_t bLo, std::size_t bHi, std::size_t run) const {
        if (aHi - aLo < run || bHi - bLo < run)
            return {};
        struct Seen {
            std::size_t countA = 0, countB = 0, atA = 0, atB = 0;
        };
        std::unordered_map<std::u32string_view, Seen> seen;
        for (std::size_t i = aLo; i + run <= aHi; ++i)
            if (ta_[i].word) {
                Seen& s = seen[runA(i, run)];
                ++s.countA;
                s.atA = i;
            }
        for (std::size_t j = bLo; j + run <= bHi; ++j)
            if (tb_[j].word) {
                const auto found = seen.find(runB(j, run));
                if (found != seen.end()) {
                    ++found->second.countB;
                    found->second.atB = j;
                }
            }
        Pairs candidates;
        for (const auto& entry : seen)
            if (entry.second.countA == 1 && entry.second.countB == 1)
                candidates.emplace_back(entry.second.atA, entry.second.atB);
        if (candidates.empty())
            return {};
        std::sort(candidates.begin(), candidates.end());
        // Longest increasing run of second positions: piles of patience sorting, with a back link per candidate.
        std::vector<std::size_t> tops;  // index in candidates of the top of each pile
        std::vector<std::ptrdiff_t> previous(candidates.size(), -1);
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            const auto pile = std::lower_bound(tops.begin(), tops.end(), candidates[k].second,
                                               [&](std::size_t top, std::size_t value) {
                                                   return candidates[top].second < value;
                                               });
            if (pile != tops.begin())
                previous[k] = static_cast<std::ptrdiff_t>(*(pile - 1));
            if (pile == tops.end())
                tops.push_back(k);
            else
                *pile = k;
        }
        Pairs sequence;
        for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(tops.back()); k >= 0;
             k = previous[static_cast<std::size_t>(k)])
            sequence.push_back(candidates[static_cast<std::size_t>(k)]);
        std::reverse(sequence.begin(), sequence.end());
        Pairs anchors;
        for (const auto& pair : sequence)
            if (anchors.empty() ||
                (pair.first >= anchors.back().first + run && pair.second >= anchors.back().second + run))
                anchors.push_back(pair);
        return anchors;
    }

    // The longest common subsequence of the stretch's words (spaces and punctuation alone never anchor a match: they
    // are matched where they lie between matched words, see the letter-by-letter pass).
    void fullCompare(std::size_t aLo, std::size_t aHi, std::size_t bLo, std::size_t bHi) {
        const std::size_t n = aHi - aLo, m = bHi - bLo;
        std::vector<std::uint32_t> length((n + 1) * (m + 1), 0);
        const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return length[i * (m + 1) + j]; };
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                at(i, j) = ta_[aLo + i].word && same(aLo + i, bLo + j) ? at(i + 1, j + 1) + 1
                                                                        : std::max(at(i + 1, j), at(i, j + 1));
        std::size_t i = 0, j = 0;
        while (i < n && j < m) {
            if (ta_[aLo + i].word && same(aLo + i, bLo + j)) {
                pairs_.emplace_back(aLo + i++, bLo + j++);
            } else if (at(i + 1, j) >= at(i, j + 1))
                ++i;
            else
                ++j;
        }
    }

    const std::u32string& a_;
    const std::vector<Token>& ta_;
    const std::u32string& b_;
    const std::vector<Token>& tb_;
    Pairs pairs_;
};

void addBlock(std::vector<MatchingBlock>& blocks, std::size_t from, std::size_t to, std::size_t length) {
    if (length == 0)
        return;
    if (!blocks.empty()) {
        MatchingBlock& last = blocks.back();
        if (last.from + last.length == from && last.to + last.length == to) {
            last.length += length;
            return;
        }
    }
    blocks.push_back(MatchingBlock{from, to, length});
}

}  // namespace

TextAlignment::TextAlignment(std::string_view fromText, std::string_view toText) {
    const std::u32string a = codePointsOf(fromText);
    const std::u32string b = codePointsOf(toText);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    // Words matched in the middle, as blocks of characters.
    const std::vector<Token> ta = tokensOf(a, prefix, a.size() - suffix);
    const std::vector<Token> tb = tokensOf(b, prefix, b.size() - suffix);
    std::vector<MatchingBlock> words;
    addBlock(words, 0, 0, prefix);
    for (const auto& [i, j] : TokenDiff(a, ta, b, tb).run())
        addBlock(words, ta[i].start, tb[j].start, ta[i].length);
    addBlock(words, a.size() - suffix, b.size() - suffix, suffix);

    // Between two blocks of words, the letters the two gaps start and end with are the same text too.
    std::size_t fromA = 0, fromB = 0;
    const auto gap = [&](std::size_t toA, std::size_t toB) {
        std::size_t head = 0;
        while (fromA + head < toA && fromB + head < toB && a[fromA + head] == b[fromB + head])
            ++head;
        std::size_t tail = 0;
        while (tail < toA - fromA - head && tail < toB - fromB - head && a[toA - 1 - tail] == b[toB - 1 - tail])
            ++tail;
        addBlock(blocks_, fromA, fromB, head);
        addBlock(blocks_, toA - tail, toB - tail, tail);
    };
    for (const MatchingBlock& block : words) {
        gap(block.from, block.to);
        addBlock(blocks_, block.from, block.to, block.length);
        fromA = block.from + block.length;
        fromB = block.to + block.length;
    }
    gap(a.size(), b.size());
}

std::size_t TextAlignment::matched() const {
    std::size_t count = 0;
    for (const MatchingBlock& block : blocks_)
        count += block.length;
    return count;
}

std::optional<TextAlignment::Found> TextAlignment::find(std::size_t start, std::size_t end) const {
    // The first block that ends after `start`.
    auto block = std::upper_bound(blocks_.begin(), blocks_.end(), start,
                                  [](std::size_t position, const MatchingBlock& b) { return position < b.from + b.length; });
    std::optional<Found> found;
    for (; block != blocks_.end() && block->from < end; ++block) {
        const std::size_t first = std::max(start, block->from);
        const std::size_t last = std::min(end, block->from + block->length);  // exclusive
        if (!found)
            found = Found{block->to + (first - block->from), 0, 0};
        found->end = block->to + (last - block->from);
        found->matched += last - first;
    }
    return found;
}

}  // namespace ets
