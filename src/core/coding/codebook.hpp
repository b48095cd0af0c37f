#pragma once
// The codebook operations of the Themes command and of tagging: find, add, rename, describe,
// colour, move, merge and delete themes, keeping the passages that carry them consistent.

#include "core/project/model.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// "a; b ;; c" → {"a", "b", "c"}: split on ';', each part trimmed, empty parts dropped, a part
// repeating an earlier one (same trimmed text) dropped, order kept. How themes arrive from a
// dialog's text field or a macro's argument.
std::vector<std::string> splitList(std::string_view text);

// Theme names are compared trimmed and case-insensitively for ASCII letters (other characters,
// accents included, must match exactly): "Logement" and " logement" are the same theme.
bool sameThemeName(std::string_view a, std::string_view b);
const Theme* findThemeNamed(const Project& project, std::string_view name);
// Throws theme.unknown {name} (the name as given).
const Theme& requireTheme(const Project& project, std::string_view name);

// Every operation below checks everything first and changes nothing when it throws. Errors name
// themes as the codebook spells them when they exist, as given otherwise:
//   theme.name_empty {}               the new name is empty or blank
//   theme.exists {name}               another theme already has that name (the existing one's name)
//   theme.unknown {name}              no theme has that name (theme or parent)
//   theme.bad_colour {colour}         not "#RRGGBB"
//   theme.parent_cycle {name, parent} the parent is the theme itself or one of its sub-themes
//   theme.merge_self {name}           merging a theme into itself
//   theme.has_passages {name, count}  deleting a theme still used, without force

// Adds a theme (name trimmed) under parentName (empty = top level). The reference is valid
// until project.themes changes.
const Theme& addTheme(Project& project, const std::string& name, const std::string& parentName = "",
                      const std::string& description = "", const std::string& colour = "");

// What an operation did to the passages, so that the UNO layer can rewrite the transcripts
// concerned (their records store theme names, their margin comments show them).
struct ThemeChange {
    int passages = 0;                         // passages whose themes changed (renamed, replaced, removed)
    std::vector<std::string> transcripts;     // their transcripts (relative paths, sorted, unique)
    std::vector<std::string> removedAnchors;  // anchors of passages left with no theme (removed from
                                              // project.passages), in project order
    // The themes merged or deleted and the theme that takes their place ("" when none does): what a transcript
    // that cannot be rewritten now (another person has it open) will need later (see pending rewrites).
    std::map<std::string, std::string> replacedThemes;
};

// Renaming to the same name with other letter case is allowed. The passages are those carrying
// the theme: their ids do not change but their documents show the old name.
ThemeChange renameTheme(Project& project, const std::string& name, const std::string& newName);
void describeTheme(Project& project, const std::string& name, const std::string& description);
// Empty colour = the default colour.
void setThemeColour(Project& project, const std::string& name, const std::string& colour);
// Empty parentName = top level.
void setThemeParent(Project& project, const std::string& name, const std::string& parentName);

// Passages of `from` get `into` instead (once, where `from` was), the sub-themes of `from` move
// under `into`, and `from` is removed. Merging a theme into one of its own sub-themes is allowed:
// that sub-theme first takes the place of `from` in the tree.
ThemeChange mergeTheme(Project& project, const std::string& from, const std::string& into);

// A theme still carried by passages is refused unless force: then it leaves every passage (a
// passage left with no theme is removed), its sub-themes move to its parent, and it is removed.
ThemeChange deleteTheme(Project& project, const std::string& name, bool force);

// The ids of the named themes, in order, each once; blank names are skipped. An unknown name is
// created at top level when createMissing, else throws theme.unknown {name} (and nothing is added).
std::vector<std::string> resolveThemes(Project& project, const std::vector<std::string>& names, bool createMissing);

// How many passages carry this theme (what deleting it would touch).
int countPassages(const Project& project, std::string_view themeId);

// The theme and every theme above it (its parent, the parent's parent...); empty for an unknown id.
std::set<std::string> themeAndAncestors(const Project& project, const std::string& themeId);

// One theme is the other or lies under it: a chantier on one already covers the other.
bool themesOverlap(const Project& project, const std::string& a, const std::string& b);

}  // namespace ets
