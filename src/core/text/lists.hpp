#pragma once
// Lists written out as one text ("a, b, c"), as documents and cards show them.

#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The parts one after the other with `separator` between them: {"a", "b"}, ", " → "a, b".
std::string joined(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace ets
