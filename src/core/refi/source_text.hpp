#pragma once
// Where a text source's text is in a .qdpx, as real tools write its path, and the text of a source that only has a
// rich text (a .docx).

#include <optional>
#include <string>

namespace ets::refi {

// The file in the archive's sources/ that a plainTextPath or richTextPath names: "internal://<file>" as the standard
// says, a bare relative "<file>" or "sources/<file>" as some exporters write it, in any case (the archive is looked up
// whatever the capitals). nullopt for an external file (another URI scheme such as file://, an absolute path).
std::optional<std::string> archiveSourceName(const std::string& path);

// The text of a .docx: its body's paragraphs (tables' too) joined by one LF, a tab as a tab, a line break as LF. Throws
// Error("refi.bad_docx", {detail}) for a file that is not a readable .docx.
std::string docxText(const std::string& bytes);

}  // namespace ets::refi
