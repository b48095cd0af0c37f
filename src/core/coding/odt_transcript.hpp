#pragma once
// A closed transcript (.odt) read straight from its file, without LibreOffice: its text, its passages (the ETS
// bookmarks of content.xml) and its tags and card (the user-defined properties of meta.xml), exactly as the Writer
// document gives them once loaded (uno/writer/writer_transcript). The index, the tally, the passages list and the
// exports read twenty transcripts this way in a fraction of the time the office takes to load them.
//
// Read only: what would change it throws writer.read_only. A file it is not sure to read as Writer does is refused
// (readOdtTranscript gives nullptr) and the caller asks LibreOffice instead.

#include "core/coding/transcript_document.hpp"
#include "core/odf/odt_body.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ets {

class OdtTranscript : public TranscriptDocument {
public:
    // `file` the transcript's path; `body` and `properties` what its content.xml and meta.xml hold.
    OdtTranscript(std::filesystem::path file, OdtBody body, std::map<std::string, std::string> properties);

    std::filesystem::path file() const override { return file_; }
    std::map<std::string, std::string> cardProperties() const override;
    std::string interviewId() const override;
    std::vector<TagRecord> records() const override;  // throws tags.invalid as the Writer document does
    std::vector<AnchoredText> anchors() const override;
    std::unique_ptr<TextSpan> anchorSpan(const std::string& anchor) const override;
    PlainText plainText() const override;

    // A closed document has no selection or cursor, and nothing is changed in it: these throw writer.read_only.
    std::vector<std::string> anchorsOver(const TextSpan& span) const override;
    std::vector<std::pair<std::string, int>> anchorsAgainst(const TextSpan& span) const override;
    std::vector<std::string> anchorsAt(const TextSpan& span) const override;
    std::vector<std::unique_ptr<TextSpan>>
    spansAt(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const override;
    std::vector<std::unique_ptr<TextSpan>>
    spansInText(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const override;
    void setCardProperties(const std::map<std::string, std::string>& properties) override;
    void setRecords(const std::vector<TagRecord>& records) override;
    void addAnchor(const TextSpan& span, const std::string& anchor, const std::string& author,
                   const std::string& comment) override;
    void setComment(const std::string& anchor, const std::string& comment) override;
    void removeAnchor(const std::string& anchor) override;
    void writeText(const std::string& text) override;

private:
    const OdtBookmark* find(const std::string& anchor) const;
    std::string textOf(const OdtBookmark& bookmark) const;
    TextBefore beforeOf(const OdtBookmark& bookmark) const;

    std::filesystem::path file_;
    OdtBody body_;
    std::map<std::string, std::string> properties_;
};

// The transcript at `file` read from its zip, or nullptr when it cannot be read as Writer would: not an .odt, missing,
// larger than the limits, not a zip, without content.xml or meta.xml, malformed or too deeply nested XML, changes
// recorded, or an ETS bookmark this reader cannot place (in a table, a frame, a comment; twice the same; half of one),
// or starting right after a table (its context is Writer's to give). Never throws.
std::unique_ptr<OdtTranscript> readOdtTranscript(const std::filesystem::path& file, const OdtLimits& limits = {});

// The same from the parts' text (`name` for messages), for the tests and the fuzzer.
std::unique_ptr<OdtTranscript> odtTranscriptFromXml(const std::filesystem::path& file, const std::string& contentXml,
                                                    const std::string& metaXml, const OdtLimits& limits = {});

}  // namespace ets
