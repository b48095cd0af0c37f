#pragma once
// A transcript open in Writer, as the core's TranscriptDocument (core/coding/transcript_document.hpp). Each passage
// is a bookmark (the exact text, kept in ODT and DOCX), a comment in the margin (what a person sees: coder as author,
// themes then memo) and a record in the user-defined property "ETS.Tags"; the card is in the "ETS." properties.

#include "core/coding/transcript_document.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ets::uno {

// A range of a Writer document, as a TextSpan the core hands back.
class WriterSpan : public TextSpan {
public:
    explicit WriterSpan(css::uno::Reference<css::text::XTextRange> range) : range(std::move(range)) {}
    std::string text() const override;
    TextBefore before() const override;

    css::uno::Reference<css::text::XTextRange> range;
};

class WriterTranscript : public TranscriptDocument {
public:
    // The Writer document shown in the frame; throws Error("writer.not_text") for anything else.
    static WriterTranscript inFrame(const css::uno::Reference<css::frame::XFrame>& frame);
    explicit WriterTranscript(css::uno::Reference<css::text::XTextDocument> document);

    const css::uno::Reference<css::text::XTextDocument>& document() const { return document_; }
    // The Writer document shown in the frame, ready to be tagged: writable, with a card, saved (core requireTaggable).
    static WriterTranscript toTag(const css::uno::Reference<css::frame::XFrame>& frame);
    // Throws writer.read_only when the document cannot be changed.
    void requireWritable() const;
    bool isReadOnly() const;

    // The single range the person selected in the body text. Throws selection.* errors.
    std::unique_ptr<WriterSpan> selection() const;
    // Where the view's cursor or selection is (empty when it is a mere cursor). Throws selection.not_text.
    std::unique_ptr<WriterSpan> cursor() const;
    // Selects the passage's text in the document's view.
    void select(const std::string& anchor) const;

    std::filesystem::path file() const override;
    std::map<std::string, std::string> cardProperties() const override;
    std::string interviewId() const override;  // one property read, not the whole card
    void setCardProperties(const std::map<std::string, std::string>& properties) override;
    std::vector<TagRecord> records() const override;
    void setRecords(const std::vector<TagRecord>& records) override;
    // The records' text as the document property holds it, unparsed: what an undo step puts back.
    std::string recordsText() const;
    void setRecordsText(const std::string& text);
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
    spansInText(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const override;

private:
    void forEachAnchor(
        const std::function<void(const std::string&, const css::uno::Reference<css::text::XTextRange>&)>& visit) const;
    css::uno::Reference<css::text::XTextRange> anchorRange(const std::string& anchor) const;
    css::uno::Reference<css::uno::XInterface> currentSelection() const;
    css::uno::Reference<css::uno::XInterface> findComment(const std::string& anchor) const;

    css::uno::Reference<css::text::XTextDocument> document_;
    std::string written_;  // what writeText wrote, to find code points in
};

}  // namespace ets::uno
