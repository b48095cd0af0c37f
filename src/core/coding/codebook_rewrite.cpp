#include "core/coding/codebook_rewrite.hpp"

#include "core/coding/pending_rewrites.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"

#include <algorithm>
#include <set>

namespace ets {
namespace {

std::vector<std::string> transcriptsIn(const std::vector<TranscriptRewrite>& done, RewriteState state) {
    std::vector<std::string> found;
    for (const TranscriptRewrite& rewrite : done)
        if (rewrite.state == state)
            found.push_back(rewrite.transcript);
    return found;
}

}  // namespace

void journalThemeChange(Project& draft, const ThemeChange& change) {
    for (const std::string& key : change.transcripts)
        addPendingRewrite(draft, key, change.replacedThemes);
}

std::vector<TranscriptRewrite> rewriteWaiting(const Project& project, TranscriptFiles& files,
                                              const std::vector<std::string>& keys, std::string_view themesLabel) {
    std::vector<TranscriptRewrite> done;
    for (const std::string& key : keys) {
        if (!pendingRewriteOf(project, key))
            continue;
        TranscriptRewrite rewrite;
        rewrite.transcript = key;
        try {
            const bool saved = files.rewrite(key, [&](TranscriptDocument& transcript) {
                rewritePending(project, key, transcript, themesLabel);
            });
            rewrite.state = saved ? RewriteState::Saved : RewriteState::LeftOpen;
        } catch (const Error& error) {
            if (error.key() == "transcript.held") {
                rewrite.state = RewriteState::Held;
                rewrite.who = error.args().size() > 1 ? error.args()[1] : std::string();
            } else {
                rewrite.state = error.key() == "transcript.missing" ? RewriteState::Missing : RewriteState::Failed;
                rewrite.errorKey = error.key();
                rewrite.errorArgs = error.args();
            }
        }
        done.push_back(std::move(rewrite));
    }
    return done;
}

bool forgetSaved(OpenedProject& opened, const std::vector<TranscriptRewrite>& done) {
    const std::vector<std::string> saved = transcriptsIn(done, RewriteState::Saved);
    if (saved.empty())
        return true;
    try {
        changeAndSave(opened, [&](Project& project) {
            for (const std::string& key : saved)
                forgetPendingRewrite(project, key);
        });
        return true;
    } catch (const Error&) {
        return false;  // the transcripts are rewritten; the next start rewrites them again, which changes nothing
    }
}

ThemeEditOutcome changeThemes(OpenedProject& opened, const ThemeEdit& edit, TranscriptFiles& files,
                              std::string_view themesLabel) {
    Project draft = opened.project;
    ThemeEditOutcome outcome{editThemes(draft, edit), {}};
    journalThemeChange(draft, outcome.done.change);
    changeAndSave(opened, [&](Project& project) { project = std::move(draft); });  // the commit
    outcome.transcripts = rewriteWaiting(opened.project, files, outcome.done.change.transcripts, themesLabel);
    forgetSaved(opened, outcome.transcripts);
    return outcome;
}

std::vector<TranscriptRewrite> finishPendingRewrites(OpenedProject& opened, TranscriptFiles& files,
                                                     std::string_view themesLabel) {
    std::vector<std::string> keys;
    for (const PendingRewrite& pending : opened.project.pendingRewrites)
        keys.push_back(pending.transcript);
    if (keys.empty())
        return {};
    std::vector<TranscriptRewrite> done = rewriteWaiting(opened.project, files, keys, themesLabel);
    forgetSaved(opened, done);
    return done;
}

std::string rewriteReport(const std::vector<TranscriptRewrite>& transcripts, const Catalogue& texts) {
    const bool anyWaits = std::any_of(transcripts.begin(), transcripts.end(), [](const TranscriptRewrite& rewrite) {
        return rewrite.state != RewriteState::Saved;
    });
    if (!anyWaits)
        return {};
    std::vector<std::string> lines;
    const auto count = [](const std::vector<std::string>& list) { return std::to_string(list.size()); };
    if (const std::vector<std::string> saved = transcriptsIn(transcripts, RewriteState::Saved); !saved.empty())
        lines.push_back(texts.text("themes.rewrite_saved", {count(saved), joined(saved, ", ")}));
    if (const std::vector<std::string> open = transcriptsIn(transcripts, RewriteState::LeftOpen); !open.empty())
        lines.push_back(texts.text("themes.rewrite_left_open", {count(open), joined(open, ", ")}));
    std::vector<std::string> held;
    for (const TranscriptRewrite& rewrite : transcripts)
        if (rewrite.state == RewriteState::Held)
            held.push_back(rewrite.transcript + " (" + rewrite.who + ")");
    if (!held.empty())
        lines.push_back(
            texts.text(held.size() == 1 ? "themes.waiting_one" : "themes.waiting_many", {count(held), joined(held, ", ")}));
    if (const std::vector<std::string> missing = transcriptsIn(transcripts, RewriteState::Missing); !missing.empty())
        lines.push_back(texts.text("themes.rewrite_missing", {count(missing), joined(missing, ", ")}));
    std::vector<std::string> failed;
    std::vector<std::string> reasons;
    for (const TranscriptRewrite& rewrite : transcripts)
        if (rewrite.state == RewriteState::Failed) {
            failed.push_back(rewrite.transcript);
            reasons.push_back(texts.text(Error(rewrite.errorKey, rewrite.errorArgs)));
        }
    if (!failed.empty())
        lines.push_back(texts.text("themes.rewrite_failed", {count(failed), joined(failed, ", "), joined(reasons, " ")}));
    return joined(lines, "\n");
}

std::string finishedReport(const std::vector<TranscriptRewrite>& transcripts, const Catalogue& texts) {
    std::vector<std::string> lines;
    if (const std::vector<std::string> saved = transcriptsIn(transcripts, RewriteState::Saved); !saved.empty())
        lines.push_back(texts.text("themes.finished", {std::to_string(saved.size()), joined(saved, ", ")}));
    std::vector<TranscriptRewrite> waiting;
    std::copy_if(transcripts.begin(), transcripts.end(), std::back_inserter(waiting),
                 [](const TranscriptRewrite& rewrite) { return rewrite.state != RewriteState::Saved; });
    // The held ones are said by the command that meets them; here only what a person can act on.
    waiting.erase(std::remove_if(waiting.begin(), waiting.end(),
                                 [](const TranscriptRewrite& rewrite) { return rewrite.state == RewriteState::Held; }),
                  waiting.end());
    if (const std::string rest = rewriteReport(waiting, texts); !rest.empty())
        lines.push_back(rest);
    return joined(lines, "\n");
}

}  // namespace ets
