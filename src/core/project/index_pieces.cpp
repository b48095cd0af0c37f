#include "core/project/index_pieces.hpp"

#include "core/project/project_json.hpp"
#include "core/project/project_store.hpp"
#include "core/project/same_values.hpp"

namespace ets {
namespace {

// As saveIndex dumps: no indentation, invalid UTF-8 replaced.
std::string dumped(const nlohmann::json& value) {
    return value.dump(0, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string IndexPieces::text(const Project& project) {
    // With an indent of 0 a value nested in the index dumps as it does alone: the whole is its pieces joined with the
    // separators of nlohmann's layout ("[\n", ",\n", "\n]", "[]" when empty), keys in order.
    std::unordered_map<std::string, Piece> kept;
    kept.reserve(project.passages.size());
    std::string text = "{\n\"passages\": [";
    bool first = true;
    for (const Passage& passage : project.passages) {
        text += first ? "\n" : ",\n";
        first = false;
        auto node = pieces_.extract(passage.id);
        if (!node.empty() && same(node.mapped().passage, passage)) {
            text += node.mapped().text;
            kept.insert(std::move(node));  // of two passages with one id (the checks refuse it), the first is kept
            continue;
        }
        Piece made{passage, dumped(passageToJson(passage))};
        text += made.text;
        kept.emplace(passage.id, std::move(made));
    }
    text += first ? "]" : "\n]";
    nlohmann::json transcripts = nlohmann::json::array();
    for (const TranscriptStamp& stamp : project.transcripts)
        transcripts.push_back(stampToJson(stamp));
    text += ",\n\"transcripts\": " + dumped(transcripts) + ",\n\"version\": " + std::to_string(kIndexVersion) + "\n}";
    pieces_ = std::move(kept);
    return text;
}

}  // namespace ets
