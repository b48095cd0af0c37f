#include "core/text/catalogue.hpp"

#include "core/text/names.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace ets {
namespace {

constexpr const char* kFallbackLanguage = "en";

fs::path catalogueFile(const fs::path& stringsDir, std::string_view language) {
    return stringsDir / ("messages_" + std::string(language) + ".json");
}

// The language becomes part of a file name: only plain letters are let through.
bool isPlainLanguageCode(std::string_view language) {
    if (language.empty() || language.size() > 8)
        return false;
    for (char c : language)
        if (!std::islower(static_cast<unsigned char>(c)))
            return false;
    return true;
}

Catalogue loadFile(const fs::path& file, std::string_view language) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("catalogue.not_found", {file.u8string()});
    std::ostringstream contents;
    contents << in.rdbuf();
    return Catalogue::fromJsonText(contents.str(), file.u8string(), language);
}

}  // namespace

Catalogue Catalogue::fromJsonText(std::string_view jsonText, std::string_view sourceName, std::string_view language) {
    const nlohmann::json document = nlohmann::json::parse(jsonText, nullptr, /*allow_exceptions=*/false);
    if (!document.is_object())
        throw Error("catalogue.invalid", {std::string(sourceName)});
    Catalogue catalogue;
    catalogue.language_ = std::string(language);
    for (const auto& [key, value] : document.items()) {
        if (!value.is_string())
            throw Error("catalogue.invalid", {std::string(sourceName)});
        catalogue.texts_.emplace(key, value.get<std::string>());
    }
    return catalogue;
}

Catalogue Catalogue::load(const fs::path& stringsDir, std::string_view language) {
    std::error_code ignored;
    const fs::path englishFile = catalogueFile(stringsDir, kFallbackLanguage);
    const fs::path wantedFile = catalogueFile(stringsDir, isPlainLanguageCode(language) ? language : kFallbackLanguage);
    const bool hasEnglish = fs::exists(englishFile, ignored);
    const bool hasWanted = fs::exists(wantedFile, ignored);

    if (!hasWanted || wantedFile == englishFile)
        return loadFile(englishFile, kFallbackLanguage);  // throws catalogue.not_found when English is missing too
    Catalogue catalogue = loadFile(wantedFile, language);
    if (hasEnglish)
        catalogue.fallback_ = std::make_shared<const Catalogue>(loadFile(englishFile, kFallbackLanguage));
    return catalogue;
}

const std::string* Catalogue::find(std::string_view key, const Catalogue** owner) const {
    auto found = texts_.find(key);
    if (found != texts_.end()) {
        if (owner)
            *owner = this;
        return &found->second;
    }
    return fallback_ ? fallback_->find(key, owner) : nullptr;
}

bool Catalogue::has(std::string_view key) const { return find(key) != nullptr; }

std::vector<std::string> Catalogue::keys() const {
    std::vector<std::string> keys;
    keys.reserve(texts_.size());
    for (const auto& entry : texts_)
        keys.push_back(entry.first);
    return keys;
}

std::string Catalogue::text(std::string_view key, const std::vector<std::string>& args) const {
    const Catalogue* owner = this;
    const std::string* pattern = find(key, &owner);
    const std::string_view source = pattern ? std::string_view(*pattern) : key;

    std::string result;
    result.reserve(source.size());
    std::size_t i = 0;
    while (i < source.size()) {
        if (source[i] == '{') {
            std::size_t end = i + 1;
            std::size_t index = 0;
            while (end < source.size() && std::isdigit(static_cast<unsigned char>(source[end])) && end - i <= 3)
                index = index * 10 + static_cast<std::size_t>(source[end++] - '0');
            if (end > i + 1 && end < source.size() && source[end] == '}' && index < args.size()) {
                result += args[index];
                i = end + 1;
                continue;
            }
            // {N|singular|plural}
            const std::size_t bar = end;
            const std::size_t secondBar = bar < source.size() && source[bar] == '|' ? source.find('|', bar + 1)
                                                                                   : std::string_view::npos;
            const std::size_t close =
                secondBar == std::string_view::npos ? std::string_view::npos : source.find('}', secondBar + 1);
            if (end > i + 1 && close != std::string_view::npos && index < args.size() &&
                source.substr(bar + 1, close - bar - 1).find_first_of("{}") == std::string_view::npos) {
                result += isSingular(args[index], owner->language_)
                              ? source.substr(bar + 1, secondBar - bar - 1)
                              : source.substr(secondBar + 1, close - secondBar - 1);
                i = close + 1;
                continue;
            }
        }
        result += source[i++];
    }
    return result;
}

std::string Catalogue::text(const Error& error) const { return text(error.key(), error.args()); }

std::string catalogueLanguage(std::string_view uiLocale) {
    if (uiLocale.empty())
        return "fr";
    const std::size_t separator = uiLocale.find_first_of("-_");
    const std::string language = foldCase(uiLocale.substr(0, separator));
    if (language == "fr" || language == "nl" || language == "en")
        return language;
    return "en";
}

bool isSingular(std::string_view number, std::string_view language) {
    std::string text = trimmedName(number);
    if (!text.empty() && (text[0] == '-' || text[0] == '+'))
        text.erase(0, 1);
    if (text.empty())
        return false;
    bool digits = false, separator = false;
    for (char& c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits = true;
        } else if ((c == '.' || c == ',') && !separator) {
            separator = true;
            c = '.';
        } else {
            return false;
        }
    }
    if (!digits)
        return false;
    // from_chars, not strtod: under a locale with a decimal comma strtod would read "1.5" as 1.
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return language == "fr" ? value < 2 : value == 1;
}

}  // namespace ets
