#include "core/coding/search_report.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_index.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "core/text/search_fold.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace ets {

namespace {

constexpr std::size_t kMostHitTextBytes = 300;

const char* unitName(SearchUnit unit) {
    return unit == SearchUnit::Sentence ? "Sentence" : unit == SearchUnit::Paragraph ? "Paragraph" : "Match";
}

nlohmann::json optionsJson(const SearchOptions& options) {
    return {{"query", options.query},
            {"regex", options.regex},
            {"wholeWord", options.wholeWord},
            {"matchCase", options.matchCase},
            {"unit", unitName(options.unit)}};
}

}  // namespace

std::vector<std::string> searchedTranscripts(const Project& project, const std::string& given) {
    const std::set<std::string> known = knownTranscripts(project);
    const std::vector<std::string> names = splitList(given);
    if (names.empty())
        return {known.begin(), known.end()};
    std::vector<std::string> keys;
    for (const std::string& name : names) {
        const auto found = std::find_if(known.begin(), known.end(), [&](const std::string& key) {
            return key == name || std::filesystem::u8path(key).filename().u8string() == name;
        });
        if (found == known.end())
            throw Error("search.unknown_transcript", {name});
        if (std::find(keys.begin(), keys.end(), *found) == keys.end())
            keys.push_back(*found);
    }
    return keys;
}

std::string organisationOfTranscript(const Project& project, const std::string& transcript) {
    const Organisation* organisation = InterviewsByTranscript(project).organisationOf(transcript);
    return organisation ? organisation->name : std::string();
}

std::size_t hitCount(const std::vector<TranscriptHits>& found) {
    std::size_t count = 0;
    for (const TranscriptHits& transcript : found)
        count += transcript.hits.size();
    return count;
}

void checkHitsToTag(const std::string& query, std::size_t count, bool confirmed) {
    if (count == 0)
        throw Error("search.no_hits", {query});
    if (count > kMostHitsTagged)
        throw Error("search.too_many_to_tag", {query, std::to_string(count), std::to_string(kMostHitsTagged)});
    if (count > kMostHitsUnasked && !confirmed)
        throw Error("search.too_many", {query, std::to_string(count)});
}

std::string searchJson(const SearchOptions& options, const std::vector<TranscriptHits>& found,
                       const std::vector<std::string>& unreadable, const std::vector<std::string>& readByOffice) {
    nlohmann::json out = optionsJson(options);
    out["count"] = hitCount(found);
    std::size_t listed = 0;
    nlohmann::json transcripts = nlohmann::json::array();
    for (const TranscriptHits& transcript : found) {
        nlohmann::json hits = nlohmann::json::array();
        for (const SearchHit& hit : transcript.hits) {
            if (listed == kMostListedHits)
                break;
            ++listed;
            const HitInContext context = hitInContext(transcript.text, hit);
            hits.push_back(
                {{"start", hit.start},
                 {"end", hit.end},
                 {"before", context.before},
                 {"match", context.match},
                 {"after", context.after},
                 {"text", excerpt(utf8Of(std::u32string_view(transcript.text).substr(hit.start, hit.end - hit.start)),
                                  kMostHitTextBytes)}});
        }
        transcripts.push_back({{"transcript", transcript.transcript},
                               {"organisation", transcript.organisation},
                               {"count", transcript.hits.size()},
                               {"hits", std::move(hits)}});
    }
    out["listed"] = listed;
    out["transcripts"] = std::move(transcripts);
    out["unreadable"] = unreadable;
    out["readByOffice"] = readByOffice;
    return out.dump();
}

std::string taggedJson(const SearchOptions& options, const std::vector<std::string>& themes,
                       const std::vector<TaggedHits>& tagged) {
    nlohmann::json out = optionsJson(options);
    out["themes"] = themes;
    std::size_t count = 0;
    nlohmann::json transcripts = nlohmann::json::array();
    for (const TaggedHits& one : tagged) {
        count += one.anchors.size();
        transcripts.push_back({{"transcript", one.transcript},
                               {"passages", one.anchors.size()},
                               {"newPassages", one.newPassages},
                               {"anchors", one.anchors}});
    }
    out["count"] = count;
    out["transcripts"] = std::move(transcripts);
    return out.dump();
}

}  // namespace ets
