#include "core/analysis/agreement.hpp"

#include "core/text/error.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace ets {
namespace {

using Interval = std::pair<std::size_t, std::size_t>;

// Sorted, disjoint, none empty.
std::vector<Interval> merged(std::vector<Interval> intervals) {
    std::sort(intervals.begin(), intervals.end());
    std::vector<Interval> out;
    for (const Interval& interval : intervals) {
        if (interval.second <= interval.first)
            continue;
        if (!out.empty() && interval.first <= out.back().second)
            out.back().second = std::max(out.back().second, interval.second);
        else
            out.push_back(interval);
    }
    return out;
}

std::uint64_t lengthOf(const std::vector<Interval>& intervals) {
    std::uint64_t length = 0;
    for (const Interval& interval : intervals)
        length += interval.second - interval.first;
    return length;
}

std::uint64_t commonLength(const std::vector<Interval>& a, const std::vector<Interval>& b) {
    std::uint64_t length = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const std::size_t from = std::max(a[i].first, b[j].first);
        const std::size_t to = std::min(a[i].second, b[j].second);
        if (from < to)
            length += to - from;
        if (a[i].second < b[j].second)
            ++i;
        else
            ++j;
    }
    return length;
}

CharacterCounts countsOf(const std::vector<Interval>& a, const std::vector<Interval>& b, std::size_t length) {
    CharacterCounts counts;
    const std::uint64_t inA = lengthOf(a);
    const std::uint64_t inB = lengthOf(b);
    counts.both = commonLength(a, b);
    counts.onlyA = inA - counts.both;
    counts.onlyB = inB - counts.both;
    const std::uint64_t coded = counts.both + counts.onlyA + counts.onlyB;
    counts.neither = length > coded ? length - coded : 0;
    return counts;
}

std::size_t commonOf(const CodedPassage& a, const CodedPassage& b) {
    const std::size_t from = std::max(a.start, b.start);
    const std::size_t to = std::min(a.end, b.end);
    return from < to ? to - from : 0;
}

// A passage with its chosen themes (indexes into the request's themes, ascending).
struct Chosen {
    const CodedPassage* passage = nullptr;
    std::vector<int> themes;
};

bool hasTheme(const Chosen& chosen, int theme) {
    return std::binary_search(chosen.themes.begin(), chosen.themes.end(), theme);
}

// Passages sorted by start, with the furthest end reached so far at each: the passages overlapping a stretch start at
// the first whose reach passes its start, so a long transcript is not walked from its beginning for each passage.
struct Sorted {
    std::vector<Chosen> items;
    std::vector<std::size_t> reach;

    explicit Sorted(std::vector<Chosen> chosen) : items(std::move(chosen)) {
        std::size_t furthest = 0;
        for (const Chosen& item : items) {
            furthest = std::max(furthest, item.passage->end);
            reach.push_back(furthest);
        }
    }
    // The passages that may overlap [start, …).
    auto from(std::size_t start) const {
        return items.begin() +
               (std::partition_point(reach.begin(), reach.end(), [&](std::size_t end) { return end <= start; }) -
                reach.begin());
    }
};

// Whether one of `others` shares `minOverlap` of both with `passage` and satisfies `same`.
template <typename Same>
bool matched(const Chosen& passage, const Sorted& others, double minOverlap, Same same) {
    for (auto it = others.from(passage.passage->start); it != others.items.end(); ++it) {
        const Chosen& other = *it;
        if (other.passage->start >= passage.passage->end)
            break;
        if (other.passage->end <= passage.passage->start)
            continue;
        if (same(other) && sharedShare(passage.passage->start, passage.passage->end, other.passage->start,
                                       other.passage->end) >= minOverlap)
            return true;
    }
    return false;
}

const Chosen* mostOverlapping(const Chosen& passage, const Sorted& others) {
    const Chosen* best = nullptr;
    std::size_t bestCommon = 0;
    for (auto it = others.from(passage.passage->start); it != others.items.end(); ++it) {
        const Chosen& other = *it;
        if (other.passage->start >= passage.passage->end)
            break;
        const std::size_t common = commonOf(*passage.passage, *other.passage);
        if (common > bestCommon) {
            bestCommon = common;
            best = &other;
        }
    }
    return best;
}

