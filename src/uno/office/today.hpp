#pragma once
// Today's date on this computer, as the project writes dates.

#include <ctime>
#include <string>

namespace ets::uno {

// "YYYY-MM-DD" in local time.
inline std::string today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

} // namespace ets::uno
