#pragma once
// Calendar months as the programme handles them: "YYYY-MM" text and a count of months for arithmetic.

#include <optional>
#include <string>
#include <string_view>

namespace ets {

// "2027-01" → 2027 × 12 + 0; nullopt unless the text is exactly YYYY-MM with a month 01..12 (year 0001..9999).
std::optional<int> parseMonth(std::string_view text);
// The inverse of parseMonth: 24324 → "2027-01".
std::string formatMonth(int month);

}  // namespace ets
