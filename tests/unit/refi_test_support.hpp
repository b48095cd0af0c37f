#pragma once
// What the REFI-QDA tests share: the reference files and a libxml2 schema validator.

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <filesystem>
#include <string>

namespace ets::testing {

inline std::filesystem::path refiData(const std::string& name) {
    return std::filesystem::path(ETS_REFI_DATA_DIR) / name;
}

// Empty when `xml` is valid against the schema; else libxml2's first complaint.
inline std::string schemaErrors(const std::string& xml, const std::string& schemaFile) {
    std::string errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(refiData(schemaFile).c_str());
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(
        validator,
        [](void* sink, xmlErrorPtr error) {
            auto* text = static_cast<std::string*>(sink);
            if (text->empty())
                *text = "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "");
        },
        &errors);
    xmlDocPtr document = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "x.xml", nullptr, XML_PARSE_NONET);
    const int result = document ? xmlSchemaValidateDoc(validator, document) : -1;
    if (result != 0 && errors.empty())
        errors = "not valid (" + std::to_string(result) + ")";
    xmlFreeDoc(document);
    xmlSchemaFreeValidCtxt(validator);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(parser);
    return errors;
}

}  // namespace ets::testing
