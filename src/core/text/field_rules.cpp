#include "core/text/field_rules.hpp"

#include "core/text/names.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

namespace ets {

bool isValidColour(std::string_view colour) {
    if (colour.empty())
        return true;
    if (colour.size() != 7 || colour[0] != '#')
        return false;
    for (char c : colour.substr(1))
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

bool isValidHourAmount(double hours) {
    if (!(hours > 0) || !std::isfinite(hours))
        return false;
    const double quarters = hours * 4;
    // Quarters are exact in binary floating point; the tolerance only forgives the rounding
    // noise of an amount computed elsewhere (a spreadsheet sum) that is meant to be a quarter.
    // At least one quarter: 1e-300 is within the tolerance of zero quarters, not an amount of time.
    return std::round(quarters) >= 1 && std::fabs(quarters - std::round(quarters)) < 1e-9;
}

bool isBlank(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            i += 2;  // U+00A0 no-break space, common in French text pasted from Writer
        } else {
            return false;
        }
    }
    return true;
}

std::optional<double> parseDecimal(std::string_view text) {
    std::string digits = trimmedName(text);
    std::replace(digits.begin(), digits.end(), ',', '.');
    double value = 0;
    const char* end = digits.data() + digits.size();
    const auto result = std::from_chars(digits.data(), end, value);
    if (digits.empty() || result.ec != std::errc() || result.ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

}  // namespace ets
