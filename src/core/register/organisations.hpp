#pragma once
// The register of field organisations: adding, changing and removing one by its name, with the
// rules a person expects (names unique whatever their case, no organisation lost with its interviews).

#include "core/project/model.hpp"
#include "core/text/names.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// What a person or a macro gives for an organisation. An empty optional means "not given":
// addOrganisation leaves the default, updateOrganisation leaves the current value.
// Role and status are the English identifiers of the project file ("Knot", "Interviewed"...).
struct OrganisationFields {
    std::optional<std::string> name;     // addOrganisation: required
    std::optional<std::string> newName;  // updateOrganisation: renames
    std::optional<std::string> kind;
    std::optional<std::string> sector;
    std::optional<std::string> commune;
    std::optional<std::string> contact;
    std::optional<std::string> referent;
    std::optional<std::string> role;
    std::optional<std::string> status;
    std::optional<std::string> notes;
    std::optional<std::string> plannedDate;  // YYYY-MM-DD of the interview planned with it; "" clears it
};

// The roles and statuses in the order a person reads them (the register dialog's lists, whose labels follow it).
inline constexpr OrganisationRole kOrganisationRoles[] = {OrganisationRole::Knot, OrganisationRole::Lever,
                                                          OrganisationRole::Both};
inline constexpr OrganisationStatus kOrganisationStatuses[] = {
    OrganisationStatus::Identified, OrganisationStatus::Contacted, OrganisationStatus::Planned,
    OrganisationStatus::Interviewed, OrganisationStatus::Declined};

// Names are compared trimmed and without regard to case (ASCII and Latin-1 letters, so
// "MAISON MÉDICALE" and "maison médicale " are the same organisation).
const Organisation* findOrganisationNamed(const Project& project, std::string_view name);

// Each function checks everything before it changes anything: on Error the project is as it was.
//   organisation.name_empty {}           the name is missing or blank
//   organisation.exists {name}           another organisation already has this name
//   organisation.unknown {name}          no organisation has this name
//   organisation.bad_role {value}        role is not Knot, Lever or Both
//   organisation.bad_status {value}      status is not Identified, Contacted, Planned, Interviewed or Declined
//   interview.bad_date {value}           the planned date is not a real YYYY-MM-DD date
const Organisation& addOrganisation(Project& project, const OrganisationFields& fields);
const Organisation& updateOrganisation(Project& project, std::string_view name, const OrganisationFields& fields);

// A planned date given for the organisation `name` (empty: a new one) that is set or changed to a day before `today`
// while its interview has not taken place (status neither Interviewed nor Declined, given or kept):
// interview.planned_past {date, today}. An invalid date: interview.bad_date {value}.
void checkOrganisationPlan(const Project& project, std::string_view name, const OrganisationFields& fields,
                           const std::string& today);

// Refuses with organisation.has_interviews {name, count} (or organisation.has_hours {name, count})
// unless force: then the interviews and timesheet lines stay, without an organisation.
// Returns how many interviews lost their organisation.
std::size_t removeOrganisation(Project& project, std::string_view name, bool force);

// How many interviews of the project belong to the organisation with this id.
std::size_t interviewCount(const Project& project, std::string_view organisationId);

// The register in the order people read it: by name, case aside (nameKey); equal names in register order.
std::vector<const Organisation*> organisationsByName(const Project& project);

}  // namespace ets