std::vector<std::string> themeIdsOf(const Chosen* chosen, const AgreementRequest& request) {
    std::vector<std::string> ids;
    if (chosen)
        for (int theme : chosen->themes)
            ids.push_back(request.themeIds[static_cast<std::size_t>(theme)]);
    return ids;
}

}  // namespace

CharacterCounts& CharacterCounts::operator+=(const CharacterCounts& other) {
    both += other.both;
    onlyA += other.onlyA;
    onlyB += other.onlyB;
    neither += other.neither;
    return *this;
}

PassageCounts& PassageCounts::operator+=(const PassageCounts& other) {
    passagesA += other.passagesA;
    passagesB += other.passagesB;
    matchedA += other.matchedA;
    matchedB += other.matchedB;
    return *this;
}

AgreementFigures& AgreementFigures::operator+=(const AgreementFigures& other) {
    characters += other.characters;
    passages += other.passages;
    return *this;
}

std::optional<double> percentAgreement(const CharacterCounts& counts) {
    const double total = static_cast<double>(counts.total());
    if (total <= 0)
        return std::nullopt;
    return static_cast<double>(counts.both + counts.neither) / total;
}

std::optional<double> cohensKappa(const CharacterCounts& counts) {
    const double total = static_cast<double>(counts.total());
    if (total <= 0)
        return std::nullopt;
    const double observed = static_cast<double>(counts.both + counts.neither) / total;
    const double a = static_cast<double>(counts.codedByA());
    const double b = static_cast<double>(counts.codedByB());
    const double expected = (a * b + (total - a) * (total - b)) / (total * total);
    if (expected >= 1.0)
        return 1.0;
    return (observed - expected) / (1.0 - expected);
}

Coincidences coincidencesOf(const std::vector<std::vector<std::optional<int>>>& units, int values) {
    Coincidences o(static_cast<std::size_t>(values), std::vector<double>(static_cast<std::size_t>(values), 0.0));
    for (const std::vector<std::optional<int>>& unit : units) {
        std::vector<int> given;
        for (const std::optional<int>& value : unit)
            if (value)
                given.push_back(*value);
        if (given.size() < 2)
            continue;
        const double weight = 1.0 / static_cast<double>(given.size() - 1);
        for (std::size_t i = 0; i < given.size(); ++i)
            for (std::size_t j = 0; j < given.size(); ++j)
                if (i != j)
                    o[static_cast<std::size_t>(given[i])][static_cast<std::size_t>(given[j])] += weight;
    }
    return o;
}

Coincidences coincidencesOf(const CharacterCounts& counts) {
    // Two values per unit, so each unit adds its ordered pair both ways with weight 1/(2 − 1).
    const double disagree = static_cast<double>(counts.onlyA + counts.onlyB);
    return {{2.0 * static_cast<double>(counts.neither), disagree}, {disagree, 2.0 * static_cast<double>(counts.both)}};
}

std::optional<double> nominalAlpha(const Coincidences& o) {
    std::vector<double> marginal(o.size(), 0.0);
    double n = 0;
    double observed = 0;  // Σc≠k o[c][k]
    for (std::size_t c = 0; c < o.size(); ++c)
        for (std::size_t k = 0; k < o.size(); ++k) {
            marginal[c] += o[c][k];
            n += o[c][k];
            if (c != k)
                observed += o[c][k];
        }
    double expected = 0;  // Σc≠k n[c]·n[k]
    for (std::size_t c = 0; c < o.size(); ++c)
        for (std::size_t k = 0; k < o.size(); ++k)
            if (c != k)
                expected += marginal[c] * marginal[k];
    if (expected <= 0)
        return std::nullopt;
    return 1.0 - (n - 1.0) * observed / expected;
}

std::optional<double> krippendorffAlpha(const CharacterCounts& counts) { return nominalAlpha(coincidencesOf(counts)); }

std::optional<double> codedOverlap(const CharacterCounts& counts) {
    const std::uint64_t coded = counts.both + counts.onlyA + counts.onlyB;
    if (coded == 0)
        return std::nullopt;
    return static_cast<double>(counts.both) / static_cast<double>(coded);
}

