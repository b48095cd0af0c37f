#include "core/coding/theme_edit.hpp"

#include "core/text/error.hpp"
#include "core/text/names.hpp"

namespace ets {
namespace {

constexpr std::pair<const char*, ThemeAction> kActions[] = {{"Add", ThemeAction::Add},
                                                            {"Rename", ThemeAction::Rename},
                                                            {"Describe", ThemeAction::Describe},
                                                            {"Merge", ThemeAction::Merge},
                                                            {"Delete", ThemeAction::Delete}};

void addBranch(const Project& project, const std::string& parentId, int depth, std::vector<ThemeInTree>& out) {
    if (depth > 20)
        return;  // the project's checks refuse cycles; this only guards the recursion
    for (const Theme& theme : project.themes)
        if (theme.parentId == parentId) {
            out.push_back({&theme, depth, countPassages(project, theme.id)});
            addBranch(project, theme.id, depth + 1, out);
        }
}

// The sentence of a change that rewrote passages: its names, then how many passages and transcripts.
ThemeEditDone rewritten(ThemeChange change, const char* sentence, std::vector<std::string> names) {
    names.push_back(std::to_string(change.passages));
    names.push_back(std::to_string(change.transcripts.size()));
    return {std::move(change), sentence, std::move(names)};
}

}  // namespace

ThemeAction parseThemeAction(std::string_view text) {
    for (const auto& [name, action] : kActions)
        if (sameName(text, name))
            return action;
    throw Error("args.bad_choice", {"Action", std::string(text), "Add, Rename, Describe, Merge, Delete"});
}

bool changesPassages(ThemeAction action) {
    return action == ThemeAction::Rename || action == ThemeAction::Merge || action == ThemeAction::Delete;
}

ThemeEditDone editThemes(Project& draft, const ThemeEdit& edit) {
    switch (edit.action) {
    case ThemeAction::Add: {
        const Theme& added = addTheme(draft, edit.name, edit.parent.value_or(""), edit.description.value_or(""),
                                      edit.colour.value_or(""));
        return {{}, "themes.added", {added.name}};
    }
    case ThemeAction::Describe: {
        // Checked whole before anything changes: a bad colour leaves the description as it was too.
        Project described = draft;
        requireTheme(described, edit.name);
        if (edit.description)
            describeTheme(described, edit.name, *edit.description);
        if (edit.colour)
            setThemeColour(described, edit.name, *edit.colour);
        if (edit.parent)
            setThemeParent(described, edit.name, *edit.parent);
        draft = std::move(described);
        return {{}, "themes.described", {edit.name}};
    }
    case ThemeAction::Rename:
        return rewritten(renameTheme(draft, edit.name, edit.newName), "themes.renamed", {edit.name, edit.newName});
    case ThemeAction::Merge:
        return rewritten(mergeTheme(draft, edit.name, edit.into), "themes.merged", {edit.name, edit.into});
    case ThemeAction::Delete:
        return rewritten(deleteTheme(draft, edit.name, edit.force), "themes.deleted", {edit.name});
    }
    return {};
}

std::vector<ThemeInTree> themeTree(const Project& project) {
    std::vector<ThemeInTree> tree;
    addBranch(project, "", 0, tree);
    return tree;
}

}  // namespace ets
