#include "core/project/project_checks.hpp"

#include "core/project/cycle_settings.hpp"
#include "core/project/json_fields.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/months.hpp"
#include "core/text/names.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <utility>
#include <string>
#include <unordered_map>

namespace ets {
namespace {

using IdIndex = std::unordered_map<std::string_view, std::size_t>;

std::string itemPath(const char* collection, std::size_t index, const char* field) {
    return std::string(collection) + "[" + std::to_string(index) + "]." + field;
}

[[noreturn]] void throwBadValue(const std::string& field, const std::string& value) {
    throw Error("json.bad_value", {field, shortenForMessage(value)});
}

// As the number appears in the file: "0", "-5", "1.1".
std::string numberAsWritten(double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return nlohmann::json(value).dump();
}

// An enum value outside its list (from a bad cast) has no name and could not be read back.
template <typename Enum>
void requireNamed(Enum value, const std::string& field) {
    if (toString(value).empty())
        throwBadValue(field, std::to_string(static_cast<int>(value)));
}

// The rules a name typed into a command follows (checkGivenName), so that a hand-edited file cannot bring in what
// the commands refuse.
bool isAcceptableName(const std::string& name) {
    try {
        checkGivenName(name);
        return true;
    } catch (const Error&) {
        return false;
    }
}

// ---- one field at a time --------------------------------------------------------------

void checkSettings(const Project& project) {
    if (!(project.settings.minimumHours >= 0) || !std::isfinite(project.settings.minimumHours))
        throwBadValue("settings.minimumHours", numberAsWritten(project.settings.minimumHours));
    if (!project.phase.end.empty() && !isValidDate(project.phase.end))
        throwBadValue("phase.end", project.phase.end);
}

void checkThemeValues(const Project& project) {
    for (std::size_t i = 0; i < project.themes.size(); ++i) {
        const Theme& theme = project.themes[i];
        if (isBlank(theme.name) || theme.name.find(';') != std::string::npos || !isAcceptableName(theme.name))
            throwBadValue(itemPath("themes", i, "name"), theme.name);
        if (!isValidColour(theme.colour))
            throwBadValue(itemPath("themes", i, "colour"), theme.colour);
    }
}

void checkOrganisationValues(const Project& project) {
    for (std::size_t i = 0; i < project.organisations.size(); ++i) {
        if (!isAcceptableName(project.organisations[i].name))
            throwBadValue(itemPath("organisations", i, "name"), project.organisations[i].name);
        requireNamed(project.organisations[i].role, itemPath("organisations", i, "role"));
        requireNamed(project.organisations[i].status, itemPath("organisations", i, "status"));
        const std::string& planned = project.organisations[i].plannedDate;
        if (!planned.empty() && !isValidDate(planned))
            throwBadValue(itemPath("organisations", i, "plannedDate"), planned);
    }
}

void checkInterviewValues(const Project& project) {
    for (std::size_t i = 0; i < project.interviews.size(); ++i) {
        const Interview& interview = project.interviews[i];
        // An interview may be recorded before its date is fixed; a timesheet line may not.
        if (!interview.date.empty() && !isValidDate(interview.date))
            throwBadValue(itemPath("interviews", i, "date"), interview.date);
        if (interview.durationMinutes < 0)
            throwBadValue(itemPath("interviews", i, "durationMinutes"), std::to_string(interview.durationMinutes));
        const std::pair<const char*, const std::string*> dates[] = {{"plannedDate", &interview.plannedDate},
                                                                    {"consentDate", &interview.consentDate},
                                                                    {"reviewSent", &interview.reviewSent},
                                                                    {"validated", &interview.validated}};
        for (const auto& [field, value] : dates)
            if (!value->empty() && !isValidDate(*value))
                throwBadValue(itemPath("interviews", i, field), *value);
    }
}

void checkStampValues(const Project& project) {
    for (std::size_t i = 0; i < project.transcripts.size(); ++i) {
        if (isBlank(project.transcripts[i].transcript))
            throwBadValue(itemPath("transcripts", i, "transcript"), project.transcripts[i].transcript);
    }
}

void checkHourValues(const Project& project) {
    for (std::size_t i = 0; i < project.hours.size(); ++i) {
        const HourEntry& entry = project.hours[i];
        if (!isValidDate(entry.date))
            throwBadValue(itemPath("hours", i, "date"), entry.date);
        requireNamed(entry.activity, itemPath("hours", i, "activity"));
        // No line of LogHours holds more than a day (its own check counts the person's other lines of that day too;
        // two offices' lines may add up past 24 after a merge, which is theirs to correct, not a reason to refuse
        // the project).
        if (!isValidHourAmount(entry.hours) || entry.hours > 24)
            throwBadValue(itemPath("hours", i, "hours"), numberAsWritten(entry.hours));
    }
}

void checkValues(const Project& project) {
    checkSettings(project);
    checkThemeValues(project);
    checkOrganisationValues(project);
    checkInterviewValues(project);
    checkStampValues(project);
    checkHourValues(project);
}

// ---- between collections --------------------------------------------------------------

// Index of each id in its collection, refusing empty and repeated ids.
template <typename Item>
IdIndex indexIds(const std::vector<Item>& items, const char* collection) {
    IdIndex indexOf;
    indexOf.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string& id = items[i].id;
        if (id.empty())
            throwBadValue(itemPath(collection, i, "id"), id);
        if (!indexOf.emplace(id, i).second)
            throw Error("json.duplicate_id", {itemPath(collection, i, "id"), shortenForMessage(id)});
    }
    return indexOf;
}

void requireKnown(const IdIndex& known, const std::string& id, const std::string& field) {
    if (known.find(id) == known.end())
        throw Error("json.unknown_reference", {field, shortenForMessage(id)});
}

void checkThemeTree(const std::vector<Theme>& themes, const IdIndex& themeIndex) {
    for (std::size_t i = 0; i < themes.size(); ++i) {
        if (!themes[i].parentId.empty())
            requireKnown(themeIndex, themes[i].parentId, itemPath("themes", i, "parentId"));
    }
    // Walk up from each theme. Reporting only a theme that comes back to itself names a
    // member of the loop, not a theme that merely hangs below one (that walk gives up
    // after as many steps as there are themes; the loop's members report it).
    for (std::size_t i = 0; i < themes.size(); ++i) {
        std::size_t current = i;
        for (std::size_t steps = 0; steps < themes.size() && !themes[current].parentId.empty(); ++steps) {
            current = themeIndex.at(themes[current].parentId);
            if (current == i)
                throw Error("json.parent_cycle",
                            {itemPath("themes", i, "parentId"), shortenForMessage(themes[i].parentId)});
        }
    }
}

void checkStampsUnique(const Project& project) {
    // Two stamps for one transcript would make "has it changed?" depend on which is read.
    IdIndex stampIndex;
    for (std::size_t i = 0; i < project.transcripts.size(); ++i) {
        const std::string& transcript = project.transcripts[i].transcript;
        if (!stampIndex.emplace(transcript, i).second)
            throw Error("json.duplicate_id", {itemPath("transcripts", i, "transcript"), shortenForMessage(transcript)});
    }
}

template <typename Item>
void checkOrganisationLinks(const std::vector<Item>& items, const char* collection, const IdIndex& organisations) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string& organisationId = items[i].organisationId;
        if (!organisationId.empty())
            requireKnown(organisations, organisationId, itemPath(collection, i, "organisationId"));
    }
}

