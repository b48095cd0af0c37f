#include "core/refi/qde_reader.hpp"

#include "core/text/error.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>

namespace ets::refi {

namespace {

// The reader works on SAX2 events rather than on a document tree: a large project is read in half
// the time (no tree to build and free), and a hostile file never gets a tree in memory at all.
class Builder {
public:
    Project project;
    std::string root;              // the root element's name
    bool doctype = false;          // a DOCTYPE or entity declaration was met
    std::optional<Error> failure;  // a value that cannot be read (thrown once parsing stopped)

    void start(const char* name, int count, const xmlChar** attributes) {
        const char* parent = stack_.empty() ? "" : stack_.back();
        if (stack_.empty())
            root = name;
        stack_.push_back(name);
        const std::size_t depth = stack_.size();
        // An object is only touched through the element that opened it, one level up: a file whose
        // elements sit where the standard does not put them is read as far as it makes sense, never
        // past the objects that exist (the fuzzer's lesson).
        const auto childOf = [&](std::size_t openDepth) { return openDepth != 0 && openDepth + 1 == depth; };
        attributes_ = attributes;
        attributeCount_ = count;

        if (target_)  // text elements hold text only: markup inside them is ignored
            return;
        if (otherDepth_ != 0)  // inside a source ETS cannot use: only its codings are counted
        {
            if (is(name, "Coding"))
                ++project.otherSources.back().codings;
            return;
        }
        if (is(name, "Project") && depth == 1) {
            project.name = attribute("name");
            project.origin = attribute("origin");
        } else if (is(name, "User") && is(parent, "Users")) {
            User user{attribute("guid"), attribute("name")};
            if (user.name.empty())
                user.name = attribute("id");
            project.users.push_back(user);
        } else if (is(name, "Code") && ((is(parent, "Codes") && codes_.empty()) ||
                                        (is(parent, "Code") && !codes_.empty() && childOf(codes_.back().second)))) {
            // Ancestors stay put: only the innermost open code's children grow.
            std::vector<Code>& siblings = codes_.empty() ? project.codes : codes_.back().first->children;
            Code code;
            code.guid = attribute("guid");
            code.name = attribute("name");
            code.colour = attribute("color");
            code.codable = attribute("isCodable") != "false";
            siblings.push_back(std::move(code));
            codes_.emplace_back(&siblings.back(), depth);
        } else if (is(name, "Variable") && is(parent, "Variables") && variableDepth_ == 0) {
            project.variables.push_back(
                Variable{attribute("guid"), attribute("name"), attribute("typeOfVariable"), ""});
            variableDepth_ = depth;
        } else if (is(name, "Case") && is(parent, "Cases") && caseDepth_ == 0) {
            project.cases.push_back(Case{attribute("guid"), attribute("name"), "", {}, {}});
            caseDepth_ = depth;
        } else if (is(name, "SourceRef") && childOf(caseDepth_))
            project.cases.back().sourceGuids.push_back(attribute("targetGUID"));
        else if (is(name, "VariableValue") && valueDepth_ == 0 && (childOf(caseDepth_) || childOf(sourceDepth_))) {
            value_ = VariableValue{};
            valueDepth_ = depth;
        } else if (is(name, "VariableRef") && childOf(valueDepth_))
            value_->variableGuid = attribute("targetGUID");
        else if (childOf(valueDepth_) && endsWith(name, "Value")) {
            value_->type = std::string(name, std::strlen(name) - 5);
            capture(&value_->value);
        } else if (is(name, "Note") && is(parent, "Notes") && noteDepth_ == 0) {
            project.notes.push_back(Note{attribute("guid"), attribute("name"), ""});
            noteDepth_ = depth;
        } else if (is(name, "PlainTextContent") && childOf(noteDepth_))
            capture(&project.notes.back().text);
        else if (is(parent, "Sources") && !is(name, "TextSource")) {
            project.otherSources.push_back(OtherSource{name, attribute("name"), 0});
            otherDepth_ = depth;
        } else if (is(name, "TextSource") && is(parent, "Sources") && sourceDepth_ == 0) {
            TextSource source;
            source.guid = attribute("guid");
            source.name = attribute("name");
            source.plainTextPath = attribute("plainTextPath");
            source.richTextPath = attribute("richTextPath");
            project.textSources.push_back(std::move(source));
            sourceDepth_ = depth;
        } else if (is(name, "PlainTextContent") && childOf(sourceDepth_)) {
            project.textSources.back().hasInlineText = true;
            capture(&project.textSources.back().inlineText);
        } else if (is(name, "PlainTextSelection") && childOf(sourceDepth_)) {
            TextSelection selection;
            selection.guid = attribute("guid");
            selection.name = attribute("name");
            selection.start = position("startPosition");
            selection.end = position("endPosition");
            selection.creatingUser = attribute("creatingUser");
            selection.created = attribute("creationDateTime");
            project.textSources.back().selections.push_back(std::move(selection));
            selectionDepth_ = depth;
        } else if (is(name, "Coding") && childOf(selectionDepth_)) {
            project.textSources.back().selections.back().codings.push_back(
                Coding{attribute("guid"), "", attribute("creatingUser"), attribute("creationDateTime")});
            codingDepth_ = depth;
        } else if (is(name, "Coding") && childOf(sourceDepth_))
            ++project.textSources.back().wholeSourceCodings;
        else if (is(name, "CodeRef") && childOf(codingDepth_))
            project.textSources.back().selections.back().codings.back().codeGuid = attribute("targetGUID");
        else if (is(name, "NoteRef") && childOf(selectionDepth_))
            noteRefs_.push_back({project.textSources.size() - 1, project.textSources.back().selections.size() - 1,
                                 attribute("targetGUID")});
        else if (is(name, "Description"))
            capture(descriptionOf(depth));
    }

