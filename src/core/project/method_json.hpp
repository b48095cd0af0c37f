#pragma once
// The method and programme parts of the project file (referents, guide, cycle, committee), kept apart
// from project_json.cpp so that each part of the file has one owner. Every key is optional on reading:
// files written before these parts existed open unchanged.

#include "core/project/json_fields.hpp"
#include "core/project/model.hpp"

#include <nlohmann/json.hpp>

namespace ets {

// Adds "referents", "guide", "cycle" and "committee" to the top-level object.
void writeMethod(const Project& project, nlohmann::json& top);
// Each part alone, as writeMethod writes it (for a save that writes only what changed).
nlohmann::json referentToJson(const Referent& referent);
nlohmann::json guideToJson(const InterviewGuide& guide);
nlohmann::json cycleToJson(const Cycle& cycle);
nlohmann::json committeeToJson(const Committee& committee);
// Reads them when present; missing ones keep their defaults.
void readMethod(const JsonFields& top, Project& project);

}  // namespace ets
