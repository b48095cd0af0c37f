#pragma once
// What the ETS sidebar shows and does: the codebook as a tree in the order a coder wants it (the last themes used
// first), its passage counts, the themes of the passage under the cursor ticked, a filter, and which theme each of
// the shortcuts 1 to 9 tags. The sidebar and the shortcut command only carry these decisions out.

#include "core/coding/tag_record.hpp"
#include "core/project/model.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

struct ThemeRow {
    std::string id;
    std::string name;
    std::string colour;   // "#RRGGBB", or empty for the default colour
    int depth = 0;        // 0 = top level, 1 = its sub-theme, ...
    int passages = 0;     // passages of the project's index carrying this theme itself
    bool ticked = false;  // the passage under the cursor carries it
    int shortcut = 0;     // 1..9: Ctrl+Alt+<shortcut> tags with it; 0: none
    bool matches = true;  // false: shown only because a sub-theme matches the filter
};

// How many themes have a shortcut (Ctrl+Alt+1 … 9).
inline constexpr int kThemeShortcuts = 9;

// The codebook as the sidebar lists it. Sub-themes follow their parent, one level deeper. Among siblings, those used
// last come first: a theme ranks by the most recent use of itself or of any of its sub-themes (`recent`: names, most
// recent first, as rememberThemes keeps them); themes never used keep the codebook's order after them.
// The shortcuts 1 to 9 go to the first nine themes of the list before any use (the codebook's tree), not of the list
// as recent use reorders it: a key that changed theme after each tag would tag the wrong theme under a coder's
// fingers. Each row shows its number wherever recent use puts it, and filtering renumbers nothing.
// A non-empty `filter` keeps the themes whose name contains it (matchesFilter) and, for context, their ancestors
// (matches = false). `ticked` holds theme ids.
std::vector<ThemeRow> themePanelRows(const Project& project, const std::vector<std::string>& recent,
                                     std::string_view filter, const std::set<std::string>& ticked);

// The theme the shortcut `number` (1..9) tags, as the sidebar numbers them; nothing when no theme has that number.
std::optional<std::string> shortcutTheme(const Project& project, int number);

// The themes (ids) of `coder`'s passages at `anchors` (the anchors under the cursor or the selection): what the sidebar
// ticks. Another coder's passage there is not shown (blind coding), as in the tagging dialog. A record's theme is found
// by id, else by name (a transcript from another project); one the codebook does not hold is left out.
std::set<std::string> themesAtAnchors(const Project& project, const std::vector<TagRecord>& records,
                                      const std::vector<std::string>& anchors, const std::string& coder);

}  // namespace ets
