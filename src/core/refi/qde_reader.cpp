#include "core/refi/qde_reader.hpp"

#include "core/error.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

namespace ets::refi {

namespace {

struct DocumentDeleter {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using Document = std::unique_ptr<xmlDoc, DocumentDeleter>;

// Exchange files never need a DTD: refusing any DOCTYPE or entity declaration the moment the
// parser meets it closes XXE and entity expansion (billion laughs) whatever the file's encoding.
void refuseDoctype(void* context, const xmlChar*, const xmlChar*, const xmlChar*)
{
    auto* parser = static_cast<xmlParserCtxt*>(context);
    *static_cast<bool*>(parser->_private) = true;
    xmlStopParser(parser);
}
void refuseEntity(void* context, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*)
{
    refuseDoctype(context, nullptr, nullptr, nullptr);
}

Document parse(std::string_view xml)
{
    if (xml.size() > kMaxXmlBytes)
        throw Error("refi.xml_too_large", {std::to_string(kMaxXmlBytes / (1024 * 1024))});
    std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> parser(xmlNewParserCtxt(), &xmlFreeParserCtxt);
    if (!parser)
        throw std::bad_alloc();
    bool doctype = false;
    parser->_private = &doctype;
    parser->sax->internalSubset = &refuseDoctype;
    parser->sax->externalSubset = &refuseDoctype;
    parser->sax->entityDecl = &refuseEntity;
    // No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR/XINCLUDE, no network.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    Document document(xmlCtxtReadMemory(parser.get(), xml.data(), static_cast<int>(xml.size()), "refi.xml", nullptr,
                                        options));
    if (doctype)
        throw Error("refi.xml_doctype");
    if (!document || !parser->wellFormed)
    {
        const xmlError* error = xmlCtxtGetLastError(parser.get());
        std::string detail = error && error->message ? error->message : "";
        while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' '))
            detail.pop_back();
        throw Error("refi.xml_malformed", {std::to_string(error ? error->line : 0), detail});
    }
    return document;
}

bool is(const xmlNode* node, const char* name)
{
    return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, BAD_CAST name);
    if (!value)
        return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

