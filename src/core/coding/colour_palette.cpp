#include "core/coding/colour_palette.hpp"

#include "core/text/names.hpp"

#include <cctype>

namespace ets {

namespace {

bool sameCode(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

}  // namespace

const std::vector<NamedColour>& colourPalette() {
    static const std::vector<NamedColour> palette = {
        {"red", "#C0392B"},    {"orange", "#E67E22"}, {"yellow", "#F1C40F"},    {"ochre", "#B7950B"},
        {"green", "#27AE60"},  {"teal", "#17A589"},   {"sky_blue", "#5DADE2"},  {"blue", "#2471A3"},
        {"purple", "#8E44AD"}, {"pink", "#D63384"},   {"brown", "#873600"},     {"grey", "#7F8C8D"},
    };
    return palette;
}

std::vector<std::string> colourChoices(const Catalogue& texts) {
    std::vector<std::string> choices{texts.text("colour.default")};
    for (const NamedColour& colour : colourPalette())
        choices.push_back(texts.text(std::string_view(std::string("colour.") + colour.key)));
    choices.push_back(texts.text("colour.other"));
    return choices;
}

int colourChoiceOf(std::string_view code) {
    const std::string trimmed = trimmedName(code);
    if (trimmed.empty())
        return 0;
    const std::vector<NamedColour>& palette = colourPalette();
    for (std::size_t i = 0; i < palette.size(); ++i)
        if (sameCode(trimmed, palette[i].code))
            return static_cast<int>(i) + 1;
    return static_cast<int>(palette.size()) + 1;
}

std::optional<int> colourNumber(std::string_view code) {
    const std::string trimmed = trimmedName(code);
    if (trimmed.size() != 7 || trimmed[0] != '#')
        return std::nullopt;
    int value = 0;
    for (std::size_t i = 1; i < trimmed.size(); ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(trimmed[i])));
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

std::string codeOfChoice(int position) {
    const std::vector<NamedColour>& palette = colourPalette();
    if (position >= 1 && static_cast<std::size_t>(position) <= palette.size())
        return palette[static_cast<std::size_t>(position) - 1].code;
    return {};
}

std::string colourOfChoice(int position, std::string_view typedCode) {
    const std::string typed = trimmedName(typedCode);
    return typed.empty() ? codeOfChoice(position) : typed;
}

}  // namespace ets
