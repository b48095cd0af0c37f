#include "core/text/numbers.hpp"

#include <charconv>
#include <cmath>
#include <iterator>

namespace ets {

char decimalSeparator(const Catalogue& texts) {
    const std::string separator = texts.text("hours.decimal_separator");
    return separator.size() == 1 ? separator[0] : '.';
}

std::string decimalText(double value, int decimals, const Catalogue& texts) {
    if (!std::isfinite(value))
        return "—";
    // to_chars, not printf: the office may run under a locale whose numbers have a decimal comma already.
    char buffer[400];
    const auto written = std::to_chars(std::begin(buffer), std::end(buffer), value, std::chars_format::fixed, decimals);
    std::string text(buffer, written.ec == std::errc() ? written.ptr : buffer);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    if (text == "-0")
        text = "0";
    for (char& c : text)
        if (c == '.')
            c = decimalSeparator(texts);
    return text;
}

std::string percentText(double share, const Catalogue& texts) {
    return texts.text("number.percent", {decimalText(share * 100, 1, texts)});
}

}  // namespace ets