    void end() {
        const std::size_t depth = stack_.size();
        if (captureDepth_ == depth) {
            target_ = nullptr;
            captureDepth_ = 0;
        }
        if (valueDepth_ == depth) {
            if (caseDepth_ + 1 == depth)
                project.cases.back().values.push_back(std::move(*value_));
            else
                project.textSources.back().values.push_back(std::move(*value_));
            value_.reset();
        }
        if (!codes_.empty() && codes_.back().second == depth)
            codes_.pop_back();
        for (std::size_t* open : {&otherDepth_, &sourceDepth_, &selectionDepth_, &codingDepth_, &caseDepth_,
                                  &noteDepth_, &variableDepth_, &valueDepth_})
            if (*open == depth)
                *open = 0;
        stack_.pop_back();
    }

    void characters(const xmlChar* text, int length) {
        if (target_ && captureDepth_ == stack_.size())
            target_->append(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length));
    }

    // A memo may also be a note the selection refers to (NVivo's annotations, our own export):
    // notes come after the sources, so they are joined once the whole file is read.
    void resolveNotes() {
        std::map<std::string, const Note*> notes;
        for (const Note& note : project.notes)
            notes[note.guid] = &note;
        for (const auto& ref : noteRefs_) {
            const auto note = notes.find(ref.guid);
            if (note == notes.end() || note->second->text.empty())
                continue;
            std::string& memo = project.textSources[ref.source].selections[ref.selection].memo;
            memo += (memo.empty() ? "" : "\n") + note->second->text;
        }
    }

private:
    struct NoteRef {
        std::size_t source;
        std::size_t selection;
        std::string guid;
    };

    static bool is(const char* a, const char* b) { return std::strcmp(a, b) == 0; }
    static bool endsWith(const char* name, const char* end) {
        const std::size_t n = std::strlen(name), m = std::strlen(end);
        return n > m && std::strcmp(name + n - m, end) == 0;
    }

    // SAX2 gives each attribute as (localname, prefix, URI, value begin, value end), values decoded.
    std::string attribute(const char* name) const {
        for (int i = 0; i < attributeCount_; ++i) {
            const xmlChar* const* item = attributes_ + 5 * i;
            if (is(reinterpret_cast<const char*>(item[0]), name))
                return std::string(reinterpret_cast<const char*>(item[3]), static_cast<std::size_t>(item[4] - item[3]));
        }
        return {};
    }

    std::int64_t position(const char* name) {
        const std::string text = attribute(name);
        errno = 0;
        char* end = nullptr;
        const long long value = std::strtoll(text.c_str(), &end, 10);
        while (end && (*end == ' ' || *end == '\t'))
            ++end;
        if (text.empty() || errno == ERANGE || !end || *end != '\0') {
            if (!failure)  // thrown once libxml2 has returned: no exception may cross its C frames
                failure = Error("refi.bad_number", {name, text});
        }
        return value;
    }

    void capture(std::string* target) {
        target_ = target;
        captureDepth_ = target ? stack_.size() : 0;
    }

    // The Description of the object opened one level up, if it is one that has one.
    std::string* descriptionOf(std::size_t depth) {
        if (!codes_.empty() && codes_.back().second + 1 == depth)
            return &codes_.back().first->description;
        if (variableDepth_ != 0 && variableDepth_ + 1 == depth)
            return &project.variables.back().description;
        if (caseDepth_ != 0 && caseDepth_ + 1 == depth)
            return &project.cases.back().description;
        if (selectionDepth_ != 0 && selectionDepth_ + 1 == depth)
            return &project.textSources.back().selections.back().memo;
        if (sourceDepth_ != 0 && sourceDepth_ + 1 == depth)
            return &project.textSources.back().description;
        return nullptr;
    }

