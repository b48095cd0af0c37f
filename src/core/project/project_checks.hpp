#pragma once
// The rules a whole project must follow, checked on the values in memory: field values
// (dates, colours, hours...), ids unique, references that resolve, a theme tree without
// loops. Loading checks them after reading the file; saving checks them before writing,
// so a saved file always opens again.

#include "core/project/model.hpp"

namespace ets {

// Throws Error whose {field} names the offending place as in the project file
// ("hours[12].date", indices from 0):
//   json.bad_value {field, value}        impossible date, bad colour, blank theme name or
//                                        transcript stamp path,
//                                        hours not a positive multiple of 0.25, negative
//                                        duration or minimum, empty id, unknown enum value
//   json.duplicate_id {field, id}        e.g. "themes[7].id" repeats an earlier id, or
//                                        "transcripts[2].transcript" an earlier stamp's path
//   json.unknown_reference {field, id}   e.g. "passages[12].themeIds[0]" names no theme
//   json.parent_cycle {field, id}        "themes[3].parentId" leads back to theme 3
void checkProject(const Project& project);

// The parts of a project that changed since a version of it that passed checkProject.
struct ChangedParts {
    bool settings = true;
    bool themes = true;
    bool themeLinks = true;  // with themes: their ids or parents changed, not only their names or colours
    bool organisations = true;
    bool organisationIds = true;  // with organisations: their ids changed
    bool interviews = true;
    bool passages = true;
    bool hours = true;
    bool transcripts = true;
};
// checkProject for a project of which only `changed` differs from a version that passed it: the checks that read
// nothing changed are skipped (they still hold). What it refuses, it refuses with the error checkProject gives.
void checkProjectChanges(const Project& project, const ChangedParts& changed);

}  // namespace ets
