#pragma once
// Lists written out as one text ("a, b, c"), as documents and cards show them, and lists typed one item a line.

#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The parts one after the other with `separator` between them: {"a", "b"}, ", " → "a, b".
std::string joined(const std::vector<std::string>& parts, std::string_view separator);

// What a person typed in a box of several lines: the lines (split at LF) that are not blank (spaces, tabs, CR), each
// exactly as typed.
std::vector<std::string> typedLines(std::string_view text);

// The item at `position` (from 0) of a ";"-separated list such as the catalogue's month names, trimmed; empty when
// the list is shorter.
std::string listItem(std::string_view list, int position);

}  // namespace ets
