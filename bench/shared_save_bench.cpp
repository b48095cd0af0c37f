// The price of saving safely in a shared folder (issue 13): one office's whole save of the 5,000-passage project
// (the project's lock, the checks, a look at the file on disk and the merge when another office wrote it, the
// revisions, the write with its backup, fsync and rename, and the office's own index of passages) against writing
// the same bytes with fsync and rename alone. Runs paired (one of each in turn) so that the disk's moods hit both.
// Prints figures and ratios; judges nothing.

#include "core/project/opened_project.hpp"
#include "core/project/project_store.hpp"
#include "core/project/staged_file.hpp"
#include "core/timesheet/timesheet.hpp"
#include "large_project.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRuns = 21;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> times) {
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The floor: the bytes to a temporary, fsync, rename. Nothing else.
void writeRaw(const fs::path& target, const std::string& bytes) {
    const fs::path temporary = target.parent_path() / (".raw-" + target.filename().string());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::system_error(errno, std::generic_category(), "open");
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0)
            throw std::system_error(errno, std::generic_category(), "write");
        done += static_cast<std::size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
    fs::rename(temporary, target);
    // The rename itself made durable, as any save that must survive a power cut does.
    const int folder = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

// One change of this office's own, as a command makes (a note edited back and forth keeps the file's size), then
// the save, timed alone.
double changeOurs(ets::OpenedProject& opened, int run) {
    opened.project.organisations[0].notes =
        run % 2 ? "Notes de suivi, revues." : "Notes de suivi de la prise de contact.";
    const Clock::time_point start = Clock::now();
    ets::saveProject(opened);
    return msSince(start);
}

// The other office's change, saved before ours: our save must read the file and merge.
void theirChange(ets::OpenedProject& other, int run) {
    ets::HourEntryFields fields;
    fields.date = "2026-11-" + ets::bench::twoDigits(1 + run % 28);
    fields.person = "Yasmine";
    fields.activity = "Analysis";
    fields.hours = 0.5;
    ets::changeAndSave(other,
                       [&](ets::Project& project) { ets::logHours(project, fields, ets::TimesheetVocabulary{}); });
}

// A passage tagged (its theme's revision changes with it, as TagSelection does when it creates a theme): the index too.
double tagOne(ets::OpenedProject& opened, int run) {
    ets::Passage passage = opened.project.passages.back();
    passage.id = ets::newId("p-");
    passage.anchor = "ETS_bench_" + std::to_string(run);
    opened.project.passages.push_back(passage);
    const Clock::time_point start = Clock::now();
    ets::saveProject(opened);
    return msSince(start);
}

}  // namespace

int main() {
    const fs::path root = fs::temp_directory_path() / ("ets-bench-shared-" + std::to_string(std::random_device{}()));
    const fs::path folder = root / "projet";
    const fs::path raw = root / "raw";
    fs::create_directories(folder);
    fs::create_directories(raw);

    const ets::Project project = ets::bench::largeProject();
    ets::saveProject(folder, project);
    ets::saveIndex(root / "claire-index.json", project);
    ets::OpenedProject claire = ets::openProject(folder, root / "claire-index.json", "Claire");
    ets::OpenedProject yasmine = ets::openProject(folder, root / "yasmine-index.json", "Yasmine");
    changeOurs(claire, 0);

    std::vector<double> alone, rawAlone, merged, rawMerged, tagged, rawTagged;
    for (int run = 1; run <= kRuns; ++run) {
        // Nothing changed on disk since this office last wrote.
        alone.push_back(changeOurs(claire, run));
        const std::string projectBytes = ets::readWholeFile(folder / ets::kProjectFileName);
        Clock::time_point start = Clock::now();
        writeRaw(raw / ets::kProjectFileName, projectBytes);  // the index did not change: the save left it alone
        rawAlone.push_back(msSince(start));

        // The other office saved in between.
        theirChange(yasmine, run);
        merged.push_back(changeOurs(claire, run + 1));
        const std::string mergedBytes = ets::readWholeFile(folder / ets::kProjectFileName);
        start = Clock::now();
        writeRaw(raw / ets::kProjectFileName, mergedBytes);
        rawMerged.push_back(msSince(start));

        // A tagging: a passage added, so the index is written too.
        tagged.push_back(tagOne(claire, run));
        const std::string taggedBytes = ets::readWholeFile(folder / ets::kProjectFileName);
        const std::string indexBytes = ets::readWholeFile(root / "claire-index.json");
        start = Clock::now();
        writeRaw(raw / ets::kProjectFileName, taggedBytes);
        writeRaw(raw / "index.json", indexBytes);
        rawTagged.push_back(msSince(start));
    }

    const double a = median(alone), ra = median(rawAlone), m = median(merged), rm = median(rawMerged),
                 t = median(tagged), rt = median(rawTagged);
    std::printf("project: %zu organisations, %zu themes, %zu passages, %zu hour entries\n",
                claire.project.organisations.size(), claire.project.themes.size(), claire.project.passages.size(),
                claire.project.hours.size());
    std::printf("project file %.2f MB, this office's index %.2f MB\n",
                fs::file_size(folder / ets::kProjectFileName) / 1e6, fs::file_size(root / "claire-index.json") / 1e6);
    std::printf("medians of %d paired runs        whole save   same bytes (fsync, rename)  ratio\n", kRuns);
    std::printf("  nothing changed on disk        %7.1f ms   %7.1f ms                   %.2f   target <= 2\n", a, ra,
                a / ra);
    std::printf("  the other office wrote first   %7.1f ms   %7.1f ms                   %.2f   reported\n", m, rm,
                m / rm);
    std::printf("  a passage tagged (+ index)     %7.1f ms   %7.1f ms                   %.2f   reported\n", t, rt,
                t / rt);

    std::error_code ignored;
    fs::remove_all(root, ignored);
    return 0;
}
