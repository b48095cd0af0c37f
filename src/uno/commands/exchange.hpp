#pragma once
// What the REFI-QDA exchange commands (ExportQdpx, ExportQdc, ImportQdpx, ImportQdc) share.

#include "commands/command.hpp"
#include "core/refi/import_plan.hpp"
#include "core/project/opened_project.hpp"

#include <filesystem>
#include <string>

namespace ets::uno::commands {

enum class FileUse { Save, Open };

// The file to read or write: the argument File for a macro (required: refi.no_file), a file picker
// for a person (empty when they cancelled). `extension` ("qdpx", "qdc") is added to a saved file
// that has none; `filterKey` names the picker's filter in the catalogue.
std::filesystem::path exchangeFile(CommandCall& call, FileUse use, const char* extension, const char* filterKey);

// Creates in the project what the plan says: themes and organisations, then each transcript as an
// .odt in transcripts/ with its interview card and its passages tagged. Nothing is left behind when
// it fails (files created are removed, the project is not saved). Returns the summary to show.
rtl::OUString carryOutImport(CommandCall& call, OpenedProject& opened, const refi::ImportPlan& plan,
                             const std::filesystem::path& file);

// A person called the command: show them what it did (a macro gets it as the result).
CommandOutcome reportDone(CommandCall& call, const rtl::OUString& message);

} // namespace ets::uno::commands
