#include "core/coding/codebook.hpp"

#include "core/text/names.hpp"

#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"

#include <algorithm>
#include <set>

namespace ets {
namespace {

bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// U+00A0 no-break space, which French typing puts before ';' and ':'.
constexpr char kNoBreakSpace[] = "\xC2\xA0";

std::string_view trimmed(std::string_view text) {
    while (!text.empty()) {
        if (isAsciiSpace(text.front()))
            text.remove_prefix(1);
        else if (text.substr(0, 2) == kNoBreakSpace)
            text.remove_prefix(2);
        else
            break;
    }
    while (!text.empty()) {
        if (isAsciiSpace(text.back()))
            text.remove_suffix(1);
        else if (text.size() >= 2 && text.substr(text.size() - 2) == kNoBreakSpace)
            text.remove_suffix(2);
        else
            break;
    }
    return text;
}

Theme& themeAt(Project& project, const Theme& theme) { return *project.findTheme(theme.id); }

[[noreturn]] void throwNameExists(const Theme& existing) { throw Error("theme.exists", {existing.name}); }

std::string requireNewName(const std::string& name) {
    const std::string_view clean = trimmed(name);
    if (clean.empty())
        throw Error("theme.name_empty");
    // Themes travel as "a;b" in command arguments and the TagSelection dialog: a name with one would become two.
    if (clean.find(';') != std::string_view::npos)
        throw Error("theme.name_separator", {std::string(clean)});
    checkGivenName(clean);
    return std::string(clean);
}

void requireColour(const std::string& colour) {
    if (!isValidColour(colour))
        throw Error("theme.bad_colour", {colour});
}

// True when `theme` is `ancestor` or lies below it.
bool isWithin(const Project& project, const Theme& theme, const std::string& ancestorId) {
    const Theme* current = &theme;
    // Bounded by the number of themes, in case a project in memory already holds a loop.
    for (std::size_t steps = 0; current != nullptr && steps <= project.themes.size(); ++steps) {
        if (current->id == ancestorId)
            return true;
        current = current->parentId.empty() ? nullptr : project.findTheme(current->parentId);
    }
    return false;
}

// Applies `edit` to the theme ids of every passage; a passage whose ids change is counted, and
// removed when left with none.
template <typename Edit>
ThemeChange editPassages(Project& project, Edit edit) {
    ThemeChange change;
    std::set<std::string> transcripts;
    std::set<std::string> removed;
    std::vector<Passage> kept;
    kept.reserve(project.passages.size());
    for (Passage& passage : project.passages) {
        std::vector<std::string> themeIds = passage.themeIds;
        edit(themeIds);
        if (themeIds != passage.themeIds) {
            ++change.passages;
            transcripts.insert(passage.transcript);
            if (themeIds.empty()) {
                if (removed.insert(passage.anchor).second)
                    change.removedAnchors.push_back(passage.anchor);
                continue;
            }
            passage.themeIds = std::move(themeIds);
        }
        kept.push_back(std::move(passage));
    }
    project.passages = std::move(kept);
    change.transcripts.assign(transcripts.begin(), transcripts.end());
    return change;
}

// The theme goes, and with it what the committee said of it (its priority, the slot it was put in).
void eraseTheme(Project& project, const std::string& id) {
    project.themes.erase(
        std::find_if(project.themes.begin(), project.themes.end(), [&](const Theme& theme) { return theme.id == id; }));
    Committee& committee = project.committee;
    committee.priorities.erase(std::remove_if(committee.priorities.begin(), committee.priorities.end(),
                                              [&](const ThemePriority& priority) { return priority.themeId == id; }),
                               committee.priorities.end());
    committee.slots.erase(std::remove_if(committee.slots.begin(), committee.slots.end(),
                                         [&](const SlotChoice& choice) { return choice.themeId == id; }),
                          committee.slots.end());
}

// What the committee said of a merged theme passes to the theme it was merged into, unless it has its own.
void mergeCommittee(Project& project, const std::string& fromId, const std::string& intoId) {
    Committee& committee = project.committee;
    const auto has = [&](const auto& items) {
        return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.themeId == intoId; });
    };
    if (!has(committee.priorities))
        for (ThemePriority& priority : committee.priorities)
            if (priority.themeId == fromId)
                priority.themeId = intoId;
    if (!has(committee.slots))
        for (SlotChoice& choice : committee.slots)
            if (choice.themeId == fromId)
                choice.themeId = intoId;
}

