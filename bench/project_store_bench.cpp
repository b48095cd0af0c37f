// Times loadProject and saveProject on a project larger than the exploratory phase will
// ever reach (20 organisations, 50 themes, 5,000 passages, 1,000 hour entries), so that a
// slow change to the project file shows up before users feel it. Prints figures only.

#include "core/project/model.hpp"
#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/project/project_store.hpp"
#include "large_project.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRuns = 15;
constexpr double kTargetMs = 50;

template <typename Action>
double medianMs(Action action) {
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = Clock::now();
        action();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main() {
    const fs::path folder = fs::temp_directory_path() / ("ets-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(folder);

    const ets::Project project = ets::bench::largeProject();
    ets::saveProject(folder, project);  // first save: no backup yet, not timed

    std::size_t passagesRead = 0;
    const double saveMs = medianMs([&] { ets::saveProject(folder, project); });
    // Where a save's time goes: the checks, building the JSON tree (and freeing it), writing it as text.
    const double checkMs = medianMs([&] { ets::checkProject(project); });
    const double treeMs = medianMs([&] { const nlohmann::json tree = ets::toJson(project); });
    const nlohmann::json tree = ets::toJson(project);
    const double dumpMs = medianMs([&] { const std::string text = tree.dump(2); });
    const double loadMs = medianMs([&] { passagesRead += ets::loadProject(folder).passages.size(); });

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto fileBytes = fs::file_size(folder / ets::kProjectFileName);

    std::printf("project: %zu organisations, %zu themes, %zu passages, %zu hour entries\n",
                project.organisations.size(), project.themes.size(), project.passages.size(), project.hours.size());
    std::printf("project file size: %.2f MB (%ju bytes)\n", fileBytes / 1e6, static_cast<std::uintmax_t>(fileBytes));
    std::printf("load time (median of %d): %.1f ms   target < %.0f ms\n", kRuns, loadMs, kTargetMs);
    std::printf("save time (median of %d): %.1f ms   target < %.0f ms\n", kRuns, saveMs, kTargetMs);
    std::printf("peak memory (ru_maxrss): %.1f MB\n", usage.ru_maxrss / 1024.0);
    std::printf(
        "  of which: checks %.1f ms, JSON tree %.1f ms, text %.1f ms, the rest (write, fsync, rename) %.1f ms\n",
        checkMs, treeMs, dumpMs, saveMs - checkMs - treeMs - dumpMs);
    std::printf("(passages read: %zu)\n", passagesRead);

    std::error_code ignored;
    fs::remove_all(folder, ignored);
    return 0;
}
