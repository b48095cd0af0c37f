#include "core/coding/theme_panel.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <climits>
#include <map>

namespace ets {

namespace {

// Everything the ordering needs about the codebook, computed once per list.
struct Tree {
    std::map<std::string, std::vector<const Theme*>> children;  // by parent id ("" = top level), codebook order
    std::map<std::string, int> lastUse;                         // theme id → rank in `recent` (0 = most recent)
};

Tree treeOf(const Project& project, const std::vector<std::string>& recent) {
    Tree tree;
    for (const Theme& theme : project.themes) {
        // A parent the codebook does not hold (never in a checked project) puts the theme at the top level.
        const bool parentKnown = !theme.parentId.empty() && project.findTheme(theme.parentId) != nullptr;
        tree.children[parentKnown ? theme.parentId : std::string()].push_back(&theme);
    }
    for (std::size_t rank = 0; rank < recent.size(); ++rank)
        if (const Theme* theme = findThemeNamed(project, recent[rank]))
            tree.lastUse.emplace(theme->id, static_cast<int>(rank));  // emplace keeps the most recent rank
    return tree;
}

// The most recent use of the theme or of any theme below it; INT_MAX when none was used.
int recency(const Tree& tree, const std::string& id, std::map<std::string, int>& memo, int depth = 0) {
    if (const auto known = memo.find(id); known != memo.end())
        return known->second;
    int best = INT_MAX;
    if (const auto own = tree.lastUse.find(id); own != tree.lastUse.end())
        best = own->second;
    if (depth < 64)  // a cycle (refused when a project is loaded) cannot recurse forever
        if (const auto below = tree.children.find(id); below != tree.children.end())
            for (const Theme* child : below->second)
                best = std::min(best, recency(tree, child->id, memo, depth + 1));
    memo[id] = best;
    return best;
}

void appendRows(const Tree& tree, const std::string& parent, int depth, std::map<std::string, int>& memo,
                std::set<std::string>& placed, std::vector<ThemeRow>& rows) {
    const auto found = tree.children.find(parent);
    if (found == tree.children.end() || depth > 64)
        return;
    std::vector<const Theme*> siblings = found->second;
    std::stable_sort(siblings.begin(), siblings.end(), [&](const Theme* a, const Theme* b) {
        return recency(tree, a->id, memo) < recency(tree, b->id, memo);
    });
    for (const Theme* theme : siblings) {
        if (!placed.insert(theme->id).second)
            continue;
        ThemeRow row;
        row.id = theme->id;
        row.name = theme->name;
        row.colour = theme->colour;
        row.depth = depth;
        rows.push_back(row);
        appendRows(tree, theme->id, depth + 1, memo, placed, rows);
    }
}

// Every theme once, in the sidebar's order, before numbers, counts, ticks and the filter.
std::vector<ThemeRow> orderedRows(const Project& project, const std::vector<std::string>& recent) {
    const Tree tree = treeOf(project, recent);
    std::map<std::string, int> memo;
    std::set<std::string> placed;
    std::vector<ThemeRow> rows;
    appendRows(tree, std::string(), 0, memo, placed, rows);
    return rows;
}

// The shortcuts: the first nine themes of the codebook's tree, by theme id.
std::map<std::string, int> shortcuts(const Project& project) {
    std::map<std::string, int> numbers;
    const std::vector<ThemeRow> rows = orderedRows(project, {});
    for (std::size_t i = 0; i < rows.size() && i < static_cast<std::size_t>(kThemeShortcuts); ++i)
        numbers[rows[i].id] = static_cast<int>(i) + 1;
    return numbers;
}

}  // namespace

std::vector<ThemeRow> themePanelRows(const Project& project, const std::vector<std::string>& recent,
                                     std::string_view filter, const std::set<std::string>& ticked) {
    std::vector<ThemeRow> rows = orderedRows(project, recent);
    std::map<std::string, int> counts;
    for (const Passage& passage : project.passages)
        for (const std::string& id : std::set<std::string>(passage.themeIds.begin(), passage.themeIds.end()))
            ++counts[id];
    const std::map<std::string, int> numbers = shortcuts(project);
    for (ThemeRow& row : rows) {
        row.shortcut = numbers.count(row.id) ? numbers.at(row.id) : 0;
        row.passages = counts.count(row.id) ? counts[row.id] : 0;
        row.ticked = ticked.count(row.id) > 0;
    }
    if (nameKey(filter).empty())
        return rows;

    // Kept: the rows that match, and the ancestors of each (rows come parent first, so walk back up by depth).
    std::vector<bool> keep(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].matches = matchesFilter(rows[i].name, filter);
        if (!rows[i].matches)
            continue;
        keep[i] = true;
        int depth = rows[i].depth;
        for (std::size_t j = i; j-- > 0 && depth > 0;)
            if (rows[j].depth < depth) {
                keep[j] = true;
                depth = rows[j].depth;
            }
    }
    std::vector<ThemeRow> kept;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (keep[i])
            kept.push_back(rows[i]);
    return kept;
}

std::optional<std::string> shortcutTheme(const Project& project, int number) {
    if (number < 1 || number > kThemeShortcuts)
        return std::nullopt;
    const std::vector<ThemeRow> rows = orderedRows(project, {});
    if (static_cast<std::size_t>(number) > rows.size())
        return std::nullopt;
    return rows[static_cast<std::size_t>(number) - 1].name;
}

std::set<std::string> themesAtAnchors(const Project& project, const std::vector<TagRecord>& records,
                                      const std::vector<std::string>& anchors, const std::string& coder) {
    std::set<std::string> ids;
    for (const TagRecord& record : records) {
        if (std::find(anchors.begin(), anchors.end(), record.anchor) == anchors.end() || !sameName(record.coder, coder))
            continue;
        for (const ThemeRef& theme : record.themes) {
            const Theme* known = project.findTheme(theme.id);
            if (!known)
                known = findThemeNamed(project, theme.name);
            if (known)
                ids.insert(known->id);
        }
    }
    return ids;
}

}  // namespace ets