void moveChildren(Project& project, const std::string& fromId, const std::string& toId) {
    for (Theme& theme : project.themes)
        if (theme.parentId == fromId && theme.id != toId)
            theme.parentId = toId;
}

}  // namespace

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    while (true) {
        const std::size_t end = text.find(';');
        const std::string_view item = trimmed(text.substr(0, end));
        if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end())
            items.emplace_back(item);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return items;
}

bool sameThemeName(std::string_view a, std::string_view b) { return sameName(a, b); }

const Theme* findThemeNamed(const Project& project, std::string_view name) {
    auto found = std::find_if(project.themes.begin(), project.themes.end(),
                              [name](const Theme& theme) { return sameThemeName(theme.name, name); });
    return found == project.themes.end() ? nullptr : &*found;
}

const Theme& requireTheme(const Project& project, std::string_view name) {
    const Theme* theme = findThemeNamed(project, name);
    if (theme == nullptr)
        throw Error("theme.unknown", {std::string(name)});
    return *theme;
}

const Theme& addTheme(Project& project, const std::string& name, const std::string& parentName,
                      const std::string& description, const std::string& colour) {
    Theme theme;
    theme.name = requireNewName(name);
    if (const Theme* existing = findThemeNamed(project, theme.name))
        throwNameExists(*existing);
    if (!trimmed(parentName).empty())
        theme.parentId = requireTheme(project, parentName).id;
    requireColour(colour);
    do
        theme.id = newId("th-");
    while (project.findTheme(theme.id) != nullptr);
    theme.description = description;
    theme.colour = colour;
    project.themes.push_back(std::move(theme));
    return project.themes.back();
}

ThemeChange renameTheme(Project& project, const std::string& name, const std::string& newName) {
    const Theme& theme = requireTheme(project, name);
    const std::string clean = requireNewName(newName);
    if (const Theme* other = findThemeNamed(project, clean); other != nullptr && other != &theme)
        throwNameExists(*other);
    if (theme.name == clean)
        return {};
    themeAt(project, theme).name = clean;

    ThemeChange change;
    std::set<std::string> transcripts;
    for (const Passage& passage : project.passages) {
        if (std::find(passage.themeIds.begin(), passage.themeIds.end(), theme.id) != passage.themeIds.end()) {
            ++change.passages;
            transcripts.insert(passage.transcript);
        }
    }
    change.transcripts.assign(transcripts.begin(), transcripts.end());
    return change;
}

void describeTheme(Project& project, const std::string& name, const std::string& description) {
    themeAt(project, requireTheme(project, name)).description = description;
}

void setThemeColour(Project& project, const std::string& name, const std::string& colour) {
    const Theme& theme = requireTheme(project, name);
    requireColour(colour);
    themeAt(project, theme).colour = colour;
}

void setThemeParent(Project& project, const std::string& name, const std::string& parentName) {
    const Theme& theme = requireTheme(project, name);
    if (trimmed(parentName).empty()) {
        themeAt(project, theme).parentId.clear();
        return;
    }
    const Theme& parent = requireTheme(project, parentName);
    if (isWithin(project, parent, theme.id))
        throw Error("theme.parent_cycle", {theme.name, parent.name});
    themeAt(project, theme).parentId = parent.id;
}