void checkPassageLinks(const Project& project, const IdIndex& themeIndex) {
    for (std::size_t i = 0; i < project.passages.size(); ++i) {
        const auto& themeIds = project.passages[i].themeIds;
        for (std::size_t t = 0; t < themeIds.size(); ++t)
            if (themeIndex.find(themeIds[t]) == themeIndex.end())  // the field's path made only to be said
                requireKnown(themeIndex, themeIds[t],
                             itemPath("passages", i, "themeIds") + "[" + std::to_string(t) + "]");
    }
}

void checkConsistency(const Project& project) {
    const IdIndex themeIndex = indexIds(project.themes, "themes");
    const IdIndex organisationIndex = indexIds(project.organisations, "organisations");
    indexIds(project.interviews, "interviews");
    indexIds(project.passages.items(), "passages");
    indexIds(project.hours, "hours");
    checkThemeTree(project.themes, themeIndex);
    checkStampsUnique(project);
    checkOrganisationLinks(project.interviews, "interviews", organisationIndex);
    checkPassageLinks(project, themeIndex);
    checkOrganisationLinks(project.hours, "hours", organisationIndex);
}

// Only the checks that what changed could break: each of checkProject's checks reads a few collections, and holds as
// long as none of them changed.
void checkChanged(const Project& project, const ChangedParts& changed) {
    if (changed.settings)
        checkSettings(project);
    if (changed.themes)
        checkThemeValues(project);
    if (changed.organisations)
        checkOrganisationValues(project);
    if (changed.interviews)
        checkInterviewValues(project);
    if (changed.transcripts)
        checkStampValues(project);
    if (changed.hours)
        checkHourValues(project);

    // Ids and links read only the themes' ids and parents and the organisations' ids: a name or a note edited
    // leaves them as they were checked.
    const bool themeLinks = changed.themes && changed.themeLinks;
    const bool organisationIds = changed.organisations && changed.organisationIds;
    IdIndex themeIndex, organisationIndex;
    if (themeLinks || changed.passages)
        themeIndex = indexIds(project.themes, "themes");
    if (organisationIds || changed.interviews || changed.hours)
        organisationIndex = indexIds(project.organisations, "organisations");
    if (changed.interviews)
        indexIds(project.interviews, "interviews");
    if (changed.passages)
        indexIds(project.passages.items(), "passages");
    if (changed.hours)
        indexIds(project.hours, "hours");
    if (themeLinks)
        checkThemeTree(project.themes, themeIndex);
    if (changed.transcripts)
        checkStampsUnique(project);
    if (organisationIds || changed.interviews)
        checkOrganisationLinks(project.interviews, "interviews", organisationIndex);
    if (themeLinks || changed.passages)
        checkPassageLinks(project, themeIndex);
    if (organisationIds || changed.hours)
        checkOrganisationLinks(project.hours, "hours", organisationIndex);
}

