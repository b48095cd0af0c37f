#pragma once
// The colours a person picks a theme's colour from, by name: the Themes dialog lists « (couleur par défaut) », the
// named colours, then « Autre couleur (code) » for a code typed by hand. Names are the catalogues' ("colour.<key>").

#include "core/text/catalogue.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

struct NamedColour {
    const char* key;  // the catalogue's "colour.<key>"
    const char* code;  // "#RRGGBB", as the project stores a theme's colour
};

// Every colour of the palette, in the order the dialog lists them (the demo's themes' colours among them).
const std::vector<NamedColour>& colourPalette();

// The dialog's list: the default, each colour's name in the catalogue's language, and the advanced choice last.
std::vector<std::string> colourChoices(const Catalogue& texts);

// The position in colourChoices of a theme's colour: 0 for none (the default), a palette colour's position (codes
// compared without regard to case), the last for any other code (shown in the advanced field).
int colourChoiceOf(std::string_view code);

// The code a choice puts in the advanced field: "" for the default and the advanced choice, else the palette's code.
std::string codeOfChoice(int position);

// The colour saved: the advanced field (trimmed), which the list fills as a colour is chosen, so a code a person typed
// there wins (the codebook refuses it if it is no "#RRGGBB"); when it is empty, the chosen colour's code.
std::string colourOfChoice(int position, std::string_view typedCode);

// A "#RRGGBB" code as the number LibreOffice takes for a colour (0xRRGGBB); nullopt for anything else.
std::optional<int> colourNumber(std::string_view code);

}  // namespace ets
