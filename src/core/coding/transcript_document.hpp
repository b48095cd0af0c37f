#pragma once
// What a transcript is to ETS Workbench, whatever holds it: its text, its interview card and the tagged passages it
// carries itself (records, anchors and the comments a person sees beside them; see tag_record.hpp). Every decision
// about tags is taken in the core against this interface; the Writer document (src/uno/writer/writer_transcript)
// and the in-memory transcript of the unit tests (memory_transcript.hpp) carry them out.

#include "core/coding/passage_index.hpp"
#include "core/coding/tag_record.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ets {

// A stretch of one transcript's text, as that transcript locates it (in Writer a text range, in memory offsets).
// Only the transcript that gave it reads it.
class TextSpan {
public:
    virtual ~TextSpan() = default;
    virtual std::string text() const = 0;  // UTF-8
    // Its paragraph up to it and the paragraph before (passage_context.hpp).
    virtual TextBefore before() const = 0;
};

// Where an anchor lies in a transcript's plain text, in UTF-16 units (as LibreOffice counts), end exclusive.
struct AnchorSpan {
    std::string anchor;
    std::size_t start = 0;
    std::size_t end = 0;
};

// The transcript's body as plain text (paragraphs joined by LF, tables left out) and where its anchors lie in it.
struct PlainText {
    std::string text;  // UTF-8
    std::vector<AnchorSpan> spans;
};

class TranscriptDocument {
public:
    virtual ~TranscriptDocument() = default;

    // The saved file (absolute path); empty when the transcript was never saved.
    virtual std::filesystem::path file() const = 0;

    // The interview card: the document's card properties (register/interview_card.hpp: cardToProperties).
    virtual std::map<std::string, std::string> cardProperties() const = 0;
    // The card's interview id (empty: no ETS transcript). A document may answer faster than by its whole card.
    virtual std::string interviewId() const;
    // Makes the card's properties exactly these: other card properties are removed, the document's other
    // properties (its tags, the author's own) are left alone.
    virtual void setCardProperties(const std::map<std::string, std::string>& properties) = 0;

    // One record per tagged passage. Throws tags.invalid when what the document holds cannot be read.
    virtual std::vector<TagRecord> records() const = 0;
    virtual void setRecords(const std::vector<TagRecord>& records) = 0;
    // Every ETS anchor of the document and the text it spans now.
    virtual std::vector<AnchoredText> anchors() const = 0;
    // Throws passage.unknown {anchor} when the document has no such anchor.
    virtual std::unique_ptr<TextSpan> anchorSpan(const std::string& anchor) const = 0;
    // The ETS anchors over exactly the text of `span` (one per coder who tagged that very text), in document order.
    virtual std::vector<std::string> anchorsOver(const TextSpan& span) const = 0;
    // Every ETS anchor in document order, each with where its passage starts against the start of `span` (a cursor):
    // before it (< 0), at the same place (0) or after it (> 0). A span outside the body text: every anchor after.
    virtual std::vector<std::pair<std::string, int>> anchorsAgainst(const TextSpan& span) const = 0;
    // The ETS anchors that overlap `span` or touch it (a cursor at the edge of a passage finds it).
    virtual std::vector<std::string> anchorsAt(const TextSpan& span) const = 0;
    // Marks `span` with a new anchor and, beside it, a comment by `author`.
    virtual void addAnchor(const TextSpan& span, const std::string& anchor, const std::string& author,
                           const std::string& comment) = 0;
    virtual void setComment(const std::string& anchor, const std::string& comment) = 0;
    // Removes the anchor and its comment; the text stays.
    virtual void removeAnchor(const std::string& anchor) = 0;

    // The body as plain text, read in one walk (how REFI-QDA exchanges transcripts).
    virtual PlainText plainText() const = 0;
    // Fills an empty transcript with `text`, one paragraph per LF-separated line.
    virtual void writeText(const std::string& text) = 0;
    // The spans of code-point ranges [start, end) of the text writeText wrote, all taken before any is tagged
    // (a comment may add a mark to the text that would shift later positions).
    virtual std::vector<std::unique_ptr<TextSpan>>
    spansAt(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const = 0;
    // The spans of code-point ranges [start, end) of plainText()'s text, in a transcript as it is (tagged or not), all
    // taken before any is tagged.
    virtual std::vector<std::unique_ptr<TextSpan>>
    spansInText(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const = 0;
};

}  // namespace ets
