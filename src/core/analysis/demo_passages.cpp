#include "core/analysis/demo_passages.hpp"

#include "core/analysis/theme_analysis.hpp"
#include "core/coding/codebook.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "core/text/search_fold.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

namespace ets {

namespace fs = std::filesystem;

namespace {

constexpr JsonBounds kDemoPassagesBounds{kMaxDemoPassagesBytes, 8};

// A name of a file right in the demo's transcripts/ folder: no folder, nothing that climbs out, an .odt.
bool plainOdtName(const std::string& name) {
    if (name.empty() || name.size() > 255 || name == "." || name == "..")
        return false;
    if (name.find_first_of(std::string("/\\:\0", 4)) != std::string::npos)
        return false;
    if (name.size() <= 4)
        return false;
    std::string extension = name.substr(name.size() - 4);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".odt";
}

// A string field, or nothing when it is absent; throws (the entry is refused) when it is not a string or too long.
std::string textField(const nlohmann::json& entry, const char* name, std::size_t most, bool required) {
    const auto found = entry.find(name);
    if (found == entry.end()) {
        if (required)
            throw std::invalid_argument(name);
        return {};
    }
    if (!found->is_string() || found->get_ref<const std::string&>().size() > most)
        throw std::invalid_argument(name);
    return found->get<std::string>();
}

DemoPassage demoPassageOf(const nlohmann::json& entry) {
    if (!entry.is_object())
        throw std::invalid_argument("entry");
    DemoPassage passage;
    passage.transcript = textField(entry, "transcript", 255, true);
    passage.quote = textField(entry, "quote", kMaxDemoQuoteBytes, true);
    passage.memo = textField(entry, "memo", kMaxMemoCharacters, false);
    passage.coder = trimmedName(textField(entry, "coder", 200, false));
    if (passage.coder.empty())
        passage.coder = kDemoCoder;
    const auto themes = entry.find("themes");
    if (themes == entry.end() || !themes->is_array() || themes->size() > kMaxDemoThemes)
        throw std::invalid_argument("themes");
    for (const nlohmann::json& theme : *themes) {
        if (!theme.is_string() || theme.get_ref<const std::string&>().size() > 200)
            throw std::invalid_argument("themes");
        if (!trimmedName(theme.get<std::string>()).empty())
            passage.themes.push_back(theme.get<std::string>());
    }
    if (const auto key = entry.find("key"); key != entry.end()) {
        if (!key->is_boolean())
            throw std::invalid_argument("key");
        passage.key = key->get<bool>();
    }
    if (!plainOdtName(passage.transcript) || trimmedName(passage.quote).empty() || passage.themes.empty() ||
        passage.quote.find('\n') != std::string::npos)
        throw std::invalid_argument("entry");
    return passage;
}

}  // namespace

DemoPassages demoPassagesFromJson(std::string_view text) {
    DemoPassages read;
    nlohmann::json entries;
    try {
        entries = parseBoundedJson(text, kDemoPassagesBounds);
    } catch (const JsonRefused&) {
        read.unreadable = true;
        return read;
    }
    if (!entries.is_array()) {
        read.unreadable = true;
        return read;
    }
    for (const nlohmann::json& entry : entries) {
        if (read.passages.size() >= kMaxDemoPassages) {
            ++read.refused;
            continue;
        }
        try {
            read.passages.push_back(demoPassageOf(entry));
        } catch (const std::exception&) {
            ++read.refused;
        }
    }
    return read;
}

DemoPassages readDemoPassages(const fs::path& file) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(file, error);
    if (error || size > kMaxDemoPassagesBytes) {
        DemoPassages none;
        none.unreadable = true;
        return none;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        DemoPassages none;
        none.unreadable = true;
        return none;
    }
    std::string text;
    text.reserve(static_cast<std::size_t>(size));
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return demoPassagesFromJson(text);
}

