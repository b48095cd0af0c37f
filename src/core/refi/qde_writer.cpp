#include "core/refi/qde_writer.hpp"

#include "core/text/error.hpp"

#include <libxml/xmlwriter.h>

#include <memory>
#include <stdexcept>

namespace ets::refi {

namespace {

// libxml2's text writer into a memory buffer, with the error checks in one place. Its calls only
// fail on memory exhaustion, so a failure is an internal error, not a message for the person.
class XmlOut {
public:
    XmlOut() : buffer_(xmlBufferCreate(), &xmlBufferFree), writer_(xmlNewTextWriterMemory(buffer_.get(), 0)) {
        if (!writer_)
            throw std::runtime_error("xmlNewTextWriterMemory failed");
        // No indentation: every line break would be one more text node for the reader to build
        // (a third of the parse time of a large project), and tools read the file, not people.
        check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes"));
    }
    ~XmlOut() {
        if (writer_)
            xmlFreeTextWriter(writer_);
    }
    XmlOut(const XmlOut&) = delete;
    XmlOut& operator=(const XmlOut&) = delete;

    void start(const char* name) { check(xmlTextWriterStartElement(writer_, BAD_CAST name)); }
    void end() { check(xmlTextWriterEndElement(writer_)); }
    void attribute(const char* name, const std::string& value) {
        check(xmlTextWriterWriteAttribute(writer_, BAD_CAST name, BAD_CAST value.c_str()));
    }
    void optionalAttribute(const char* name, const std::string& value) {
        if (!value.empty())
            attribute(name, value);
    }
    void element(const char* name, const std::string& text) {
        check(xmlTextWriterWriteElement(writer_, BAD_CAST name, BAD_CAST text.c_str()));
    }
    void optionalElement(const char* name, const std::string& text) {
        if (!text.empty())
            element(name, text);
    }
    void ref(const char* name, const std::string& guid) {
        start(name);
        attribute("targetGUID", guid);
        end();
    }
    std::string finish() {
        check(xmlTextWriterEndDocument(writer_));
        xmlFreeTextWriter(writer_);
        writer_ = nullptr;
        return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                           static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
    }

private:
    static void check(int result) {
        if (result < 0)
            throw std::runtime_error("libxml2 could not write the REFI-QDA XML");
    }

