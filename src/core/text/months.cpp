#include "core/text/months.hpp"

#include <cstdio>

namespace ets {

std::optional<int> parseMonth(std::string_view text) {
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    int year = 0, month = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        (i < 4 ? year : month) = (i < 4 ? year : month) * 10 + (text[i] - '0');
    }
    if (year < 1 || month < 1 || month > 12)
        return std::nullopt;
    return year * 12 + (month - 1);
}

std::string formatMonth(int month) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", month / 12, month % 12 + 1);
    return text;
}

}  // namespace ets
