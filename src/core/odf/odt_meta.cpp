#include "core/odf/odt_meta.hpp"

#include <libxml/tree.h>

namespace ets {
namespace {

std::string textOf(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    if (!content)
        return {};
    std::string text(reinterpret_cast<const char*>(content));
    xmlFree(content);
    return text;
}

}  // namespace

std::map<std::string, std::string> odtUserPropertiesFromXml(const std::string& xml, const std::string& name,
                                                            const OdtLimits& limits) {
    const ParsedOdfXml document = parseOdfXml(xml, name, limits);
    std::map<std::string, std::string> properties;
    // office:document-meta / office:meta / meta:user-defined: two levels, no nesting to walk.
    for (const xmlNode* meta = xmlDocGetRootElement(document.get())->children; meta; meta = meta->next) {
        if (!isOdfElement(meta, kOdfOffice, "meta"))
            continue;
        for (const xmlNode* item = meta->children; item; item = item->next) {
            if (!isOdfElement(item, kOdfMeta, "user-defined"))
                continue;
            const std::string type = odfAttribute(item, kOdfMeta, "value-type");
            // LibreOffice's API gives a date or a duration as a struct, which the card reads as no text.
            const bool text = type.empty() || type == "string" || type == "boolean" || type == "float";
            properties[odfAttribute(item, kOdfMeta, "name")] = text ? textOf(item) : std::string();
        }
    }
    return properties;
}

std::map<std::string, std::string> readOdtUserProperties(const std::filesystem::path& file, const OdtLimits& limits) {
    return odtUserPropertiesFromXml(odtEntry(file, "meta.xml", limits), file.u8string(), limits);
}

}  // namespace ets
