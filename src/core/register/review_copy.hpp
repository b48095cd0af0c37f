#pragma once
// The copy of a transcript sent to the people met for review (vnd.ets:ReviewCopy): what it is written from, where it
// goes, which names it hides. It carries no tag, comment or ETS bookmark, and the names of the other organisations of
// the register are replaced by their aliases; the organisation met keeps its own name. The transcript the tandem keeps
// is never changed: the copy is made from a hidden copy of it.

#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

enum class ReviewFormat { Pdf, Odt };

// "pdf" or "odt", any case (an empty text is PDF, what the people met read most easily).
//   review.bad_format {value}
ReviewFormat parseReviewFormat(std::string_view text);
std::string extensionOf(ReviewFormat format);  // ".pdf", ".odt"

// The interview a document is the transcript of: the project must know `interviewId` (the document's ETS.InterviewId).
// Throws review.not_transcript {document} otherwise (`document` names it for the message).
const Interview& reviewedInterview(const Project& project, const std::string& interviewId, const std::string& document);

// Where the copy goes: in `folder`, "<transcript's stem> – <label>" with the format's extension, never over a file
// that exists (-2, -3…). `label` is the catalogue's "review.file_label" (« relecture »).
std::filesystem::path reviewCopyPath(const std::filesystem::path& folder, const std::filesystem::path& transcript,
                                     ReviewFormat format, const std::string& label);

// A name of the register to hide in the copy and what replaces it.
struct NameReplacement {
    std::string name;         // as the register writes it
    std::string replacement;  // "[organisation B]"
    std::string pattern;      // an ICU regular expression finding the name as a whole word, to apply case aside
};

// Every organisation of the register but the one met (`keepOrganisationId`), longest names first, with the alias
// the briefs give it (pseudonymise.hpp's organisationAlias with the catalogue's "pseudonym.organisation").
std::vector<NameReplacement> otherOrganisationNames(const Project& project, const std::string& keepOrganisationId,
                                                    const Catalogue& texts);

// A text as an ICU regular expression matching it literally, as a whole word: not inside a longer word
// ("Lucarne" is not found in "Lucarnes"), whatever follows or precedes it otherwise.
std::string wholeWordPattern(std::string_view text);

// The text with the other organisations' names hidden as the Writer copy hides them (the briefs' Pseudonymiser, no
// person's name): case aside, whole words only, the organisation met kept.
std::string hideOtherOrganisations(const Project& project, const std::string& keepOrganisationId,
                                   const Catalogue& texts, std::string_view text);

}  // namespace ets
