#pragma once
// A transcript held in memory, for the unit tests of every decision taken against TranscriptDocument: its text is
// one UTF-8 string (paragraphs separated by LF), anchors are byte ranges that follow the text as it is edited, and
// its tags are kept as the JSON text a Writer document keeps, so that a damaged one can be tried too.

#include "core/coding/codebook_rewrite.hpp"
#include "core/coding/transcript_document.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace ets {

class MemoryTranscript : public TranscriptDocument {
public:
    explicit MemoryTranscript(std::string text = {}, std::filesystem::path file = {});

    // What a person does to the text: typing and deleting move or shrink the anchors like Writer's bookmarks.
    void insertText(std::size_t at, const std::string& text);
    void eraseText(std::size_t start, std::size_t end);
    const std::string& text() const { return text_; }
    // The paragraph up to `byte` and the paragraph before it.
    TextBefore textBefore(std::size_t byte) const;

    // A span of this transcript: the bytes [start, end), or the first occurrence of `words` (throws if absent).
    std::unique_ptr<TextSpan> span(std::size_t start, std::size_t end) const;
    std::unique_ptr<TextSpan> spanOf(const std::string& words) const;

    // What a person sees in the margin beside an anchor; nullptr when it has no comment.
    struct Comment {
        std::string author;
        std::string text;
    };
    const Comment* comment(const std::string& anchor) const;
    std::size_t commentCount() const { return comments_.size(); }
    // The tags' stored text, as a document property holds it; setting it lets a test damage it.
    const std::string& storedTags() const { return tags_; }
    void setStoredTags(std::string json) { tags_ = std::move(json); }
    void setFile(std::filesystem::path file) { file_ = std::move(file); }

    std::filesystem::path file() const override { return file_; }
    std::map<std::string, std::string> cardProperties() const override;
    void setCardProperties(const std::map<std::string, std::string>& properties) override;
    std::vector<TagRecord> records() const override;
    void setRecords(const std::vector<TagRecord>& records) override;
    std::vector<AnchoredText> anchors() const override;
    std::unique_ptr<TextSpan> anchorSpan(const std::string& anchor) const override;
    std::vector<std::string> anchorsOver(const TextSpan& span) const override;
    std::vector<std::pair<std::string, int>> anchorsAgainst(const TextSpan& span) const override;
    std::vector<std::string> anchorsAt(const TextSpan& span) const override;
    void addAnchor(const TextSpan& span, const std::string& anchor, const std::string& author,
                   const std::string& comment) override;
    void setComment(const std::string& anchor, const std::string& comment) override;
    void removeAnchor(const std::string& anchor) override;
    PlainText plainText() const override;
    void writeText(const std::string& text) override;
    std::vector<std::unique_ptr<TextSpan>>
    spansAt(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const override;
    std::vector<std::unique_ptr<TextSpan>>
    spansInText(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const override {
        return spansAt(codePoints);  // the text is the plain text
    }

private:
    struct Anchor {
        std::string name;
        std::size_t start = 0;
        std::size_t end = 0;
    };
    std::pair<std::size_t, std::size_t> bytesOf(const TextSpan& span) const;
    const Anchor* find(const std::string& name) const;

    std::string text_;
    std::filesystem::path file_;
    std::vector<Anchor> anchors_;
    std::map<std::string, Comment> comments_;
    std::map<std::string, std::string> properties_;  // the card's
    std::string tags_;
};

// The office was killed: thrown by MemoryTranscriptFiles where a test asks, never caught by the code under test (it
// is no std::exception), so that nothing after it runs, as after a kill -9.
struct OfficeKilled {};

// A project's transcripts as files, in memory: `saved` is what the disk holds. A test makes one missing (absent from
// `saved`), held by another person (`heldBy`), impossible to save (`unwritable`), open here with the person's own
// changes (`openWithChanges`: changed in `open`, not saved), or kills the office after some saves.
class MemoryTranscriptFiles : public TranscriptFiles {
public:
    std::map<std::string, MemoryTranscript> saved;
    std::map<std::string, MemoryTranscript> open;  // open here, with changes not saved
    std::map<std::string, std::string> heldBy;
    std::set<std::string> unwritable;
    int killAfterSaves = -1;  // throws OfficeKilled once this many transcripts were saved (0: before the first)
    int saves = 0;

    bool rewrite(const std::string& key, const std::function<void(TranscriptDocument&)>& change) override;
};

}  // namespace ets