std::optional<double> passageAgreement(const PassageCounts& counts) {
    const int all = counts.passagesA + counts.passagesB;
    if (all == 0)
        return std::nullopt;
    return static_cast<double>(counts.matchedA + counts.matchedB) / static_cast<double>(all);
}

double sharedShare(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    const std::size_t from = std::max(a0, b0);
    const std::size_t to = std::min(a1, b1);
    if (to <= from)
        return 0.0;
    const double common = static_cast<double>(to - from);
    const double longer = static_cast<double>(std::max(a1 - a0, b1 - b0));
    return common / longer;
}

Agreement computeAgreement(const std::vector<AgreementText>& texts, const AgreementRequest& request) {
    Agreement result;
    const std::size_t themeCount = request.themeIds.size();
    std::map<std::string, int> themeIndex;
    for (std::size_t i = 0; i < themeCount; ++i)
        themeIndex.emplace(request.themeIds[i], static_cast<int>(i));
    result.themes.resize(themeCount);
    for (std::size_t i = 0; i < themeCount; ++i) {
        result.themes[i].themeId = request.themeIds[i];
        result.themes[i].perTranscript.resize(texts.size());
    }

    for (std::size_t t = 0; t < texts.size(); ++t) {
        const AgreementText& text = texts[t];
        result.transcripts.push_back(text.key);
        std::vector<Chosen> ofA;
        std::vector<Chosen> ofB;
        for (const CodedPassage& passage : text.passages) {
            const bool isA = passage.coder == request.coderA;
            if (!isA && passage.coder != request.coderB)
                continue;
            Chosen chosen;
            chosen.passage = &passage;
            for (const std::string& id : passage.themeIds) {
                const auto found = themeIndex.find(id);
                if (found != themeIndex.end())
                    chosen.themes.push_back(found->second);
            }
            std::sort(chosen.themes.begin(), chosen.themes.end());
            chosen.themes.erase(std::unique(chosen.themes.begin(), chosen.themes.end()), chosen.themes.end());
            if (chosen.themes.empty() || passage.end <= passage.start)
                continue;
            (isA ? ofA : ofB).push_back(std::move(chosen));
        }
        const auto byStart = [](const Chosen& x, const Chosen& y) {
            return std::make_pair(x.passage->start, x.passage->end) < std::make_pair(y.passage->start, y.passage->end);
        };
        std::sort(ofA.begin(), ofA.end(), byStart);
        std::sort(ofB.begin(), ofB.end(), byStart);

        // Characters, per theme.
        std::vector<std::vector<Interval>> rangesA(themeCount);
        std::vector<std::vector<Interval>> rangesB(themeCount);
        std::vector<std::vector<Chosen>> themedA(themeCount);  // sorted by start, as ofA and ofB are
        std::vector<std::vector<Chosen>> themedB(themeCount);
        for (const Chosen& chosen : ofA)
            for (int theme : chosen.themes) {
                rangesA[static_cast<std::size_t>(theme)].emplace_back(chosen.passage->start, chosen.passage->end);
                themedA[static_cast<std::size_t>(theme)].push_back(chosen);
            }
        for (const Chosen& chosen : ofB)
            for (int theme : chosen.themes) {
                rangesB[static_cast<std::size_t>(theme)].emplace_back(chosen.passage->start, chosen.passage->end);
                themedB[static_cast<std::size_t>(theme)].push_back(chosen);
            }
        for (std::size_t theme = 0; theme < themeCount; ++theme) {
            AgreementFigures& figures = result.themes[theme].perTranscript[t];
            figures.characters =
                countsOf(merged(std::move(rangesA[theme])), merged(std::move(rangesB[theme])), text.length);
            const int index = static_cast<int>(theme);
            const auto withTheme = [&](const Chosen& other) { return hasTheme(other, index); };
            figures.passages.passagesA = static_cast<int>(themedA[theme].size());
            figures.passages.passagesB = static_cast<int>(themedB[theme].size());
            const Sorted sortedA(std::move(themedA[theme]));
            const Sorted sortedB(std::move(themedB[theme]));
            for (const Chosen& chosen : sortedA.items)
                figures.passages.matchedA += matched(chosen, sortedB, request.minOverlap, withTheme) ? 1 : 0;
            for (const Chosen& chosen : sortedB.items)
                figures.passages.matchedB += matched(chosen, sortedA, request.minOverlap, withTheme) ? 1 : 0;
            result.themes[theme].pooled += figures;
            result.overall.characters += figures.characters;
        }

        // Passages overall: the same chosen themes; the unmatched ones are the disagreements.
        const Sorted allA(std::move(ofA));
        const Sorted allB(std::move(ofB));
        PassageCounts& overall = result.overall.passages;
        overall.passagesA += static_cast<int>(allA.items.size());
        overall.passagesB += static_cast<int>(allB.items.size());
        std::set<const CodedPassage*> shown;
        std::vector<Disagreement> found;
        for (const Chosen& chosen : allA.items) {
            const auto same = [&](const Chosen& other) { return other.themes == chosen.themes; };
            if (matched(chosen, allB, request.minOverlap, same)) {
                ++overall.matchedA;
                continue;
            }
            const Chosen* partner = mostOverlapping(chosen, allB);
            Disagreement row;
            row.transcript = text.key;
            row.text = chosen.passage->text;
            row.themesA = themeIdsOf(&chosen, request);
            row.themesB = themeIdsOf(partner, request);
            row.passageA = *chosen.passage;
            if (partner) {
                row.passageB = *partner->passage;
                shown.insert(partner->passage);
            }
            found.push_back(std::move(row));
        }
        for (const Chosen& chosen : allB.items) {
            const auto same = [&](const Chosen& other) { return other.themes == chosen.themes; };
            if (matched(chosen, allA, request.minOverlap, same)) {
                ++overall.matchedB;
                continue;
            }
            if (shown.count(chosen.passage))
                continue;
            const Chosen* partner = mostOverlapping(chosen, allA);
            Disagreement row;
            row.transcript = text.key;
            row.text = chosen.passage->text;
            row.themesA = themeIdsOf(partner, request);
            row.themesB = themeIdsOf(&chosen, request);
            if (partner)
                row.passageA = *partner->passage;
            row.passageB = *chosen.passage;
            found.push_back(std::move(row));
        }
        const auto startOf = [](const Disagreement& row) {
            const CodedPassage& first = row.passageA ? *row.passageA : *row.passageB;
            return std::make_pair(first.start, first.end);
        };
        std::stable_sort(found.begin(), found.end(),
                         [&](const Disagreement& x, const Disagreement& y) { return startOf(x) < startOf(y); });
        for (Disagreement& row : found)
            result.disagreements.push_back(std::move(row));
    }
    return result;
}

