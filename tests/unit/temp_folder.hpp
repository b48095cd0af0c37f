#pragma once
// A folder of its own for each test: ctest may run tests of one fixture side by side (-j).

#include <filesystem>
#include <random>
#include <string>

namespace ets {

inline std::filesystem::path uniqueTempFolder(const std::string& prefix) {
    std::random_device entropy;
    return std::filesystem::temp_directory_path() /
           (prefix + "-" + std::to_string(entropy()) + std::to_string(entropy()));
}

}  // namespace ets
