#include "core/coding/passage_steps.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/names.hpp"

#include <map>

namespace ets {

std::optional<PassageStep> passageStep(std::string_view text) {
    if (sameName(text, "Next"))
        return PassageStep::Next;
    if (sameName(text, "Previous"))
        return PassageStep::Previous;
    return std::nullopt;
}

std::optional<std::string> passageFrom(const Project& project, const TranscriptDocument& transcript,
                                       const TextSpan& cursor, PassageStep step, const std::string& theme,
                                       const std::string& coder) {
    const std::string themeId = theme.empty() ? std::string() : requireTheme(project, theme).id;
    std::map<std::string, TagRecord> records;
    for (TagRecord& record : transcript.records())
        records.emplace(record.anchor, std::move(record));
    const auto kept = [&](const std::string& anchor) {
        const auto found = records.find(anchor);
        if (found == records.end())
            return false;  // a bookmark without its record is no passage
        const TagRecord& record = found->second;
        if (!coder.empty() && !sameName(record.coder, coder))
            return false;
        if (themeId.empty())
            return true;
        for (const ThemeRef& ref : record.themes)
            if (ref.id == themeId || (ref.id.empty() && sameName(ref.name, theme)))
                return true;
        return false;
    };
    std::optional<std::string> chosen;
    for (const auto& [anchor, against] : transcript.anchorsAgainst(cursor)) {
        if (!kept(anchor))
            continue;
        if (step == PassageStep::Next && against > 0)
            return anchor;  // document order: the first after is the nearest
        if (step == PassageStep::Previous && against < 0)
            chosen = anchor;  // the last before is the nearest
    }
    return chosen;
}

}  // namespace ets
