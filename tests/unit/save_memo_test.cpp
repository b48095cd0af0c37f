// A save that redoes only what changed (core/project/save_memo) must write, byte for byte, what the whole path writes:
// the JSON of the whole project, stamped over the file last read or written, then dumped. Held to it over many random
// sequences of changes of every kind (fields edited, records added, removed and so tombstoned, lists reordered, keys
// repeated), in memory and on disk between two offices that merge each other's saves.

#include "core/project/opened_project.hpp"
#include "core/project/project_checks.hpp"
#include "core/project/project_merge.hpp"
#include "core/project/project_store.hpp"
#include "core/project/save_memo.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include "temp_folder.hpp"
#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

namespace ets {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The whole path, as saveProject took it before the memo: the project's JSON with the file's bookkeeping, stamped.
json wholeSave(const json& base, const Project& project, const std::string& who, const std::string& at) {
    json file = projectFileContent(project);
    for (const char* key : {"revisions", "deleted", "conflicts", "conflictsReviewed"})
        if (base.is_object() && base.contains(key))
            file[key] = base[key];
    stampChanges(base, file, who, at);
    return file;
}

std::string textOf(const json& file) { return file.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

// Random changes that keep the project valid (the checks pass), of every kind the file holds.
class RandomChanges {
public:
    explicit RandomChanges(unsigned seed) : random_(seed) {}

    std::size_t pick(std::size_t n) { return n == 0 ? 0 : random_() % n; }

    std::string text() {
        const char* const texts[] = {"Notes",       "Thème « logement »",     "", "a\"b\\c", "ligne\nsuivante", "Zoë 😀",
                                     "\xff broken", "Notes de suivi, revues."};
        return texts[pick(8)];
    }

    std::string date() { return "2026-" + two(1 + pick(12)) + "-" + two(1 + pick(28)); }

    static std::string two(std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

    std::string name(const char* prefix) { return std::string(prefix) + " " + std::to_string(++counter_); }

    template <typename Item>
    Item* any(std::vector<Item>& items) {
        return items.empty() ? nullptr : &items[pick(items.size())];
    }

    template <typename Item>
    void removeOne(std::vector<Item>& items) {
        if (!items.empty())
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(pick(items.size())));
    }

    std::string organisationId(Project& project) {
        Organisation* organisation = any(project.organisations);
        return organisation && pick(3) ? organisation->id : std::string();
    }

    void addHour(Project& project) {
        HourEntry entry;
        entry.id = newId("h-");
        entry.date = date();
        entry.person = pick(2) ? "Claire" : "Yasmine";
        entry.activity = static_cast<Activity>(pick(9));
        entry.organisationId = organisationId(project);
        entry.hours = 0.25 * static_cast<double>(1 + pick(16));
        entry.note = text();
        project.hours.push_back(entry);
    }

    void addTheme(Project& project) {
        Theme theme{newId("th-"), name("Thème"), text(), pick(2) ? "#3366CC" : "", ""};
        if (Theme* parent = any(project.themes); parent && pick(2))
            theme.parentId = parent->id;
        project.themes.push_back(theme);
    }

    void addOrganisation(Project& project) {
        Organisation organisation;
        organisation.id = newId("org-");
        organisation.name = name("Association");
        organisation.notes = text();
        organisation.status = static_cast<OrganisationStatus>(pick(5));
        project.organisations.push_back(organisation);
    }

    void addPassage(Project& project) {
        Passage passage;
        passage.id = newId("pa-");
        passage.transcript = "entretien-" + std::to_string(pick(3)) + ".odt";
        passage.anchor = "ets-" + passage.id;
        if (Theme* theme = any(project.themes))
            passage.themeIds.push_back(theme->id);
        passage.text = text();
        project.passages.push_back(passage);
    }

    // One change, of a kind picked at random.
    void change(Project& project) {
        switch (pick(34)) {
        case 0:
            if (Organisation* organisation = any(project.organisations))
                organisation->notes = text();
            break;
        case 1:
            addOrganisation(project);
            break;
        case 2: {  // an organisation removed, and what pointed at it cut (as the register does)
            if (project.organisations.empty())
                break;
            const std::size_t at = pick(project.organisations.size());
            const std::string id = project.organisations[at].id;
            project.organisations.erase(project.organisations.begin() + static_cast<std::ptrdiff_t>(at));
            for (Interview& interview : project.interviews)
                if (interview.organisationId == id)
                    interview.organisationId.clear();
            for (HourEntry& entry : project.hours)
                if (entry.organisationId == id)
                    entry.organisationId.clear();
            break;
        }
        case 3:
        case 4:
            addHour(project);
            break;
        case 5:
            if (HourEntry* entry = any(project.hours))
                entry->hours = 0.25 * static_cast<double>(1 + pick(16));
            break;
        case 6:
            removeOne(project.hours);
            break;
        case 7:
            addTheme(project);
            break;
        case 8:
            if (Theme* theme = any(project.themes))
                theme->name = name("Thème renommé");
            break;
        case 9: {  // a theme without sub-themes deleted, and taken off the passages
            std::vector<std::size_t> leaves;
            for (std::size_t i = 0; i < project.themes.size(); ++i) {
                bool parent = false;
                for (const Theme& other : project.themes)
                    parent = parent || other.parentId == project.themes[i].id;
                if (!parent)
                    leaves.push_back(i);
            }
            if (leaves.empty())
                break;
            const std::size_t at = leaves[pick(leaves.size())];
            const std::string id = project.themes[at].id;
            project.themes.erase(project.themes.begin() + static_cast<std::ptrdiff_t>(at));
            for (Passage& passage : project.passages)
                passage.themeIds.erase(std::remove(passage.themeIds.begin(), passage.themeIds.end(), id),
                                       passage.themeIds.end());
            break;
        }
        case 10: {
            Interview interview;
            interview.id = newId("int-");
            interview.organisationId = organisationId(project);
            interview.date = pick(2) ? date() : "";
            interview.interviewers = {"Claire"};
            project.interviews.push_back(interview);
            break;
        }
        case 11:
            if (Interview* interview = any(project.interviews)) {
                interview->consent = !interview->consent;
                interview->participants.push_back(text());
            }
            break;
        case 12:
            removeOne(project.interviews);
            break;
        case 13:  // a name twice in the list of names makes the memo step aside: the whole path must follow
            project.people.push_back({pick(4) ? name("Martine") : "Martine Dubois", "coordinatrice"});
            break;
        case 14:
            removeOne(project.people);
            break;
        case 15: {
            const double amounts[] = {75, 0.0, -0.0, 80.5};
            project.settings.minimumHours = amounts[pick(4)];
            project.settings.language = pick(2) ? "fr" : "";
            break;
        }
        case 16:
            project.name = pick(2) ? "Étude partagée" : name("Étude");
            break;
        case 17:
            project.guide.questions.push_back({name("Question"), text(), {text()}});
            break;
        case 18:
            project.cycle.chantiers = static_cast<int>(1 + pick(8));
            break;
        case 19:
            if (Theme* theme = any(project.themes)) {
                const double priorities[] = {1, 2.5, -0.0, 0.0};
                bool found = false;
                for (ThemePriority& priority : project.committee.priorities)
                    if (priority.themeId == theme->id) {
                        priority.priority = priorities[pick(4)];
                        found = true;
                    }
                if (!found)
                    project.committee.priorities.push_back({theme->id, priorities[pick(4)]});
            }
            break;
        case 20:
            removeOne(project.committee.priorities);
            break;
        case 21:
            if (Theme* theme = any(project.themes)) {
                const int slot = static_cast<int>(1 + pick(6));
                bool found = false;
                for (SlotChoice& choice : project.committee.slots)
                    found = found || choice.slot == slot;
                if (!found)
                    project.committee.slots.push_back({slot, theme->id});
            }
            break;
        case 22:
            if (Theme* theme = any(project.themes)) {
                if (!project.findAnalysis(theme->id)) {
                    ThemeAnalysis analysis;
                    analysis.id = analysis.themeId = theme->id;
                    project.analyses.push_back(analysis);
                }
                for (ThemeAnalysis& analysis : project.analyses)
                    if (analysis.id == theme->id)
                        analysis.problem = text();
            }
            break;
        case 23:
            if (Passage* passage = any(project.passages.edit()); passage && !project.findPassageMark(passage->id))
                project.passageMarks.push_back({passage->id, passage->themeIds, {}});
            break;
        case 24:
            if (Theme* theme = any(project.themes); theme && !project.organisations.empty())
                project.carriers.push_back({newId("ca-"),
                                            theme->id,
                                            any(project.organisations)->id,
                                            {Capacity::Experience},
                                            Willingness::Yes,
                                            text(),
                                            text()});
            break;
        case 25:
            if (RecordedCarrier* carrier = any(project.carriers))
                carrier->willing = static_cast<Willingness>(pick(3));
            break;
        case 26:
            if (project.pendingRewrites.empty() || pick(2))
                project.pendingRewrites.push_back({name("transcripts/t") + ".odt", {{"th-a", ""}}});
            else
                removeOne(project.pendingRewrites);
            break;
        case 27:
            addPassage(project);
            break;
        case 28:
            removeOne(project.passages.edit());
            break;
        case 29:
            if (project.transcripts.empty() || pick(2))
                project.transcripts.push_back({name("entretien") + ".odt", static_cast<std::int64_t>(pick(1000)),
                                               static_cast<std::uint64_t>(pick(1000))});
            else
                project.transcripts.back().size += 1;
            break;
        case 30:  // two records change places: the file's order follows the memory's
            if (project.hours.size() >= 2)
                std::swap(project.hours[pick(project.hours.size())], project.hours[pick(project.hours.size())]);
            break;
        case 31:
            if (project.referents.empty() || pick(2))
                project.referents.push_back({name("Membre"), text()});
            else
                project.referents.back().organisation = text();
            break;
        case 32:  // a record removed then made again with the same id: a new record of the merge's
            if (!project.hours.empty()) {
                const HourEntry again = project.hours.front();
                project.hours.erase(project.hours.begin());
                project.hours.push_back(again);
            }
            break;
        default:
            break;  // nothing changed: a save that writes the same records
        }
    }

private:
    std::mt19937 random_;
    int counter_ = 0;
};

Project startingProject(RandomChanges& random) {
    Project project;
    project.name = "Étude partagée";
    for (int i = 0; i < 3; ++i) {
        random.addTheme(project);
        random.addOrganisation(project);
        random.addHour(project);
        random.addPassage(project);
    }
    return project;
}

std::string at(int step) {
    char text[40];
    std::snprintf(text, sizeof text, "2026-12-02T10:%02d:%02d.%03dZ", step / 3600 % 60, step / 60 % 60, step % 1000);
    return text;
}

TEST(SaveMemo, EverySaveWritesTheBytesOfTheWholePath) {
    int incremental = 0, whole = 0;
    for (unsigned seed = 1; seed <= 25; ++seed) {
        RandomChanges random(seed);
        Project project = startingProject(random);
        json base = wholeSave(json(), project, "Claire", at(0));  // the first save of a file read without bookkeeping
        SaveMemo memo;
        rememberSave(memo, project, FilePieces::of(base), "h0");
        for (int step = 1; step <= 60; ++step) {
            for (std::size_t n = 1 + random.pick(3); n > 0; --n)
                random.change(project);
            const ChangedParts parts = changedParts(memo, project);
            checkProjectChanges(project, parts);
            const std::string who = random.pick(4) ? "Claire" : "Yasmine";
            const json expected = wholeSave(base, project, who, at(step));
            std::optional<PreparedSave> prepared = prepareSave(memo, base, project, parts, who, at(step));
            if (!prepared) {
                ++whole;
                base = expected;
                rememberSave(memo, project, FilePieces::of(base), "h" + std::to_string(step));
                continue;
            }
            ++incremental;
            ASSERT_EQ(savedText(memo, *prepared), textOf(expected)) << "seed " << seed << ", step " << step;
            commitSave(memo, base, project, parts, std::move(*prepared), "h" + std::to_string(step));
            ASSERT_EQ(base, expected) << "seed " << seed << ", step " << step;
            ASSERT_TRUE(memo.valid);
        }
    }
    // Most saves take the memo's path; a name given twice in the list of names sends a few down the whole one.
    EXPECT_GT(incremental, 4 * whole);
    EXPECT_GT(whole, 0);
}

TEST(SaveMemo, AChangeTheChecksRefuseIsRefusedWithTheWholeCheckError) {
    RandomChanges random(7);
    Project project = startingProject(random);
    project.passages[0].themeIds = {project.themes.back().id};  // the last theme made has no sub-theme
    SaveMemo memo;
    rememberSave(memo, project, FilePieces::of(wholeSave(json(), project, "Claire", at(0))), "h0");
    const auto sameRefusal = [&](const Project& broken) {
        std::string whole, partial;
        try {
            checkProject(broken);
        } catch (const Error& error) {
            whole = error.key() + ":" + error.args().at(0);
        }
        try {
            checkProjectChanges(broken, changedParts(memo, broken));
        } catch (const Error& error) {
            partial = error.key() + ":" + error.args().at(0);
        }
        EXPECT_FALSE(whole.empty());
        EXPECT_EQ(partial, whole);
    };
    Project broken = project;
    broken.hours[1].date = "2026-02-30";
    sameRefusal(broken);
    broken = project;
    broken.hours[2].organisationId = "org-gone";
    sameRefusal(broken);
    broken = project;
    broken.themes[0].parentId = broken.themes[0].id;
    sameRefusal(broken);
    broken = project;
    broken.passages[0].themeIds.push_back("th-gone");
    sameRefusal(broken);
    broken = project;
    broken.organisations.push_back(broken.organisations[0]);  // one id twice
    sameRefusal(broken);
    broken = project;
    broken.organisations[1].id = broken.organisations[0].id;  // one id twice, the list as long as before
    sameRefusal(broken);
    broken = project;
    broken.themes[1].name = " ";
    sameRefusal(broken);
    broken = project;
    broken.settings.minimumHours = -1;
    sameRefusal(broken);
    broken = project;
    broken.themes.pop_back();  // a passage now names a theme that is gone: only the themes changed
    sameRefusal(broken);
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

// The time of the save that wrote `file` by `who`: its latest stamp (any time will do when it stamped nothing).
std::string latestStamp(const json& file, const std::string& who) {
    std::string latest;
    for (const auto& [key, revision] : file["revisions"].items())
        if (revision.value("by", std::string()) == who)
            latest = std::max(latest, revision.value("at", std::string()));
    for (const json& tombstone : file["deleted"])
        if (tombstone.value("by", std::string()) == who)
            latest = std::max(latest, tombstone.value("at", std::string()));
    return latest;
}

TEST(SaveMemo, TwoOfficesSavingInTurnWriteTheWholePathsBytesAndLoseNothing) {
    const fs::path folder = uniqueTempFolder("ets-save-memo");
    createProject(folder, "Étude partagée", "");
    RandomChanges random(99);
    OpenedProject offices[] = {openProject(folder, folder / "claire-index.json", "Claire"),
                               openProject(folder, folder / "yasmine-index.json", "Yasmine")};
    std::set<std::string> hoursLogged;  // lines of hours never removed: both offices must keep them all
    int checked = 0;
    for (int step = 0; step < 120; ++step) {
        OpenedProject& office = offices[random.pick(5) == 0 ? 1 : step % 2 == 0];
        if (random.pick(4) == 0)
            refreshProject(office);
        Project changed = office.project;
        for (std::size_t n = 1 + random.pick(2); n > 0; --n) {
            const std::size_t kind = random.pick(4);
            if (kind == 0) {
                random.addHour(changed);
                hoursLogged.insert(changed.hours.back().id);
            } else if (kind == 1) {
                random.addOrganisation(changed);
            } else if (kind == 2 && !changed.organisations.empty()) {
                changed.organisations[random.pick(changed.organisations.size())].notes = random.text();
            } else {
                random.addPassage(changed);
            }
        }
        const json base = office.file.content;
        const bool alone = projectFileHash(folder) == office.file.hash;  // nobody wrote since this office did
        std::swap(office.project, changed);
        saveProject(office);
        if (!alone)
            continue;
        const json written = readProjectFile(folder).content;
        const std::string when = latestStamp(written, office.editor);
        EXPECT_EQ(readFile(folder / kProjectFileName), textOf(wholeSave(base, office.project, office.editor, when)))
            << "step " << step;
        ++checked;
    }
    EXPECT_GT(checked, 30);
    for (OpenedProject& office : offices) {
        refreshProject(office);
        std::set<std::string> kept;
        for (const HourEntry& entry : office.project.hours)
            kept.insert(entry.id);
        EXPECT_EQ(kept, hoursLogged);
    }
    fs::remove_all(folder);
}

}  // namespace
}  // namespace ets
