#pragma once
// An ETS transcript open in Writer, and the tags it carries itself: each passage is a bookmark
// (the exact text, kept in ODT and DOCX), a comment in the margin (what a person sees: coder as
// author, themes then memo) and a record in the user-defined property "ETS.Tags" (themes by id
// and name, memo, coder), so that a transcript moved, copied or mailed loses nothing.

#include "core/coding/passage_index.hpp"
#include "core/coding/tag_record.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ets::uno {

class Transcript {
public:
    // The Writer document shown in the frame; throws Error("writer.not_text") for anything else.
    static Transcript inFrame(const css::uno::Reference<css::frame::XFrame>& frame);
    explicit Transcript(css::uno::Reference<css::text::XTextDocument> document);

    const css::uno::Reference<css::text::XTextDocument>& document() const { return document_; }
    // The interview card's id (document property ETS.InterviewId); empty when this is no ETS transcript.
    std::string interviewId() const;
    // Throws writer.read_only when the document cannot be changed.
    void requireWritable() const;
    // System path of the saved file, empty when never saved.
    std::string filePath() const;

    std::vector<TagRecord> records() const;                 // throws tags.invalid when the property is damaged
    void setRecords(const std::vector<TagRecord>& records);
    std::vector<AnchoredText> anchors() const;              // every ETS bookmark and the text it spans

    // The single range the person selected in the body text. Throws selection.* errors.
    css::uno::Reference<css::text::XTextRange> selectedRange() const;
    // The ETS bookmarks that overlap the selection or contain the cursor.
    std::vector<std::string> anchorsAtSelection() const;
    css::uno::Reference<css::text::XTextRange> anchorRange(const std::string& anchor) const;
    // The passage that covers exactly the text of `range`, if there is one.
    std::optional<std::string> anchorSpanning(const css::uno::Reference<css::text::XTextRange>& range) const;
    // Selects the passage's text in the document's view.
    void select(const std::string& anchor) const;

    // Marks `range` with a new bookmark and comment; returns the bookmark's name.
    void addAnchor(const css::uno::Reference<css::text::XTextRange>& range, const std::string& anchor,
                   const std::string& author, const std::string& comment);
    void removeAnchor(const std::string& anchor);           // bookmark and its comment; the text stays
    void setComment(const std::string& anchor, const std::string& comment);

private:
    void forEachAnchor(const std::function<void(const std::string&, const css::uno::Reference<css::text::XTextRange>&)>&
                           visit) const;
    css::uno::Reference<css::uno::XInterface> currentSelection() const;
    css::uno::Reference<css::uno::XInterface> findComment(const std::string& anchor) const;

    css::uno::Reference<css::text::XTextDocument> document_;
};

} // namespace ets::uno
