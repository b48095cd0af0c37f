#pragma once
// The transcripts as the agreement counts them: the characters (code points) of the text the REFI-QDA export writes,
// with each passage where the export would put its selection (recordRanges), so that the figures hold for the same
// text another tool reads from our .qdpx.

#include "core/analysis/agreement.hpp"
#include "core/project/model.hpp"
#include "core/refi/project_export.hpp"

#include <string>
#include <vector>

namespace ets::refi {

// One transcript document read for the agreement: its interview (the card's id) and its text and tags.
struct CodedDocument {
    std::string interviewId;  // empty: the document is compared on its own
    TranscriptText transcript;
};

// One AgreementText per interview: the documents of one interview (a transcript and the copy a second coder coded,
// see CopyForSecondCoder) are compared as one text, keyed by the first document given (pass the project's transcript
// first). Their texts must be the same, else agreement.texts_differ {first, other, line} (the first line that
// differs, from 1) — except for a copy whose every coder already has passages in the first document: merged into it
// (vnd.ets:MergeCoding, which finds them again on the transcript's edited text), it is left out and named in
// `leftOut` when given. Themes are the project's (by id, else by name; a theme gone is left out).
std::vector<AgreementText> agreementTexts(const ets::Project& project, const std::vector<CodedDocument>& documents,
                                          std::vector<std::string>* leftOut = nullptr);

}  // namespace ets::refi
