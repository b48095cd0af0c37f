#pragma once
// A list written on one line: "Logement; Santé".

#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The parts in order with `separator` between them; "" for no part.
std::string joined(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace ets
