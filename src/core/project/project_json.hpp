#pragma once
// The project as the JSON of the project file: camelCase keys, enums as their English
// identifiers, and a reader that refuses anything it could not keep faithfully.

#include "core/project/model.hpp"

#include <nlohmann/json.hpp>

namespace ets {

// Top level: {"schemaVersion", "name", "settings", "themes", "organisations",
// "interviews", "passages", "hours", "transcripts", ...}. Every field of the model is written; the project file
// leaves out "passages" and "transcripts" (the index, kept apart: see project_store.hpp).
nlohmann::json toJson(const Project& project);
// The same, in its two parts: the project file's (all but "passages" and "transcripts") and the index's (those two).
nlohmann::json projectFileJson(const Project& project);
nlohmann::json indexJson(const Project& project);

// One record as the project file writes it (what projectFileJson puts in its lists), for a save that writes only the
// records that changed.
nlohmann::json themeToJson(const Theme& theme);
nlohmann::json organisationToJson(const Organisation& organisation);
nlohmann::json interviewToJson(const Interview& interview);
nlohmann::json passageToJson(const Passage& passage);
nlohmann::json hourEntryToJson(const HourEntry& entry);
nlohmann::json stampToJson(const TranscriptStamp& stamp);
nlohmann::json personToJson(const PersonName& person);
nlohmann::json pendingToJson(const PendingRewrite& pending);
nlohmann::json analysisToJson(const ThemeAnalysis& analysis);
nlohmann::json passageMarkToJson(const PassageMark& mark);
nlohmann::json carrierToJson(const RecordedCarrier& carrier);
nlohmann::json invoiceToJson(const InvoiceRecord& invoice);
nlohmann::json settingsToJson(const Settings& settings);

// Reads and validates a project. Throws Error:
//   project.future_version {found, supported}  schemaVersion newer than this build
//   json.missing_field {field}                 a required field is absent
//   json.wrong_type {field, value}             a field has the wrong JSON type
//   json.bad_value {field, value}              unknown enum name, or a value refused by
//                                              checkProject (impossible date, bad colour...)
//   json.duplicate_id / json.unknown_reference / json.parent_cycle {field, value}
//                                              (see checkProject)
// {field} is a path such as "organisations[3].status" (indices from 0).
// Required: schemaVersion, name, settings, themes, organisations, interviews and hours ("passages" only up to
// version 1); in items the ids,
// theme and organisation names, passage transcript/anchor/themeIds, hour date/person/
// activity/hours; "transcripts" may be absent (files written before it existed), but its
// items need transcript, modified and size. Other fields default to the model's defaults
// when absent; unknown fields are ignored.
Project projectFromJson(const nlohmann::json& json);

}  // namespace ets
