#pragma once
// Calendar dates as the project stores them: "YYYY-MM-DD" text.

#include <string>
#include <string_view>

namespace ets {

// True for a real calendar date written YYYY-MM-DD (year 0001 to 9999):
// "2024-02-29" is valid, "2025-02-29", "2025-2-3" and "2025-02-30" are not.
bool isValidDate(std::string_view ymd);

// Today's date on this computer (local time), as the project writes dates: "YYYY-MM-DD".
std::string today();

}  // namespace ets
