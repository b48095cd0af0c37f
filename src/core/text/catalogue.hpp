#pragma once
// User-facing texts of one language, loaded from a JSON catalogue
// (extension/strings/messages_<lang>.json: a flat object key → text with {0}, {1} placeholders, and plural forms
// {0|passage|passages}: the first form when argument 0 is a number taken as singular in the catalogue's language —
// 0 to 1.99 in French, exactly 1 in English and Dutch — else the second).

#include "core/text/error.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Falls back to a second catalogue (English) for missing keys, and to the key itself, so a
// text missing from a translation is still shown rather than lost.
class Catalogue {
public:
    // An empty catalogue: text() returns the keys. Useful when no catalogue could be loaded.
    Catalogue() = default;

    // Throws Error("catalogue.invalid", {sourceName}) unless the text is a JSON object whose
    // values are all strings.
    // `language` ("fr", "en", "nl") decides the plural forms.
    static Catalogue fromJsonText(std::string_view jsonText, std::string_view sourceName = {},
                                  std::string_view language = "en");

    // messages_<language>.json from stringsDir, falling back to messages_en.json.
    // A language without a file gets English alone. Throws Error:
    //   catalogue.invalid {file}    a catalogue file is not a valid catalogue
    //   catalogue.not_found {file}  not even the English file exists
    static Catalogue load(const std::filesystem::path& stringsDir, std::string_view language);

    // The text for key with {0}, {1}... replaced by args; placeholders without an argument
    // stay as they are, and arguments are not themselves searched for placeholders.
    std::string text(std::string_view key, const std::vector<std::string>& args = {}) const;
    std::string text(const Error& error) const;

    // The language of this catalogue's own texts: "fr", "en" or "nl".
    const std::string& language() const { return language_; }

    // True when this catalogue or its fallback has the key.
    bool has(std::string_view key) const;

    // The keys of this catalogue alone (not of its fallback), sorted.
    std::vector<std::string> keys() const;

private:
    const std::string* find(std::string_view key, const Catalogue** owner = nullptr) const;

    std::map<std::string, std::string, std::less<>> texts_;
    std::string language_ = "en";
    std::shared_ptr<const Catalogue> fallback_;  // shared: catalogues are copied around freely
};

// Maps a LibreOffice UI locale ("fr-BE", "fr", "nl-BE", "en-US", "") to a catalogue
// language: "fr", "nl" or "en". Empty → "fr" (our users are French-speaking); any other
// language → "en".
std::string catalogueLanguage(std::string_view uiLocale);

// True when `number` (a whole or decimal number, "." or "," before its decimals) takes the singular in `language`:
// below 2 in French, exactly 1 in English and Dutch. A text that is no number takes the plural.
bool isSingular(std::string_view number, std::string_view language);

}  // namespace ets