// The referents, the interview guide, the cycle and the committee's amendments (optional parts of the file).
void checkMethod(const Project& project) {
    for (std::size_t i = 0; i < project.referents.size(); ++i)
        if (isBlank(project.referents[i].name))
            throwBadValue(itemPath("referents", i, "name"), project.referents[i].name);
    for (std::size_t i = 0; i < project.guide.questions.size(); ++i)
        if (isBlank(project.guide.questions[i].question))
            throwBadValue(itemPath("guide.questions", i, "question"), project.guide.questions[i].question);
    const Cycle& cycle = project.cycle;
    if (!cycle.start.empty() && !parseMonth(cycle.start))
        throwBadValue("cycle.start", cycle.start);
    for (const CycleSetting& setting : kCycleSettings)
        if (cycle.*setting.member < 1)
            throwBadValue(std::string("cycle.") + setting.field, std::to_string(cycle.*setting.member));
    if (cycle.placesPerOrganisation < 1)
        throwBadValue("cycle.placesPerOrganisation", std::to_string(cycle.placesPerOrganisation));
    for (std::size_t i = 0; i < project.committee.priorities.size(); ++i)
        if (!std::isfinite(project.committee.priorities[i].priority))
            throwBadValue(itemPath("committee.priorities", i, "priority"), "NaN");
    for (std::size_t i = 0; i < project.committee.slots.size(); ++i)
        if (project.committee.slots[i].slot < 1)
            throwBadValue(itemPath("committee.slots", i, "slot"), std::to_string(project.committee.slots[i].slot));
}

}  // namespace

void checkProject(const Project& project) {
    checkValues(project);
    checkConsistency(project);
    checkMethod(project);
}

void checkProjectChanges(const Project& project, const ChangedParts& changed) {
    try {
        checkChanged(project, changed);
        checkMethod(project);  // a few values: checked whole every time
    } catch (const Error&) {
        // The error the whole check gives first, so that the message never depends on what changed.
        checkProject(project);
    }
}

}  // namespace ets
