// Times loadProject and saveProject on a project larger than the exploratory phase will
// ever reach (20 organisations, 50 themes, 5,000 passages, 1,000 hour entries), so that a
// slow change to the project file shows up before users feel it. Prints figures only.

#include "core/model.hpp"
#include "core/project_checks.hpp"
#include "core/project_json.hpp"
#include "core/project_store.hpp"

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

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

ets::Project largeProject() {
    std::mt19937 random(42);  // fixed seed: every run measures the same project
    ets::Project project;
    project.name = "Banc d'essai – exploration ETS";
    project.settings.coder = "Amina";

    for (int i = 0; i < 50; ++i) {
        ets::Theme theme{ets::newId("th-"), "Thème n°" + std::to_string(i), "Description du thème, deux phrases.", "#3366CC", ""};
        if (i >= 10)
            theme.parentId = project.themes[i % 10].id;  // 10 top-level themes, 40 below them
        project.themes.push_back(theme);
    }
    for (int i = 0; i < 20; ++i) {
        ets::Organisation organisation;
        organisation.id = ets::newId("org-");
        organisation.name = "Association de terrain n°" + std::to_string(i);
        organisation.kind = "ASBL";
        organisation.sector = "Action sociale";
        organisation.commune = "Saint-Gilles";
        organisation.contact = "contact@example.org";
        organisation.referent = "Membre du comité";
        organisation.role = ets::OrganisationRole::Both;
        organisation.status = ets::OrganisationStatus::Interviewed;
        organisation.notes = "Notes de suivi de la prise de contact.";
        project.organisations.push_back(organisation);

        ets::Interview interview;
        interview.id = ets::newId("int-");
        interview.organisationId = organisation.id;
        interview.date = "2025-01-" + twoDigits(1 + i);
        interview.durationMinutes = 120;
        interview.interviewers = {"Chargée de projet", "Chercheuse"};
        interview.participants = {"coordinatrice", "travailleur social"};
        interview.place = "Dans leurs locaux";
        interview.consent = true;
        interview.status = "transcribed";
        interview.transcript = "entretien-" + std::to_string(i) + ".odt";
        project.interviews.push_back(interview);
    }
    const std::string quote =
        "Ce qu'on vit au quotidien, c'est que les personnes arrivent chez nous après avoir été renvoyées de "
        "guichet en guichet ; elles ont perdu confiance, et nous, on doit d'abord recréer du lien avant de "
        "pouvoir faire valoir le moindre droit. « On n'a plus le temps de faire notre vrai travail. »";
    for (int i = 0; i < 5000; ++i) {
        ets::Passage passage;
        passage.id = ets::newId("pa-");
        passage.transcript = project.interviews[i % 20].transcript;
        passage.anchor = "ets-" + passage.id;
        for (int t = 0, count = 1 + static_cast<int>(random() % 3); t < count; ++t)
            passage.themeIds.push_back(project.themes[random() % 50].id);
        passage.coder = i % 2 ? "Amina" : "Luc";
        passage.text = quote;
        passage.memo = i % 4 == 0 ? "Mémo : à rapprocher des autres entretiens." : "";
        project.passages.push_back(passage);
    }
    for (int i = 0; i < 1000; ++i) {
        ets::HourEntry entry;
        entry.id = ets::newId("h-");
        entry.date = "2025-" + twoDigits(1 + i % 12) + "-" + twoDigits(1 + i % 28);
        entry.person = "Chercheuse";
        entry.activity = static_cast<ets::Activity>(i % 9);
        entry.organisationId = i % 3 ? project.organisations[i % 20].id : "";
        entry.hours = 0.25 * (1 + random() % 16);
        entry.note = "Travail sur les entretiens";
        project.hours.push_back(entry);
    }
    return project;
}

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

    const ets::Project project = largeProject();
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
    std::printf("  of which: checks %.1f ms, JSON tree %.1f ms, text %.1f ms, the rest (write, fsync, rename) %.1f ms\n",
                checkMs, treeMs, dumpMs, saveMs - checkMs - treeMs - dumpMs);
    std::printf("(passages read: %zu)\n", passagesRead);

    std::error_code ignored;
    fs::remove_all(folder, ignored);
    return 0;
}
