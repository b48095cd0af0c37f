#include "core/odf/odt_paragraphs.hpp"

#include "core/odf/zip_entry.hpp"
#include "core/project/staged_file.hpp"
#include "core/text/error.hpp"
#include "core/text/utf8.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <system_error>
#include <utility>

namespace ets {
namespace {

bool is(const xmlNode* node, const char* space, const char* name) { return isOdfElement(node, space, name); }

std::string attribute(const xmlNode* node, const char* space, const char* name) {
    return odfAttribute(node, space, name);
}

// What is not the body's running text: its own paragraphs are not the body's (Writer's enumeration skips them too).
bool leftOut(const xmlNode* node) {
    return is(node, kOdfOffice, "annotation") || is(node, kOdfOffice, "annotation-end") ||
           is(node, kOdfText, "note") || is(node, kOdfTable, "table") ||
           is(node, kOdfDraw, "frame") || is(node, kOdfText, "table-of-content") ||
           is(node, kOdfText, "tracked-changes") || is(node, kOdfText, "sequence-decls") ||
           is(node, kOdfText, "variable-decls");
}

// A paragraph's text, walked without recursion (its spans may nest).
std::string paragraphText(const xmlNode* paragraph, std::size_t maxDepth, const std::string& name) {
    std::string text;
    std::vector<const xmlNode*> pending;
    for (const xmlNode* child = paragraph->last; child; child = child->prev)
        pending.push_back(child);
    std::vector<std::size_t> depths(pending.size(), 1);
    while (!pending.empty()) {
        const xmlNode* node = pending.back();
        const std::size_t depth = depths.back();
        pending.pop_back();
        depths.pop_back();
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content)
                text += reinterpret_cast<const char*>(node->content);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || leftOut(node))
            continue;
        if (is(node, kOdfText, "s")) {
            const std::string count = attribute(node, kOdfText, "c");
            const long spaces = count.empty() ? 1 : std::strtol(count.c_str(), nullptr, 10);
            text.append(static_cast<std::size_t>(spaces > 0 && spaces < 10000 ? spaces : 1), ' ');
            continue;
        }
        if (is(node, kOdfText, "tab")) {
            text += '\t';
            continue;
        }
        if (is(node, kOdfText, "line-break")) {
            text += '\n';
            continue;
        }
        if (depth >= maxDepth)
            throw Error("odt.unreadable", {name});
        for (const xmlNode* child = node->last; child; child = child->prev) {
            pending.push_back(child);
            depths.push_back(depth + 1);
        }
    }
    return text;
}

// Automatic paragraph styles (P1, P2…) → the style they are based on.
std::map<std::string, std::string> automaticStyles(const xmlNode* root) {
    std::map<std::string, std::string> parents;
    for (const xmlNode* part = root->children; part; part = part->next) {
        if (!is(part, kOdfOffice, "automatic-styles"))
            continue;
        for (const xmlNode* style = part->children; style; style = style->next)
            if (is(style, kOdfStyle, "style") && attribute(style, kOdfStyle, "family") == "paragraph")
                parents[attribute(style, kOdfStyle, "name")] =
                    attribute(style, kOdfStyle, "parent-style-name");
    }
    return parents;
}

const xmlNode* officeText(const xmlNode* root) {
    for (const xmlNode* part = root->children; part; part = part->next)
        if (is(part, kOdfOffice, "body"))
            for (const xmlNode* text = part->children; text; text = text->next)
                if (is(text, kOdfOffice, "text"))
                    return text;
    return nullptr;
}

}  // namespace

bool isOdfElement(const xmlNode* node, const char* space, const char* name) {
    return node->type == XML_ELEMENT_NODE && node->ns && node->ns->href &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), space) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string odfAttribute(const xmlNode* node, const char* space, const char* name) {
    xmlChar* value =
        xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), reinterpret_cast<const xmlChar*>(space));
    if (!value)
        return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