std::vector<std::pair<std::string, std::vector<DemoPassage>>> demoPassagesByTranscript(const DemoPassages& passages) {
    std::vector<std::pair<std::string, std::vector<DemoPassage>>> grouped;
    for (const DemoPassage& passage : passages.passages) {
        const std::string key = "transcripts/" + passage.transcript;
        auto found = std::find_if(grouped.begin(), grouped.end(), [&](const auto& group) { return group.first == key; });
        if (found == grouped.end()) {
            grouped.emplace_back(key, std::vector<DemoPassage>{});
            found = grouped.end() - 1;
        }
        found->second.push_back(passage);
    }
    return grouped;
}

std::optional<std::pair<std::size_t, std::size_t>> placeQuote(std::string_view plainText, std::string_view quote) {
    if (trimmedName(quote).empty())
        return std::nullopt;
    const FoldedText text = foldForSearch(plainText, true);
    const FoldedText wanted = foldForSearch(quote, true);
    if (wanted.text.empty())
        return std::nullopt;
    const std::size_t at = text.text.find(wanted.text);
    if (at == std::u32string::npos)
        return std::nullopt;
    return std::make_pair(text.origin[at], text.origin[at + wanted.text.size() - 1] + 1);
}

DemoCoding& DemoCoding::operator+=(const DemoCoding& other) {
    tagged += other.tagged;
    notFound += other.notFound;
    unknownTheme += other.unknownTheme;
    failed += other.failed;
    missed.insert(missed.end(), other.missed.begin(), other.missed.end());
    return *this;
}

DemoCoding codeDemoTranscript(Project& project, const std::string& key, TranscriptDocument& transcript,
                              const std::vector<DemoPassage>& passages, const std::string& date,
                              std::string_view themesLabel) {
    DemoCoding coding;
    // Decided on a copy: a transcript whose tagging fails half-way leaves the project as it was.
    Project draft = project;
    const std::string plainText = transcript.plainText().text;
    std::vector<const DemoPassage*> placed;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (const DemoPassage& passage : passages) {
        const bool themesKnown = std::all_of(passage.themes.begin(), passage.themes.end(), [&](const std::string& name) {
            return findThemeNamed(draft, name) != nullptr;
        });
        if (!themesKnown) {
            ++coding.unknownTheme;
            coding.missed.push_back(passage.transcript + ": " + passage.quote);
            continue;
        }
        const auto range = placeQuote(plainText, passage.quote);
        if (!range) {
            ++coding.notFound;
            coding.missed.push_back(passage.transcript + ": " + passage.quote);
            continue;
        }
        placed.push_back(&passage);
        ranges.push_back(*range);
    }
    if (placed.empty())
        return coding;
    // Every span located before the first tag: a tag's anchor and comment never move the text the next one finds.
    const std::vector<std::unique_ptr<TextSpan>> spans = transcript.spansInText(ranges);
    for (std::size_t i = 0; i < placed.size() && i < spans.size(); ++i) {
        const DemoPassage& passage = *placed[i];
        const TagRequest request{passage.themes, passage.memo, passage.coder, date, std::string(themesLabel)};
        const Tagged tagged = tagSpan(draft, key, transcript, *spans[i], request);
        if (passage.key) {
            const auto found = std::find_if(draft.passages.begin(), draft.passages.end(), [&](const Passage& p) {
                return p.transcript == key && p.anchor == tagged.anchor;
            });
            if (found != draft.passages.end())
                setKeyQuote(draft, std::string(found->id), passage.themes, true);
        }
        ++coding.tagged;
    }
    project = std::move(draft);
    return coding;
}

DemoCoding failedDemoTranscript(const std::string& key, const std::vector<DemoPassage>& passages) {
    DemoCoding coding;
    coding.failed = passages.size();
    for (const DemoPassage& passage : passages)
        coding.missed.push_back(key + ": " + passage.quote);
    return coding;
}

}  // namespace ets
