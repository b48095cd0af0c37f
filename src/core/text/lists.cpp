#include "core/text/lists.hpp"

#include "core/text/names.hpp"

#include <algorithm>

namespace ets {

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (!text.empty())
            text += separator;
        text += part;
    }
    return text;
}

std::vector<std::string> typedLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos)
            lines.emplace_back(line);
        start = end + 1;
    }
    return lines;
}

std::string listItem(std::string_view list, int position) {
    for (int i = 0; i < position; ++i) {
        const std::size_t end = list.find(';');
        if (end == std::string_view::npos)
            return {};
        list.remove_prefix(end + 1);
    }
    return trimmedName(list.substr(0, list.find(';')));
}

}  // namespace ets
