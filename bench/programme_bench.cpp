// Times the core of vnd.ets:Programme (tally, ranking, slots, carriers, places) and the nominations summary on the
// benchmarks' large project (50 themes, 20 organisations, 5,000 passages), with committee priorities and choices.
// Prints figures only.

#include "core/analysis/programme.hpp"
#include "core/analysis/tally.hpp"
#include "core/method/method.hpp"
#include "core/text/months.hpp"
#include "large_project.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRuns = 15;

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
    ets::Project project = ets::bench::largeProject();
    for (int i = 0; i < 10; ++i)
        project.committee.priorities.push_back({project.themes[static_cast<std::size_t>(i * 5)].id, 1.0 + i});
    project.committee.slots = {{2, project.themes[7].id}, {5, project.themes[13].id}};
    for (int i = 0; i < 5; ++i)
        project.referents.push_back({"Membre " + std::to_string(i), "Organisation"});
    const int start = *ets::parseMonth("2026-01");

    std::size_t places = 0;
    const double tallyMs = medianMs([&] { places += ets::tallyThemes(project).themes.size(); });
    const double planMs = medianMs([&] {
        const ets::Programme programme = ets::planProgramme(project, start);
        for (const auto& slot : programme.slots)
            for (const auto& carrier : slot.carriers)
                places += static_cast<std::size_t>(carrier.places);
    });
    const double nominationsMs = medianMs([&] { places += ets::nominations(project).size(); });

    std::printf("project: %zu organisations, %zu themes, %zu passages; 10 priorities, 2 hand-assigned slots\n",
                project.organisations.size(), project.themes.size(), project.passages.size());
    std::printf("planProgramme (median of %d): %.2f ms, of which the tally %.2f ms\n", kRuns, planMs, tallyMs);
    std::printf("nominations (median of %d): %.3f ms\n", kRuns, nominationsMs);
    std::printf("(checksum %zu)\n", places);
    return 0;
}
