#include "core/odf/odt_styles.hpp"

#include "core/odf/odt_paragraphs.hpp"

#include <libxml/tree.h>

namespace ets {

OdfStyles OdfStyles::read(const std::string& stylesXml) {
    const ParsedOdfXml document = parseOdfXml(stylesXml, "styles.xml");
    OdfStyles styles;
    const auto add = [&](OdfStyleFamily family, const xmlNode* style) {
        const std::string name = odfAttribute(style, kOdfStyle, "name");
        if (name.empty())
            return;
        std::string display = odfAttribute(style, kOdfStyle, "display-name");
        styles.names_.emplace(std::make_pair(family, display.empty() ? name : display), name);
    };
    // Two levels below the root, no nesting to walk: office:styles / style:style, office:master-styles /
    // style:master-page.
    for (const xmlNode* part = xmlDocGetRootElement(document.get())->children; part; part = part->next) {
        const bool common = isOdfElement(part, kOdfOffice, "styles");
        const bool masters = isOdfElement(part, kOdfOffice, "master-styles");
        for (const xmlNode* style = (common || masters) ? part->children : nullptr; style; style = style->next) {
            if (masters && isOdfElement(style, kOdfStyle, "master-page")) {
                add(OdfStyleFamily::MasterPage, style);
            } else if (common && isOdfElement(style, kOdfText, "list-style")) {
                add(OdfStyleFamily::List, style);
            } else if (common && isOdfElement(style, kOdfStyle, "style")) {
                const std::string family = odfAttribute(style, kOdfStyle, "family");
                if (family == "paragraph")
                    add(OdfStyleFamily::Paragraph, style);
                else if (family == "text")
                    add(OdfStyleFamily::Text, style);
            }
        }
    }
    return styles;
}

std::optional<std::string> OdfStyles::name(OdfStyleFamily family, const std::string& displayName) const {
    const auto found = names_.find({family, displayName});
    if (found == names_.end())
        return std::nullopt;
    return found->second;
}

}  // namespace ets
