#pragma once
// Writes a REFI-QDA project (project.qde) and codebook (.qdc) strictly as QDA-XML 1.0 says:
// namespaces, element order and GUIDs as Project.xsd and Codebook.xsd want them (the unit tests
// validate every file written against the schemas).

#include "core/refi/refi_model.hpp"

#include <string>
#include <vector>

namespace ets::refi {

// The XML text of project.qde (UTF-8). Text sources are written with their plainTextPath (their
// text goes beside, in sources/), or with PlainTextContent when they have no path. Memos become
// Notes that the selections refer to.
std::string writeProjectXml(const Project& project);

// The XML text of a .qdc codebook. Throws Error("refi.codebook_empty") for no codes (the schema
// wants at least one).
std::string writeCodebookXml(const std::vector<Code>& codes, const std::string& origin);

}  // namespace ets::refi
