#pragma once
// Reads what real REFI-QDA exporters write (project.qde, .qdc), leniently where they differ from
// the standard (missing namespace, ids that are not GUIDs, selections without codings, sources of
// kinds ETS cannot use) and strictly where safety is at stake: no network, no DTD, no entity.

#include "core/refi/refi_model.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace ets::refi {

// Larger .qde or .qdc files are refused before parsing: the biggest real projects are a few MB.
inline constexpr std::size_t kMaxXmlBytes = 64u * 1024 * 1024;

// Each throws ets::Error:
//   refi.xml_too_large {megabytes}     the text is above kMaxXmlBytes
//   refi.xml_doctype {}                a DOCTYPE or entity declaration (XXE, billion laughs): refused
//                                      before any entity is read
//   refi.xml_malformed {line, detail}  not well-formed XML
//   refi.not_project {root}            the root element is not Project
//   refi.bad_number {what, value}      a position that is not a whole number
Project readProjectXml(std::string_view xml);

// A .qdc's codes (root CodeBook); a whole project's codebook is accepted too. Throws as above and
//   refi.not_codebook {root}
std::vector<Code> readCodebookXml(std::string_view xml);

}  // namespace ets::refi
