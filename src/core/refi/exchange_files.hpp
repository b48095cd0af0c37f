#pragma once
// The exchange files on disk, end to end in the core: what an import would do with a .qdpx or a
// .qdc (read, checked, planned: nothing written), and writing an export. The UNO commands, the
// tests, the benchmark and the fuzzer all go through these.

#include "core/project/model.hpp"
#include "core/refi/import_plan.hpp"
#include "core/refi/project_export.hpp"

#include <filesystem>

namespace ets::refi {

// Throws the errors of QdpxReader, readProjectXml and planImport.
ImportPlan planQdpxImport(const ets::Project& target, const std::filesystem::path& file);
// Throws refi.not_found, refi.xml_too_large and the errors of readCodebookXml.
ImportPlan planQdcImport(const ets::Project& target, const std::filesystem::path& file);

// Writes the .qdpx atomically. Throws refi.write_failed {file, detail}.
void writeQdpxFile(const std::filesystem::path& file, const ExportedProject& exported);
// Writes the .qdc atomically. Throws refi.codebook_empty, refi.write_failed {file, detail}.
void writeQdcFile(const std::filesystem::path& file, const ets::Project& project, const std::string& origin);

}  // namespace ets::refi