namespace {

// The argument (analyses, carriers, passage marks) follows a merged theme into its target; a deleted theme's goes
// with it (targetId empty). The target keeps its own analysis and its own carrier records.
void mergeArgument(Project& project, const std::string& sourceId, const std::string& targetId) {
    const bool targetHasAnalysis =
        std::any_of(project.analyses.begin(), project.analyses.end(),
                    [&](const ThemeAnalysis& analysis) { return analysis.themeId == targetId; });
    for (auto it = project.analyses.begin(); it != project.analyses.end();) {
        if (it->themeId != sourceId) {
            ++it;
        } else if (!targetId.empty() && !targetHasAnalysis) {
            it->id = it->themeId = targetId;
            ++it;
        } else {
            it = project.analyses.erase(it);
        }
    }
    for (auto it = project.carriers.begin(); it != project.carriers.end();) {
        const bool taken =
            std::any_of(project.carriers.begin(), project.carriers.end(), [&](const RecordedCarrier& other) {
                return other.themeId == targetId && other.organisationId == it->organisationId;
            });
        if (it->themeId != sourceId) {
            ++it;
        } else if (!targetId.empty() && !taken) {
            it->themeId = targetId;
            ++it;
        } else {
            it = project.carriers.erase(it);
        }
    }
    for (PassageMark& mark : project.passageMarks)
        for (std::vector<std::string>* ids : {&mark.keyQuoteThemeIds, &mark.memoThemeIds}) {
            std::vector<std::string> kept;
            for (const std::string& id : *ids) {
                const std::string now = id == sourceId ? targetId : id;
                if (!now.empty() && std::find(kept.begin(), kept.end(), now) == kept.end())
                    kept.push_back(now);
            }
            *ids = std::move(kept);
        }
}

}  // namespace

ThemeChange mergeTheme(Project& project, const std::string& from, const std::string& into) {
    const Theme& source = requireTheme(project, from);
    const Theme& target = requireTheme(project, into);
    if (&source == &target)
        throw Error("theme.merge_self", {source.name});
    const std::string sourceId = source.id;
    const std::string targetId = target.id;

    // A sub-theme of `from` first takes its place, so that moving the children cannot loop.
    if (isWithin(project, target, sourceId))
        themeAt(project, target).parentId = source.parentId;
    moveChildren(project, sourceId, targetId);

    ThemeChange change = editPassages(project, [&](std::vector<std::string>& themeIds) {
        auto found = std::find(themeIds.begin(), themeIds.end(), sourceId);
        if (found == themeIds.end())
            return;
        if (std::find(themeIds.begin(), themeIds.end(), targetId) == themeIds.end())
            *found = targetId;
        else
            themeIds.erase(found);
    });
    mergeCommittee(project, sourceId, targetId);
    mergeArgument(project, sourceId, targetId);
    eraseTheme(project, sourceId);
    change.replacedThemes[sourceId] = targetId;
    return change;
}

ThemeChange deleteTheme(Project& project, const std::string& name, bool force) {
    const Theme& theme = requireTheme(project, name);
    const int used = countPassages(project, theme.id);
    if (used > 0 && !force)
        throw Error("theme.has_passages", {theme.name, std::to_string(used)});
    const std::string id = theme.id;
    const std::string parentId = theme.parentId;

    ThemeChange change = editPassages(project, [&](std::vector<std::string>& themeIds) {
        themeIds.erase(std::remove(themeIds.begin(), themeIds.end(), id), themeIds.end());
    });
    moveChildren(project, id, parentId);
    mergeArgument(project, id, std::string());
    eraseTheme(project, id);
    change.replacedThemes[id] = "";
    return change;
}

std::vector<std::string> resolveThemes(Project& project, const std::vector<std::string>& names, bool createMissing) {
    if (!createMissing) {
        for (const std::string& name : names)
            if (!trimmed(name).empty())
                requireTheme(project, name);
    }
    std::vector<std::string> ids;
    for (const std::string& name : names) {
        if (trimmed(name).empty())
            continue;
        const Theme* theme = findThemeNamed(project, name);
        const std::string id = theme != nullptr ? theme->id : addTheme(project, name).id;
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

int countPassages(const Project& project, std::string_view themeId) {
    return static_cast<int>(
        std::count_if(project.passages.begin(), project.passages.end(), [&](const Passage& passage) {
            return std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) != passage.themeIds.end();
        }));
}

std::set<std::string> themeAndAncestors(const Project& project, const std::string& themeId) {
    std::set<std::string> lineage;
    // insert() failing means the theme is already there: it also stops on a (refused) cycle.
    for (const Theme* theme = project.findTheme(themeId); theme && lineage.insert(theme->id).second;
         theme = theme->parentId.empty() ? nullptr : project.findTheme(theme->parentId)) {
    }
    return lineage;
}

bool themesOverlap(const Project& project, const std::string& a, const std::string& b) {
    return themeAndAncestors(project, a).count(b) > 0 || themeAndAncestors(project, b).count(a) > 0;
}

}  // namespace ets