std::string decodedStyleName(const std::string& name) {
    std::string decoded;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '_') {
            const std::size_t close = name.find('_', i + 1);
            // LibreOffice writes a character a name may not hold as its code in hex between two « _ » (« _20_ »).
            if (close != std::string::npos && close >= i + 3 && close - i - 1 <= 6) {
                const std::string hex = name.substr(i + 1, close - i - 1);
                if (hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
                    const unsigned long point = std::strtoul(hex.c_str(), nullptr, 16);
                    if (point >= 0x20 && point <= 0x10FFFF && (point < 0xD800 || point > 0xDFFF)) {
                        appendCodePoint(decoded, static_cast<char32_t>(point));
                        i = close;
                        continue;
                    }
                }
            }
        }
        decoded += name[i];
    }
    return decoded;
}

ParsedOdfXml parseOdfXml(const std::string& xml, const std::string& name, const OdtLimits& limits) {
    if (xml.size() > limits.maxContentBytes)
        throw Error("odt.unreadable", {name});
    // No XML_PARSE_HUGE: libxml2 keeps its own ceiling on nesting; no network, no entity from outside.
    xmlDocPtr document = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!document)
        throw Error("odt.unreadable", {name});
    ParsedOdfXml owned(document, xmlFreeDoc);
    if (document->intSubset || document->extSubset || !xmlDocGetRootElement(document))
        throw Error("odt.unreadable", {name});
    return owned;
}

std::string odtEntry(const std::filesystem::path& file, const char* entry, const OdtLimits& limits) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error || size > limits.maxFileBytes)
        throw Error("odt.unreadable", {file.u8string()});
    std::string bytes;
    try {
        bytes = readWholeFile(file);
    } catch (const std::exception&) {
        throw Error("odt.unreadable", {file.u8string()});
    }
    std::optional<std::string> content = zipEntry(bytes, entry, limits.maxContentBytes);
    if (!content)
        throw Error("odt.unreadable", {file.u8string()});
    return std::move(*content);
}

std::vector<OdtParagraph> odtParagraphsFromXml(const std::string& xml, const std::string& name,
                                               const OdtLimits& limits) {
    const ParsedOdfXml document = parseOdfXml(xml, name, limits);
    const xmlNode* root = xmlDocGetRootElement(document.get());
    const std::map<std::string, std::string> parents = automaticStyles(root);
    std::vector<OdtParagraph> paragraphs;
    const xmlNode* body = officeText(root);
    if (!body)
        return paragraphs;
    // Depth-first through lists and sections, without recursion.
    std::vector<std::pair<const xmlNode*, std::size_t>> pending;
    for (const xmlNode* child = body->last; child; child = child->prev)
        pending.push_back({child, 1});
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (node->type != XML_ELEMENT_NODE || leftOut(node))
            continue;
        const bool heading = is(node, kOdfText, "h");
        if (heading || is(node, kOdfText, "p")) {
            OdtParagraph paragraph;
            if (heading) {
                const std::string level = attribute(node, kOdfText, "outline-level");
                paragraph.outlineLevel = level.empty() ? 1 : std::max(1, std::atoi(level.c_str()));
            }
            std::string style = attribute(node, kOdfText, "style-name");
            if (const auto parent = parents.find(style); parent != parents.end() && !parent->second.empty())
                style = parent->second;
            paragraph.style = decodedStyleName(style);
            paragraph.text = paragraphText(node, limits.maxDepth > depth ? limits.maxDepth - depth : 1, name);
            paragraphs.push_back(std::move(paragraph));
            continue;
        }
        if (depth >= limits.maxDepth)
            throw Error("odt.unreadable", {name});
        for (const xmlNode* child = node->last; child; child = child->prev)
            pending.push_back({child, depth + 1});
    }
    return paragraphs;
}

std::vector<OdtParagraph> readOdtParagraphs(const std::filesystem::path& file, const OdtLimits& limits) {
    return odtParagraphsFromXml(odtEntry(file, "content.xml", limits), file.u8string(), limits);
}

}  // namespace ets
