#include "core/coding/transcript_moves.hpp"

#include "core/coding/passage_index.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/coding/second_coder.hpp"
#include "core/project/project_paths.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace ets {

std::string followMovedTranscript(Project& project, const std::string& interviewId, const std::string& key,
                                  const std::function<bool(const std::string&)>& exists) {
    Interview* interview = interviewId.empty() ? nullptr : project.findInterview(interviewId);
    if (!interview || interview->transcript.empty() || interview->transcript == key || key.empty())
        return {};
    const std::string old = interview->transcript;
    if (exists(old))
        return {};  // a copy, not a move
    // A second coder's copy has the interview's id too: opened while the original was renamed, it must not take the
    // original's place (its passages are another coder's, and the original would never be followed again).
    if (isSecondCoderCopy(std::filesystem::u8path(old), std::filesystem::u8path(key)))
        return {};
    interview->transcript = key;

    std::set<std::string> oldAnchors;
    for (const Passage& passage : project.passages)
        if (passage.transcript == old)
            oldAnchors.insert(passage.anchor);
    project.passages.erase(std::remove_if(project.passages.begin(), project.passages.end(),
                                          [&](const Passage& passage) {
                                              return passage.transcript == key && oldAnchors.count(passage.anchor);
                                          }),
                           project.passages.end());
    for (Passage& passage : project.passages)
        if (passage.transcript == old)
            passage.transcript = key;

    forgetStamp(project, old);
    forgetStamp(project, key);
    if (const PendingRewrite* pending = pendingRewriteOf(project, old)) {
        const std::map<std::string, std::string> replaced = pending->replacedThemes;
        forgetPendingRewrite(project, old);
        addPendingRewrite(project, key, replaced);
    }
    return old;
}

bool locateTranscript(Project& project, const std::string& key, const std::string& chosen,
                      const std::string& interviewId) {
    const Interview* interview = interviewId.empty() ? nullptr : project.findInterview(interviewId);
    if (!interview || interview->transcript != key || chosen == key)
        return false;
    return !followMovedTranscript(project, interviewId, chosen, [](const std::string&) { return false; }).empty();
}

std::string followedTranscriptKey(OpenedProject& opened, const TranscriptDocument& transcript) {
    const std::string key = transcriptKey(opened.folder, transcript.file());
    const std::string interviewId = transcript.interviewId();
    const auto exists = [&](const std::string& known) {
        std::error_code error;
        return std::filesystem::exists(transcriptFile(opened.folder, known), error);
    };
    Project followed = opened.project;
    const std::string old = followMovedTranscript(followed, interviewId, key, exists);
    if (old.empty())
        return key;
    changeAndSave(opened, [&](Project& project) { project = std::move(followed); });
    opened.movedTranscripts.emplace_back(old, key);
    return key;
}

}  // namespace ets
