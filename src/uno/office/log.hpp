#pragma once
// Details for developers go to standard error (visible when soffice runs from a terminal);
// people get a sentence from the catalogue instead.

#include <iostream>
#include <string>

namespace ets::uno {

inline void logError(const char* what, const std::string& detail) {
    std::cerr << "ets-workbench: " << what << ": " << detail << std::endl;
}

}  // namespace ets::uno
