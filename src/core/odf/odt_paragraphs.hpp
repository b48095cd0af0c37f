#pragma once
// The body paragraphs of a saved Writer document (.odt), read from its content.xml without LibreOffice: a command
// that only needs the text of forty closed documents reads them in milliseconds instead of loading each in Writer.
// Read as Writer's own enumeration of the body gives them: headings and paragraphs in order, also inside lists and
// sections; tables, frames, comments and footnotes left out.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

struct _xmlDoc;   // libxml2's document and node, named here without its headers
struct _xmlNode;

namespace ets {

struct OdtParagraph {
    int outlineLevel = 0;  // > 0 for a heading (text:h)
    std::string style;     // the paragraph style's name as a person sees it (an automatic style gives its parent's)
    std::string text;      // as Writer's getString gives it: spaces, tabs, line breaks (LF) written out
};

struct OdtLimits {
    std::uint64_t maxContentBytes = 64ull * 1024 * 1024;  // content.xml unpacked
    std::uint64_t maxFileBytes = 256ull * 1024 * 1024;    // the .odt
    std::size_t maxDepth = 200;                           // elements inside each other
};

// Throws Error("odt.unreadable", {file}) for a file that is missing, too large, not a zip, without content.xml, with a
// DOCTYPE or malformed XML, or nested deeper than the limit.
std::vector<OdtParagraph> readOdtParagraphs(const std::filesystem::path& file, const OdtLimits& limits = {});
// The same from content.xml's text (`name` for the message).
std::vector<OdtParagraph> odtParagraphsFromXml(const std::string& xml, const std::string& name,
                                               const OdtLimits& limits = {});

// One part of an .odt (content.xml, meta.xml) read whole, within the limits; Error("odt.unreadable", {file}) otherwise.
std::string odtEntry(const std::filesystem::path& file, const char* entry, const OdtLimits& limits = {});

// A part's XML parsed safely: no DOCTYPE, no network, libxml2's own ceiling on nesting, at most maxContentBytes;
// Error("odt.unreadable", {name}) otherwise. The document is freed with the pointer.
using ParsedOdfXml = std::unique_ptr<::_xmlDoc, void (*)(::_xmlDoc*)>;
ParsedOdfXml parseOdfXml(const std::string& xml, const std::string& name, const OdtLimits& limits = {});

// The namespaces of ODF's parts, as isOdfElement and odfAttribute take them.
inline constexpr const char* kOdfOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr const char* kOdfText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr const char* kOdfStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr const char* kOdfTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr const char* kOdfDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
inline constexpr const char* kOdfMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

// Whether `node` is the element `name` of the namespace `space`; the value of its attribute (empty when absent).
bool isOdfElement(const ::_xmlNode* node, const char* space, const char* name);
std::string odfAttribute(const ::_xmlNode* node, const char* space, const char* name);

// A style name as ODF encodes it (« ETS_20_Argumentaire_20__2013__20_Titre ») as a person sees it
// (« ETS Argumentaire – Titre »).
std::string decodedStyleName(const std::string& name);

}  // namespace ets
