#include "core/coding/pending_rewrites.hpp"

#include "core/coding/tagging.hpp"

#include <algorithm>
#include <set>

namespace ets {

void addPendingRewrite(Project& project, const std::string& transcript,
                       const std::map<std::string, std::string>& replaced) {
    auto pending = std::find_if(project.pendingRewrites.begin(), project.pendingRewrites.end(),
                                [&](const PendingRewrite& rewrite) { return rewrite.transcript == transcript; });
    if (pending == project.pendingRewrites.end()) {
        project.pendingRewrites.push_back({transcript, replaced});
        return;
    }
    for (auto& [from, to] : pending->replacedThemes)
        if (const auto next = replaced.find(to); next != replaced.end())
            to = next->second;
    for (const auto& [from, to] : replaced)
        pending->replacedThemes.emplace(from, to);
}

const PendingRewrite* pendingRewriteOf(const Project& project, std::string_view transcript) {
    for (const PendingRewrite& rewrite : project.pendingRewrites)
        if (rewrite.transcript == transcript)
            return &rewrite;
    return nullptr;
}

bool applyReplacements(std::vector<TagRecord>& records, const std::map<std::string, std::string>& replaced,
                       const Project& project) {
    bool changed = false;
    for (TagRecord& record : records) {
        std::vector<ThemeRef> themes;
        for (const ThemeRef& ref : record.themes) {
            const auto replacement = replaced.find(ref.id);
            const std::string id = replacement == replaced.end() ? ref.id : replacement->second;
            const Theme* theme = id.empty() ? nullptr : project.findTheme(id);
            if (!theme) {
                // A theme the change did not name keeps the record's reference (the index resolves it as usual).
                if (replacement == replaced.end())
                    themes.push_back(ref);
                continue;
            }
            if (std::none_of(themes.begin(), themes.end(), [&](const ThemeRef& kept) { return kept.id == theme->id; }))
                themes.push_back({theme->id, theme->name});
        }
        const bool same =
            std::equal(themes.begin(), themes.end(), record.themes.begin(), record.themes.end(),
                       [](const ThemeRef& a, const ThemeRef& b) { return a.id == b.id && a.name == b.name; });
        changed = changed || !same;
        record.themes = std::move(themes);
    }
    const std::size_t before = records.size();
    records.erase(
        std::remove_if(records.begin(), records.end(), [](const TagRecord& record) { return record.themes.empty(); }),
        records.end());
    return changed || records.size() != before;
}

std::vector<TagRecord> recordsAsRewritten(const Project& project, std::string_view key, std::vector<TagRecord> records) {
    if (const PendingRewrite* pending = pendingRewriteOf(project, key)) {
        applyReplacements(records, pending->replacedThemes, project);
        refreshRecords(project, records, std::string(key));
    }
    return records;
}

bool rewritePending(const Project& project, std::string_view key, TranscriptDocument& transcript,
                    std::string_view themesLabel) {
    const PendingRewrite* pending = pendingRewriteOf(project, key);
    if (!pending)
        return false;
    rewriteTags(
        transcript,
        [&](std::vector<TagRecord>& records) {
            applyReplacements(records, pending->replacedThemes, project);
            refreshRecords(project, records, std::string(key));  // names the change left (a theme known by name only)
        },
        themesLabel);
    return true;
}

void forgetPendingRewrite(Project& project, std::string_view key) {
    auto& pending = project.pendingRewrites;
    pending.erase(std::remove_if(pending.begin(), pending.end(),
                                 [&](const PendingRewrite& rewrite) { return rewrite.transcript == key; }),
                  pending.end());
}

}  // namespace ets