std::string content(const xmlNode* node)
{
    xmlChar* value = xmlNodeGetContent(node);
    if (!value)
        return {};
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

template <typename Visit>
void forChildren(const xmlNode* node, const char* name, Visit&& visit)
{
    for (const xmlNode* child = node->children; child; child = child->next)
        if (is(child, name))
            visit(child);
}

const xmlNode* firstChild(const xmlNode* node, const char* name)
{
    for (const xmlNode* child = node->children; child; child = child->next)
        if (is(child, name))
            return child;
    return nullptr;
}

std::string childText(const xmlNode* node, const char* name)
{
    const xmlNode* child = firstChild(node, name);
    return child ? content(child) : std::string();
}

std::int64_t position(const xmlNode* node, const char* name)
{
    const std::string text = attribute(node, name);
    errno = 0;
    char* end = nullptr;
    const long long value = std::strtoll(text.c_str(), &end, 10);
    while (end && (*end == ' ' || *end == '\t'))
        ++end;
    if (text.empty() || errno == ERANGE || !end || *end != '\0')
        throw Error("refi.bad_number", {name, text});
    return value;
}

Code readCode(const xmlNode* node)
{
    Code code;
    code.guid = attribute(node, "guid");
    code.name = attribute(node, "name");
    code.colour = attribute(node, "color");
    code.description = childText(node, "Description");
    code.codable = attribute(node, "isCodable") != "false";
    forChildren(node, "Code", [&](const xmlNode* child) { code.children.push_back(readCode(child)); });
    return code;
}

std::vector<Code> readCodes(const xmlNode* codebook)
{
    std::vector<Code> codes;
    if (const xmlNode* list = firstChild(codebook, "Codes"))
        forChildren(list, "Code", [&](const xmlNode* code) { codes.push_back(readCode(code)); });
    return codes;
}

std::vector<VariableValue> readValues(const xmlNode* node)
{
    std::vector<VariableValue> values;
    forChildren(node, "VariableValue", [&](const xmlNode* item) {
        VariableValue value;
        if (const xmlNode* ref = firstChild(item, "VariableRef"))
            value.variableGuid = attribute(ref, "targetGUID");
        for (const xmlNode* child = item->children; child; child = child->next)
        {
            if (child->type != XML_ELEMENT_NODE || is(child, "VariableRef"))
                continue;
            std::string name(reinterpret_cast<const char*>(child->name));
            if (name.size() > 5 && name.compare(name.size() - 5, 5, "Value") == 0)
            {
                value.type = name.substr(0, name.size() - 5);
                value.value = content(child);
            }
        }
        values.push_back(value);
    });
    return values;
}

Coding readCoding(const xmlNode* node)
{
    Coding coding;
    coding.guid = attribute(node, "guid");
    coding.creatingUser = attribute(node, "creatingUser");
    coding.created = attribute(node, "creationDateTime");
    if (const xmlNode* ref = firstChild(node, "CodeRef"))
        coding.codeGuid = attribute(ref, "targetGUID");
    return coding;
}

int countDescendants(const xmlNode* node, const char* name)
{
    int count = 0;
    for (const xmlNode* child = node->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
            count += (is(child, name) ? 1 : 0) + countDescendants(child, name);
    return count;
}

}  // namespace

Project readProjectXml(std::string_view xml)
{
    const Document document = parse(xml);
    const xmlNode* root = xmlDocGetRootElement(document.get());
    if (!root || !is(root, "Project"))
        throw Error("refi.not_project", {root ? reinterpret_cast<const char*>(root->name) : ""});

    Project project;
    project.name = attribute(root, "name");
    project.origin = attribute(root, "origin");
    if (const xmlNode* users = firstChild(root, "Users"))
        forChildren(users, "User", [&](const xmlNode* item) {
            User user{attribute(item, "guid"), attribute(item, "name")};
            if (user.name.empty())
                user.name = attribute(item, "id");
            project.users.push_back(user);
        });
    if (const xmlNode* codebook = firstChild(root, "CodeBook"))
        project.codes = readCodes(codebook);
    if (const xmlNode* variables = firstChild(root, "Variables"))
        forChildren(variables, "Variable", [&](const xmlNode* item) {
            project.variables.push_back(Variable{attribute(item, "guid"), attribute(item, "name"),
                                                 attribute(item, "typeOfVariable"), childText(item, "Description")});
        });
    if (const xmlNode* cases = firstChild(root, "Cases"))
        forChildren(cases, "Case", [&](const xmlNode* item) {
            Case entry;
            entry.guid = attribute(item, "guid");
            entry.name = attribute(item, "name");
            entry.description = childText(item, "Description");
            entry.values = readValues(item);
            forChildren(item, "SourceRef",
                        [&](const xmlNode* ref) { entry.sourceGuids.push_back(attribute(ref, "targetGUID")); });
            project.cases.push_back(entry);
        });
    if (const xmlNode* notes = firstChild(root, "Notes"))
        forChildren(notes, "Note", [&](const xmlNode* item) {
            project.notes.push_back(Note{attribute(item, "guid"), attribute(item, "name"),
                                         childText(item, "PlainTextContent")});
        });

    std::map<std::string, const Note*> notesByGuid;
    for (const Note& note : project.notes)
        notesByGuid[note.guid] = &note;
    if (const xmlNode* sources = firstChild(root, "Sources"))
        for (const xmlNode* item = sources->children; item; item = item->next)
        {
            if (item->type != XML_ELEMENT_NODE)
                continue;
            if (!is(item, "TextSource"))
            {
                project.otherSources.push_back(OtherSource{reinterpret_cast<const char*>(item->name),
                                                           attribute(item, "name"), countDescendants(item, "Coding")});
                continue;
            }
            TextSource source;
            source.guid = attribute(item, "guid");
            source.name = attribute(item, "name");
            source.plainTextPath = attribute(item, "plainTextPath");
            source.description = childText(item, "Description");
            if (const xmlNode* text = firstChild(item, "PlainTextContent"))
            {
                source.inlineText = content(text);
                source.hasInlineText = true;
            }
            forChildren(item, "PlainTextSelection", [&](const xmlNode* node) {
                TextSelection selection;
                selection.guid = attribute(node, "guid");
                selection.name = attribute(node, "name");
                selection.start = position(node, "startPosition");
                selection.end = position(node, "endPosition");
                selection.creatingUser = attribute(node, "creatingUser");
                selection.created = attribute(node, "creationDateTime");
                selection.memo = childText(node, "Description");
                forChildren(node, "Coding", [&](const xmlNode* coding) { selection.codings.push_back(readCoding(coding)); });
                // A memo may also be a note the selection refers to (NVivo's annotations, our own export).
                forChildren(node, "NoteRef", [&](const xmlNode* ref) {
                    const auto note = notesByGuid.find(attribute(ref, "targetGUID"));
                    if (note == notesByGuid.end() || note->second->text.empty())
                        return;
                    if (!selection.memo.empty())
                        selection.memo += "\n";
                    selection.memo += note->second->text;
                });
                source.selections.push_back(selection);
            });
            forChildren(item, "Coding", [&](const xmlNode*) { ++source.wholeSourceCodings; });
            source.values = readValues(item);
            project.textSources.push_back(source);
        }
    return project;
}

std::vector<Code> readCodebookXml(std::string_view xml)
{
    const Document document = parse(xml);
    const xmlNode* root = xmlDocGetRootElement(document.get());
    if (root && is(root, "CodeBook"))
        return readCodes(root);
    if (root && is(root, "Project"))
        if (const xmlNode* codebook = firstChild(root, "CodeBook"))
            return readCodes(codebook);
    throw Error("refi.not_codebook", {root ? reinterpret_cast<const char*>(root->name) : ""});
}

}  // namespace ets::refi
