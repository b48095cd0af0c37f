#include "core/register/organisations.hpp"

#include "core/register/interview_card.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/names.hpp"

#include <algorithm>

namespace ets {
namespace {

Organisation* findNamed(Project& project, std::string_view name) {
    return const_cast<Organisation*>(findOrganisationNamed(project, name));
}

std::string requireName(const std::optional<std::string>& name) {
    if (!name || isBlank(*name))
        throw Error("organisation.name_empty");
    checkGivenName(*name);
    return trimmedName(*name);
}

void requireFreeName(const Project& project, const std::string& name, const Organisation* self) {
    const Organisation* other = findOrganisationNamed(project, name);
    if (other && other != self)
        throw Error("organisation.exists", {other->name});
}

// Role and status come from macros as much as from the dialog: their case does not matter.
OrganisationRole parseRole(const std::string& text) {
    for (auto role : {OrganisationRole::Knot, OrganisationRole::Lever, OrganisationRole::Both})
        if (foldCase(toString(role)) == nameKey(text))
            return role;
    throw Error("organisation.bad_role", {text});
}

OrganisationStatus parseStatus(const std::string& text) {
    for (auto status : {OrganisationStatus::Identified, OrganisationStatus::Contacted, OrganisationStatus::Planned,
                        OrganisationStatus::Interviewed, OrganisationStatus::Declined})
        if (foldCase(toString(status)) == nameKey(text))
            return status;
    throw Error("organisation.bad_status", {text});
}

// Applies the given fields to a copy, so that a refused value leaves the original untouched.
Organisation withFields(Organisation organisation, const OrganisationFields& fields) {
    auto set = [](std::string& target, const std::optional<std::string>& value) {
        if (value)
            target = *value;
    };
    set(organisation.kind, fields.kind);
    set(organisation.sector, fields.sector);
    set(organisation.commune, fields.commune);
    set(organisation.contact, fields.contact);
    set(organisation.referent, fields.referent);
    set(organisation.notes, fields.notes);
    if (fields.role)
        organisation.role = parseRole(*fields.role);
    if (fields.status)
        organisation.status = parseStatus(*fields.status);
    if (fields.plannedDate) {
        const std::string date = trimmedName(*fields.plannedDate);
        if (!date.empty() && !isValidDate(date))
            throw Error("interview.bad_date", {*fields.plannedDate});
        organisation.plannedDate = date;
    }
    return organisation;
}

}  // namespace

const Organisation* findOrganisationNamed(const Project& project, std::string_view name) {
    const std::string key = nameKey(name);
    auto found = std::find_if(project.organisations.begin(), project.organisations.end(),
                              [&key](const Organisation& organisation) { return nameKey(organisation.name) == key; });
    return found == project.organisations.end() ? nullptr : &*found;
}

std::size_t interviewCount(const Project& project, std::string_view organisationId) {
    return static_cast<std::size_t>(std::count_if(
        project.interviews.begin(), project.interviews.end(),
        [organisationId](const Interview& interview) { return interview.organisationId == organisationId; }));
}

const Organisation& addOrganisation(Project& project, const OrganisationFields& fields) {
    Organisation organisation;
    organisation.name = requireName(fields.name);
    requireFreeName(project, organisation.name, nullptr);
    organisation = withFields(organisation, fields);
    organisation.id = newId("org-");
    while (project.findOrganisation(organisation.id))
        organisation.id = newId("org-");
    project.organisations.push_back(std::move(organisation));
    return project.organisations.back();
}

const Organisation& updateOrganisation(Project& project, std::string_view name, const OrganisationFields& fields) {
    Organisation* current = findNamed(project, name);
    if (!current)
        throw Error("organisation.unknown", {trimmedName(name)});
    Organisation changed = withFields(*current, fields);
    if (fields.newName) {
        changed.name = requireName(fields.newName);
        requireFreeName(project, changed.name, current);
    }
    *current = std::move(changed);
    return *current;
}

void checkOrganisationPlan(const Project& project, std::string_view name, const OrganisationFields& fields,
                           const std::string& today) {
    if (!fields.plannedDate)
        return;
    const Organisation* current = trimmedName(name).empty() ? nullptr : findOrganisationNamed(project, name);
    const Organisation changed = withFields(current ? *current : Organisation{}, fields);
    const bool met =
        changed.status == OrganisationStatus::Interviewed || changed.status == OrganisationStatus::Declined;
    checkPlannedDate(changed.plannedDate, current ? current->plannedDate : std::string(), met, today);
}

std::size_t removeOrganisation(Project& project, std::string_view name, bool force) {
    const Organisation* organisation = findOrganisationNamed(project, name);
    if (!organisation)
        throw Error("organisation.unknown", {trimmedName(name)});
    const std::string id = organisation->id;
    const std::size_t interviews = interviewCount(project, id);
    const auto hours =
        static_cast<std::size_t>(std::count_if(project.hours.begin(), project.hours.end(),
                                               [&id](const HourEntry& entry) { return entry.organisationId == id; }));
    if (!force && interviews > 0)
        throw Error("organisation.has_interviews", {organisation->name, std::to_string(interviews)});
    if (!force && hours > 0)
        throw Error("organisation.has_hours", {organisation->name, std::to_string(hours)});
    for (Interview& interview : project.interviews)
        if (interview.organisationId == id)
            interview.organisationId.clear();
    for (HourEntry& entry : project.hours)
        if (entry.organisationId == id)
            entry.organisationId.clear();
    project.organisations.erase(std::find_if(project.organisations.begin(), project.organisations.end(),
                                             [&id](const Organisation& item) { return item.id == id; }));
    return interviews;
}

std::vector<const Organisation*> organisationsByName(const Project& project) {
    std::vector<const Organisation*> ordered;
    for (const Organisation& organisation : project.organisations)
        ordered.push_back(&organisation);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Organisation* a, const Organisation* b) { return nameKey(a->name) < nameKey(b->name); });
    return ordered;
}

}  // namespace ets
