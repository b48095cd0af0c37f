#pragma once
// What vnd.ets:SearchAndTag decides around the search itself (coding/text_search): which transcripts it reads, when
// it must ask before tagging, and the JSON a macro reads back.

#include "core/coding/text_search.hpp"
#include "core/project/model.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace ets {

// The hits of one transcript.
struct TranscriptHits {
    std::string transcript;    // project path
    std::string organisation;  // the name of its interview's organisation; empty when none
    std::u32string text;       // its plain text as code points, for the context of each hit
    std::vector<SearchHit> hits;
};

// A list shows at most this many hits (the count says how many there are in all).
inline constexpr std::size_t kMostListedHits = 500;
// More hits than this are tagged only when the person confirms (a macro: the Force argument).
inline constexpr std::size_t kMostHitsUnasked = 200;
// More hits than this are never tagged at once, confirmed or not: about a minute of tagging already (10 ms a passage),
// and no coding scheme asks for thousands of passages of one search.
inline constexpr std::size_t kMostHitsTagged = 5000;

// The transcripts to search: `given` (";"-separated project paths or file names) else every transcript the project
// knows, in their order. Throws search.unknown_transcript {name}.
std::vector<std::string> searchedTranscripts(const Project& project, const std::string& given);

// The organisation of each transcript's interview (its name; empty when none), for the list of hits.
std::string organisationOfTranscript(const Project& project, const std::string& transcript);

std::size_t hitCount(const std::vector<TranscriptHits>& found);

// Before anything is tagged: search.no_hits {query} when nothing was found, search.too_many {query, count} when more
// than kMostHitsUnasked were and the tagging was not confirmed, search.too_many_to_tag {query, count, most} when more
// than kMostHitsTagged were.
void checkHitsToTag(const std::string& query, std::size_t count, bool confirmed);

// The hits as JSON: {"query", "count", "listed", "transcripts": [{"transcript", "organisation", "count", "hits":
// [{"start", "end", "before", "match", "after", "text"}]}], "unreadable": [transcripts], "readByOffice": [transcripts]}
// — start and end the code points that would be tagged, text what they hold (cut to a few hundred bytes), at most
// kMostListedHits hits listed in all; unreadable the transcripts that could not be read (missing, damaged), searched
// as if empty; readByOffice the closed ones whose file could not be read directly, loaded in LibreOffice instead.
std::string searchJson(const SearchOptions& options, const std::vector<TranscriptHits>& found,
                       const std::vector<std::string>& unreadable = {},
                       const std::vector<std::string>& readByOffice = {});

// What was tagged in one transcript.
struct TaggedHits {
    std::string transcript;
    std::vector<std::string> anchors;  // the passages that carry the themes now, in text order
    int newPassages = 0;               // of them, the passages made (the others gained the themes)
};
// {"query", "themes", "count", "transcripts": [{"transcript", "passages", "newPassages", "anchors"}]}.
std::string taggedJson(const SearchOptions& options, const std::vector<std::string>& themes,
                       const std::vector<TaggedHits>& tagged);

}  // namespace ets
