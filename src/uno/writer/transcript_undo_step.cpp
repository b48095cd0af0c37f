#include "writer/transcript_undo_step.hpp"

#include "office/log.hpp"
#include "office/strings.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/document/XUndoAction.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

namespace ets::uno {

using css::uno::Reference;

namespace {

// The records before and after the command; the document held weakly (its undo manager holds this action).
class RecordsUndo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    RecordsUndo(const Reference<css::text::XTextDocument>& document, rtl::OUString title, std::string before,
                std::string after)
        : document_(document), title_(std::move(title)), before_(std::move(before)), after_(std::move(after)) {}

    rtl::OUString SAL_CALL getTitle() override { return title_; }
    void SAL_CALL undo() override { put(before_); }
    void SAL_CALL redo() override { put(after_); }

private:
    void put(const std::string& text) {
        const Reference<css::text::XTextDocument> document(document_);
        if (!document.is())
            return;
        try {
            WriterTranscript(document).setRecordsText(text);
        } catch (const css::uno::Exception& failure) {
            logError("the passages' records could not be put back", toUtf8(failure.Message));
        }
    }

    css::uno::WeakReference<css::text::XTextDocument> document_;
    rtl::OUString title_;
    std::string before_;
    std::string after_;
};

}  // namespace

TranscriptUndoStep::TranscriptUndoStep(const Reference<css::text::XTextDocument>& document, const rtl::OUString& title)
    : step_(document, title), document_(document), title_(title) {
    try {
        before_ = WriterTranscript(document_).recordsText();
    } catch (const css::uno::Exception&) {
        document_.clear();  // no records to follow: the step is Writer's alone
    }
}

TranscriptUndoStep::~TranscriptUndoStep() {
    if (!document_.is())
        return;
    try {
        std::string after = WriterTranscript(document_).recordsText();
        if (after != before_)
            step_.add(new RecordsUndo(document_, title_, before_, std::move(after)));
    } catch (...) {
        // Never throw from a destructor: the step still undoes what Writer recorded.
    }
}

}  // namespace ets::uno
