#pragma once
// One command on a transcript = one undo step, its tag records with it. Writer's undo takes back the bookmarks and the
// comments but not the document's properties, where the passages' records live (ETS.Tags): after Ctrl+Z a passage
// re-tagged kept its new theme or memo in its record while its comment showed the old ones. The records as they were
// and as the command left them join the same undo step.

#include "office/undo_step.hpp"

#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ustring.hxx>

#include <string>

namespace ets::uno {

class TranscriptUndoStep {
public:
    TranscriptUndoStep(const css::uno::Reference<css::text::XTextDocument>& document, const rtl::OUString& title);
    ~TranscriptUndoStep();
    TranscriptUndoStep(const TranscriptUndoStep&) = delete;
    TranscriptUndoStep& operator=(const TranscriptUndoStep&) = delete;

private:
    UndoStep step_;  // declared first: left last, once the records' action has joined it
    css::uno::Reference<css::text::XTextDocument> document_;
    rtl::OUString title_;
    std::string before_;
};

}  // namespace ets::uno
