#pragma once
// The styles of a document as its styles.xml names them. A person (and the office's API) knows a style by its display
// name (« ETS Argumentaire – Titre », « First Page »); the package's XML refers to it by its encoded name
// (« ETS_20_Argumentaire_20__2013__20_Titre »). A text the core writes for that document's styles looks them up here.

#include <map>
#include <optional>
#include <string>

namespace ets {

enum class OdfStyleFamily { Paragraph, Text, List, MasterPage };

class OdfStyles {
public:
    // Reads the styles of styles.xml (office:styles and office:master-styles). Throws Error("odt.unreadable",
    // {"styles.xml"}) when it is not well-formed XML, too large or too deep (core/odf/odt_paragraphs.hpp's limits).
    static OdfStyles read(const std::string& stylesXml);

    // The encoded name of the style a person knows as `displayName`; nothing when the document has no such style.
    std::optional<std::string> name(OdfStyleFamily family, const std::string& displayName) const;

private:
    std::map<std::pair<OdfStyleFamily, std::string>, std::string> names_;
};

}  // namespace ets