    std::vector<const char*> stack_;  // element names, interned by libxml2 for the whole parse
    const xmlChar** attributes_ = nullptr;
    int attributeCount_ = 0;
    std::vector<std::pair<Code*, std::size_t>> codes_;  // open codes and their depth, innermost last
    std::optional<VariableValue> value_;
    // Depth of the element that opened each kind of object, 0 when none is open.
    std::size_t otherDepth_ = 0, sourceDepth_ = 0, selectionDepth_ = 0, codingDepth_ = 0, caseDepth_ = 0,
                noteDepth_ = 0, variableDepth_ = 0, valueDepth_ = 0;
    std::string* target_ = nullptr;  // where the text of the element being read goes
    std::size_t captureDepth_ = 0;
    std::vector<NoteRef> noteRefs_;
};

Builder& builderOf(void* context) { return *static_cast<Builder*>(static_cast<xmlParserCtxt*>(context)->_private); }

void onStart(void* context, const xmlChar* name, const xmlChar*, const xmlChar*, int, const xmlChar**, int count, int,
             const xmlChar** attributes) {
    Builder& builder = builderOf(context);
    builder.start(reinterpret_cast<const char*>(name), count, attributes);
    // Stopped only now: stopping frees the input the attributes point into.
    if (builder.failure)
        xmlStopParser(static_cast<xmlParserCtxt*>(context));
}

void onEnd(void* context, const xmlChar*, const xmlChar*, const xmlChar*) { builderOf(context).end(); }

void onCharacters(void* context, const xmlChar* text, int length) { builderOf(context).characters(text, length); }

// Exchange files never need a DTD: refusing any DOCTYPE or entity declaration the moment the
// parser meets it closes XXE and entity expansion (billion laughs) whatever the file's encoding.
void onDoctype(void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
    builderOf(context).doctype = true;
    xmlStopParser(static_cast<xmlParserCtxt*>(context));
}

void onEntity(void* context, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
    onDoctype(context, nullptr, nullptr, nullptr);
}

void ignoreError(void*, xmlErrorPtr) {}

Builder parse(std::string_view xml) {
    if (xml.size() > kMaxXmlBytes)
        throw Error("refi.xml_too_large", {std::to_string(kMaxXmlBytes / (1024 * 1024))});
    xmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = &onStart;
    handler.endElementNs = &onEnd;
    handler.characters = &onCharacters;
    handler.cdataBlock = &onCharacters;
    handler.internalSubset = &onDoctype;
    handler.externalSubset = &onDoctype;
    handler.entityDecl = &onEntity;
    handler.serror = &ignoreError;  // errors are reported by the Error below, not on stderr

    Builder builder;
    std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> parser(
        xmlCreateMemoryParserCtxt(xml.data(), static_cast<int>(xml.size())), &xmlFreeParserCtxt);
    if (!parser)
        throw Error("refi.xml_malformed", {"0", "empty"});
    xmlSAXHandlerPtr own = parser->sax;  // given back before the context is freed, which frees it
    parser->sax = &handler;
    parser->_private = &builder;
    // No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR/XINCLUDE, no network.
    xmlCtxtUseOptions(parser.get(), XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlParseDocument(parser.get());
    parser->sax = own;
    if (parser->myDoc)  // libxml2 makes a document for entity declarations even in SAX mode (found by the fuzzer)
    {
        xmlFreeDoc(parser->myDoc);
        parser->myDoc = nullptr;
    }
    if (builder.doctype)
        throw Error("refi.xml_doctype");
    if (builder.failure)
        throw *builder.failure;
    if (!parser->wellFormed) {
        const xmlError* error = xmlCtxtGetLastError(parser.get());
        std::string detail = error && error->message ? error->message : "";
        while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' '))
            detail.pop_back();
        throw Error("refi.xml_malformed", {std::to_string(error ? error->line : 0), detail});
    }
    builder.resolveNotes();
    return builder;
}

}  // namespace

Project readProjectXml(std::string_view xml) {
    Builder builder = parse(xml);
    if (builder.root != "Project")
        throw Error("refi.not_project", {builder.root});
    return std::move(builder.project);
}

std::vector<Code> readCodebookXml(std::string_view xml) {
    Builder builder = parse(xml);
    if (builder.root != "CodeBook" && builder.root != "Project")
        throw Error("refi.not_codebook", {builder.root});
    return std::move(builder.project.codes);
}

}  // namespace ets::refi
