#include "core/project/index_pieces.hpp"

#include "core/project/project_json.hpp"
#include "core/project/project_store.hpp"
#include "core/project/same_values.hpp"

#include <string_view>
#include <unordered_map>

namespace ets {
namespace {

// As saveIndex dumps: no indentation, invalid UTF-8 replaced.
std::string dumped(const nlohmann::json& value) {
    return value.dump(0, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string IndexPieces::text(const Project& project) {
    // Where each passage's piece comes from: the piece in its place when it is of the same passage, else the piece of
    // its id (each piece given once), else none. Worked out before any piece moves, then the pieces move across.
    const std::size_t count = project.passages.size();
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> from(count, kNone);
    std::vector<bool> given(pieces_.size(), false);
    std::unordered_map<std::string_view, std::size_t> byId;  // made only when a passage is not in its place
    for (std::size_t i = 0; i < count; ++i) {
        const Passage& passage = project.passages[i];
        std::size_t source = kNone;
        if (i < pieces_.size() && pieces_[i].passage.id == passage.id && !given[i]) {
            source = i;
        } else {
            if (byId.empty())
                for (std::size_t j = pieces_.size(); j-- > 0;)
                    byId[pieces_[j].passage.id] = j;  // the first of an id wins, as the checks allow only one
            const auto found = byId.find(passage.id);
            if (found != byId.end() && !given[found->second])
                source = found->second;
        }
        if (source != kNone && same(pieces_[source].passage, passage)) {
            from[i] = source;
            given[source] = true;
        }
    }
    // With an indent of 0 a value nested in the index dumps as it does alone: the whole is its pieces joined with the
    // separators of nlohmann's layout ("[\n", ",\n", "\n]", "[]" when empty), keys in order.
    std::vector<Piece> kept;
    kept.reserve(count);
    std::string text;
    text.reserve(size_ + size_ / 16 + 256);
    text += "{\n\"passages\": [";
    for (std::size_t i = 0; i < count; ++i) {
        text += i == 0 ? "\n" : ",\n";
        if (from[i] != kNone) {
            kept.push_back(std::move(pieces_[from[i]]));
        } else {
            const Passage& passage = project.passages[i];
            kept.push_back({passage, dumped(passageToJson(passage))});
        }
        text += kept.back().text;
    }
    text += count == 0 ? "]" : "\n]";
    nlohmann::json transcripts = nlohmann::json::array();
    for (const TranscriptStamp& stamp : project.transcripts)
        transcripts.push_back(stampToJson(stamp));
    text += ",\n\"transcripts\": " + dumped(transcripts) + ",\n\"version\": " + std::to_string(kIndexVersion) + "\n}";
    pieces_ = std::move(kept);
    size_ = text.size();
    return text;
}

}  // namespace ets
