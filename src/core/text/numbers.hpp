#pragma once
// Numbers as a sentence in the UI's language writes them: the catalogue's decimal separator, a percentage with the
// language's sign and spacing ("85,3 %" with a no-break space in French, "85.3%" in English).

#include "core/text/catalogue.hpp"

#include <string>

namespace ets {

// The separator the catalogue writes numbers with ("hours.decimal_separator": "," in French and Dutch); '.' when it
// does not say one character.
char decimalSeparator(const Catalogue& texts);

// `value` rounded to at most `decimals` decimals, trailing zeros dropped: "0,318", "85", "-0,5".
std::string decimalText(double value, int decimals, const Catalogue& texts);

// A share (0.853) as a percentage with one decimal at most, in the catalogue's "number.percent": "85,3 %".
std::string percentText(double share, const Catalogue& texts);

}  // namespace ets
