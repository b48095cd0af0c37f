#pragma once
// A REFI-QDA (QDA-XML 1.0) project as plain values: only what ETS Workbench writes or can use, plus
// counts of what it reads but cannot use, so that an import can say truthfully what it skipped.

#include <cstdint>
#include <string>
#include <vector>

namespace ets::refi {

struct User {
    std::string guid;
    std::string name;
};

// A code of the codebook; children make the hierarchy.
struct Code {
    std::string guid;
    std::string name;
    std::string colour;  // "#RRGGBB" or empty
    std::string description;
    bool codable = true;
    std::vector<Code> children;
};

// A typed value of a Variable for a source or a case. `value` is the text of the XML element.
struct VariableValue {
    std::string variableGuid;
    std::string type;  // "Text", "Boolean", "Integer", "Float", "Date", "DateTime"
    std::string value;
};

struct Variable {
    std::string guid;
    std::string name;
    std::string type;  // as in VariableValue
    std::string description;
};

struct Coding {
    std::string guid;
    std::string codeGuid;
    std::string creatingUser;  // a User's guid, may be empty
    std::string created;       // xsd:dateTime, may be empty
};

// A stretch of a text source, in Unicode code points from 0, end exclusive.
struct TextSelection {
    std::string guid;
    std::string name;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string creatingUser;
    std::string created;
    std::vector<Coding> codings;
    std::string memo;  // Description of the selection and the text of the notes it refers to
};

struct TextSource {
    std::string guid;
    std::string name;
    std::string plainTextPath;  // "internal://<file>" (in sources/) or another URI; empty when inline
    std::string richTextPath;   // the same for the source's rich text (a .docx), which some tools give alone
    std::string inlineText;     // PlainTextContent, when the text is in the .qde itself
    bool hasInlineText = false;
    std::string description;
    std::vector<TextSelection> selections;
    std::vector<VariableValue> values;
    int wholeSourceCodings = 0;  // Codings on the source itself (not on a selection)
};

struct Case {
    std::string guid;
    std::string name;
    std::string description;
    std::vector<VariableValue> values;
    std::vector<std::string> sourceGuids;
};

// A project-level note; selections refer to them for their memos.
struct Note {
    std::string guid;
    std::string name;
    std::string text;
};

// A source ETS Workbench cannot use (picture, PDF, audio, video), named for the summary.
struct OtherSource {
    std::string kind;  // the element's name: "PictureSource", "PDFSource", "AudioSource", "VideoSource"
    std::string name;
    int codings = 0;  // codings on it or on its selections, lost with it
};

struct Project {
    std::string name;
    std::string origin;
    std::vector<User> users;
    std::vector<Code> codes;
    std::vector<Variable> variables;
    std::vector<Case> cases;
    std::vector<TextSource> textSources;
    std::vector<Note> notes;
    std::vector<OtherSource> otherSources;
};

// A deterministic GUID (8-4-4-4-12 hex digits) for an ETS object: the same kind and key always give
// the same GUID, so exporting twice gives the same file and ids other tools saw stay stable.
std::string guidFor(const std::string& kind, const std::string& key);

}  // namespace ets::refi
