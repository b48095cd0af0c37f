#pragma once
// The body paragraphs of a saved Writer document (.odt), read from its content.xml without LibreOffice: a command
// that only needs the text of forty closed documents reads them in milliseconds instead of loading each in Writer.
// Read as Writer's own enumeration of the body gives them: headings and paragraphs in order, also inside lists and
// sections; tables, frames, comments and footnotes left out.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

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

// A style name as ODF encodes it (« ETS_20_Argumentaire_20__2013__20_Titre ») as a person sees it
// (« ETS Argumentaire – Titre »).
std::string decodedStyleName(const std::string& name);

}  // namespace ets
