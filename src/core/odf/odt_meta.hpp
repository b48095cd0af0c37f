#pragma once
// The user-defined properties of a saved Writer document (.odt) (File ▸ Properties ▸ Custom Properties), read from its
// meta.xml without LibreOffice: the interview card of twenty closed transcripts in milliseconds instead of asking the
// office for each file's metadata.

#include "core/odf/odt_paragraphs.hpp"

#include <filesystem>
#include <map>
#include <string>

namespace ets {

// Each property by its name, as text the way LibreOffice's API gives it: a text as it is, a yes/no as "true" or
// "false", a number as written; a date or a duration as empty text. Throws Error("odt.unreadable", {file}) for a file
// that is missing, too large, not a zip, without meta.xml, with a DOCTYPE or malformed XML.
std::map<std::string, std::string> readOdtUserProperties(const std::filesystem::path& file,
                                                         const OdtLimits& limits = {});
// The same from meta.xml's text (`name` for the message).
std::map<std::string, std::string> odtUserPropertiesFromXml(const std::string& xml, const std::string& name,
                                                            const OdtLimits& limits = {});

}  // namespace ets
