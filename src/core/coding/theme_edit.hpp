#pragma once
// What vnd.ets:Themes does to the codebook, asked by its arguments or by a button of its dialog: add, describe,
// rename, merge or delete a theme, and what then needs rewriting in the transcripts.

#include "core/coding/codebook.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

enum class ThemeAction { Add, Describe, Rename, Merge, Delete };

// "Add", "Rename", "Describe", "Merge", "Delete" (any case). Throws args.bad_choice {Action, value, the choices}.
ThemeAction parseThemeAction(std::string_view text);

// Rename, merge and delete change passages: the project's index must know every passage first.
bool changesPassages(ThemeAction action);

struct ThemeEdit {
    ThemeAction action = ThemeAction::Add;
    std::string name;
    std::string newName;  // Rename
    std::string into;     // Merge
    // Add: absent means empty. Describe: only what is given changes.
    std::optional<std::string> parent;
    std::optional<std::string> description;
    std::optional<std::string> colour;
    bool force = false;  // Delete a theme that passages carry
};

struct ThemeEditDone {
    ThemeChange change;    // its transcripts are to be rewritten (refreshTranscriptTags) before the project is saved
    std::string sentence;  // the catalogue key of what was done
    std::vector<std::string> sentenceArgs;
};

// Applies the edit to `draft` (the codebook's rules and refusals: see codebook.hpp; on Error nothing changed).
ThemeEditDone editThemes(Project& draft, const ThemeEdit& edit);

// The codebook as the Themes dialog lists it: parents before their sub-themes, each with its depth and its passages.
struct ThemeInTree {
    const Theme* theme = nullptr;
    int depth = 0;
    int passages = 0;
};
std::vector<ThemeInTree> themeTree(const Project& project);

}  // namespace ets