std::vector<std::string> codersOf(const std::vector<AgreementText>& texts) {
    std::vector<std::string> coders;
    for (const AgreementText& text : texts)
        for (const CodedPassage& passage : text.passages)
            if (!passage.coder.empty() && std::find(coders.begin(), coders.end(), passage.coder) == coders.end())
                coders.push_back(passage.coder);
    return coders;
}

std::vector<std::string> commonTranscripts(const std::vector<AgreementText>& texts, const std::string& coderA,
                                           const std::string& coderB) {
    std::vector<std::string> keys;
    for (const AgreementText& text : texts) {
        const auto by = [&](const std::string& coder) {
            return std::any_of(text.passages.begin(), text.passages.end(),
                               [&](const CodedPassage& passage) { return passage.coder == coder; });
        };
        if (by(coderA) && by(coderB))
            keys.push_back(text.key);
    }
    return keys;
}

void requireComparable(const std::vector<AgreementText>& texts, const AgreementRequest& request) {
    if (request.coderA.empty() || request.coderB.empty() || request.coderA == request.coderB)
        throw Error("agreement.two_coders");
    if (!(request.minOverlap > 0.0 && request.minOverlap <= 1.0))
        throw Error("agreement.min_overlap", {std::to_string(request.minOverlap)});
    const std::vector<std::string> coders = codersOf(texts);
    for (const std::string& coder : {request.coderA, request.coderB})
        if (std::find(coders.begin(), coders.end(), coder) == coders.end())
            throw Error("agreement.no_passages", {coder});
    if (commonTranscripts(texts, request.coderA, request.coderB).empty())
        throw Error("agreement.no_common", {request.coderA, request.coderB});
}

}  // namespace ets
