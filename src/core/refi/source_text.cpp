#include "core/refi/source_text.hpp"

#include "core/odf/zip_entry.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace ets::refi {
namespace {

constexpr std::uint64_t kMaxDocumentXml = 256ull * 1024 * 1024;

bool startsWithFolded(const std::string& text, const std::string& prefix) {
    return text.size() >= prefix.size() && foldCase(text.substr(0, prefix.size())) == prefix;
}

// document.xml's bytes, from the .docx in memory.
std::string documentXml(const std::string& bytes) {
    std::optional<std::string> xml = zipEntry(bytes, "word/document.xml", kMaxDocumentXml);
    if (!xml)
        throw Error("refi.bad_docx", {"word/document.xml"});
    return std::move(*xml);
}

bool named(const xmlNode* node, const char* name) {
    return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

void collect(const xmlNode* node, std::string& paragraph, std::string& text, bool& first) {
    for (const xmlNode* child = node; child; child = child->next) {
        if (named(child, "p")) {
            std::string inner;
            bool unused = true;
            collect(child->children, inner, text, unused);
            if (!first)
                text += '\n';
            text += inner;
            first = false;
            continue;
        }
        if (named(child, "t")) {
            for (const xmlNode* part = child->children; part; part = part->next)
                if (part->type == XML_TEXT_NODE && part->content)
                    paragraph += reinterpret_cast<const char*>(part->content);
            continue;
        }
        if (named(child, "tab")) {
            paragraph += '\t';
            continue;
        }
        if (named(child, "br") || named(child, "cr")) {
            paragraph += '\n';
            continue;
        }
        if (child->type == XML_ELEMENT_NODE)
            collect(child->children, paragraph, text, first);
    }
}

}  // namespace

std::optional<std::string> archiveSourceName(const std::string& path) {
    std::string name = path;
    if (startsWithFolded(name, "internal://"))
        name.erase(0, std::strlen("internal://"));
    else if (name.find("://") != std::string::npos || name.rfind('/', 0) == 0 || name.rfind('\\', 0) == 0 ||
             (name.size() > 1 && name[1] == ':'))
        return std::nullopt;  // another scheme, an absolute path or a drive: outside the archive
    while (name.rfind("./", 0) == 0)
        name.erase(0, 2);
    if (startsWithFolded(name, "sources/") || startsWithFolded(name, "sources\\"))
        name.erase(0, std::strlen("sources/"));
    if (name.empty())
        return std::nullopt;
    return name;
}

std::string docxText(const std::string& bytes) {
    const std::string xml = documentXml(bytes);
    // Without XML_PARSE_HUGE: libxml2 keeps its ceiling on nesting (256), which bounds collect()'s recursion.
    xmlDocPtr document = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml", nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!document)
        throw Error("refi.bad_docx", {"word/document.xml"});
    const std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> owned(document, xmlFreeDoc);
    if (document->intSubset || document->extSubset)  // a DOCTYPE has no place in a .docx
        throw Error("refi.bad_docx", {"DOCTYPE"});
    std::string text;
    std::string outside;
    bool first = true;
    collect(xmlDocGetRootElement(document), outside, text, first);
    return text;
}

}  // namespace ets::refi