    std::unique_ptr<xmlBuffer, void (*)(xmlBufferPtr)> buffer_;
    xmlTextWriterPtr writer_;
};

void writeCode(XmlOut& out, const Code& code) {
    out.start("Code");
    out.attribute("guid", code.guid);
    out.attribute("name", code.name);
    out.attribute("isCodable", code.codable ? "true" : "false");
    out.optionalAttribute("color", code.colour);
    out.optionalElement("Description", code.description);
    for (const Code& child : code.children)
        writeCode(out, child);
    out.end();
}

// Both schemas want at least one Code in Codes: callers leave out an empty codebook.
void writeCodes(XmlOut& out, const std::vector<Code>& codes) {
    out.start("Codes");
    for (const Code& code : codes)
        writeCode(out, code);
    out.end();
}

void writeValue(XmlOut& out, const VariableValue& value) {
    out.start("VariableValue");
    out.ref("VariableRef", value.variableGuid);
    out.element((value.type + "Value").c_str(), value.value);
    out.end();
}

void writeSelection(XmlOut& out, const TextSelection& selection, const std::string& noteGuid) {
    out.start("PlainTextSelection");
    out.attribute("guid", selection.guid);
    out.optionalAttribute("name", selection.name);
    out.attribute("startPosition", std::to_string(selection.start));
    out.attribute("endPosition", std::to_string(selection.end));
    out.optionalAttribute("creatingUser", selection.creatingUser);
    out.optionalAttribute("creationDateTime", selection.created);
    for (const Coding& coding : selection.codings) {
        out.start("Coding");
        out.attribute("guid", coding.guid);
        // Said once on the selection when the same: readers take the selection's (a third less XML
        // for large projects, whose parsing is most of an import's time).
        if (coding.creatingUser != selection.creatingUser)
            out.optionalAttribute("creatingUser", coding.creatingUser);
        if (coding.created != selection.created)
            out.optionalAttribute("creationDateTime", coding.created);
        out.ref("CodeRef", coding.codeGuid);
        out.end();
    }
    if (!noteGuid.empty())
        out.ref("NoteRef", noteGuid);
    out.end();
}

// The memo of a selection lives in a Note of the project: what NVivo, ATLAS.ti and QualCoder read.
std::string memoNoteGuid(const TextSelection& selection) {
    return selection.memo.empty() ? std::string() : guidFor("memo", selection.guid);
}

}  // namespace

std::string writeProjectXml(const Project& project) {
    XmlOut out;
    out.start("Project");
    out.attribute("xmlns", "urn:QDA-XML:project:1.0");
    out.attribute("name", project.name);
    out.optionalAttribute("origin", project.origin);
    if (!project.users.empty()) {
        out.start("Users");
        for (const User& user : project.users) {
            out.start("User");
            out.attribute("guid", user.guid);
            out.attribute("name", user.name);
            out.end();
        }
        out.end();
    }
    if (!project.codes.empty()) {
        out.start("CodeBook");
        writeCodes(out, project.codes);
        out.end();
    }
    if (!project.variables.empty()) {
        out.start("Variables");
        for (const Variable& variable : project.variables) {
            out.start("Variable");
            out.attribute("guid", variable.guid);
            out.attribute("name", variable.name);
            out.attribute("typeOfVariable", variable.type);
            out.optionalElement("Description", variable.description);
            out.end();
        }
        out.end();
    }
    if (!project.cases.empty()) {
        out.start("Cases");
        for (const Case& item : project.cases) {
            out.start("Case");
            out.attribute("guid", item.guid);
            out.attribute("name", item.name);
            out.optionalElement("Description", item.description);
            for (const VariableValue& value : item.values)
                writeValue(out, value);
            for (const std::string& source : item.sourceGuids)
                out.ref("SourceRef", source);
            out.end();
        }
        out.end();
    }
    if (!project.textSources.empty()) {
        out.start("Sources");
        for (const TextSource& source : project.textSources) {
            out.start("TextSource");
            out.attribute("guid", source.guid);
            out.attribute("name", source.name);
            out.optionalAttribute("plainTextPath", source.plainTextPath);
            out.optionalElement("Description", source.description);
            if (source.plainTextPath.empty())
                out.element("PlainTextContent", source.inlineText);
            for (const TextSelection& selection : source.selections)
                writeSelection(out, selection, memoNoteGuid(selection));
            for (const VariableValue& value : source.values)
                writeValue(out, value);
            out.end();
        }
        out.end();
    }
    bool anyMemo = !project.notes.empty();
    for (const TextSource& source : project.textSources)
        for (const TextSelection& selection : source.selections)
            anyMemo = anyMemo || !selection.memo.empty();
    if (anyMemo) {
        out.start("Notes");
        for (const Note& note : project.notes) {
            out.start("Note");
            out.attribute("guid", note.guid);
            out.optionalAttribute("name", note.name);
            out.element("PlainTextContent", note.text);
            out.end();
        }
        for (const TextSource& source : project.textSources)
            for (const TextSelection& selection : source.selections)
                if (!selection.memo.empty()) {
                    out.start("Note");
                    out.attribute("guid", memoNoteGuid(selection));
                    out.optionalAttribute("name", selection.name);
                    out.element("PlainTextContent", selection.memo);
                    out.end();
                }
        out.end();
    }
    out.end();
    return out.finish();
}

std::string writeCodebookXml(const std::vector<Code>& codes, const std::string& origin) {
    if (codes.empty())
        throw Error("refi.codebook_empty");
    XmlOut out;
    out.start("CodeBook");
    out.attribute("xmlns", "urn:QDA-XML:codebook:1.0");
    out.optionalAttribute("origin", origin);
    writeCodes(out, codes);
    out.end();
    return out.finish();
}

}  // namespace ets::refi
