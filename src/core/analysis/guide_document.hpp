#pragma once
// The interview guide (vnd.ets:InterviewGuide) as the paragraphs of a document: the methodological protocol written
// from the project. It lives beside the programme because its calendar places the chantiers as the programme does.

#include "core/layout/paragraphs.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <string>
#include <vector>

namespace ets {

struct GuideDocument {
    std::string title;                  // the document's title, its first paragraph too
    std::vector<Paragraph> paragraphs;  // in LibreOffice's own styles
    std::string noChantiers;  // why the calendar has no chantiers (the cycle cannot be planned); empty if it has
};

// Title and project; objectives; how the organisations were chosen (counts, then a line per referent); the
// presentation and the consent (one paragraph a line, or the catalogue's "to write"); the question grid in order
// (question, purpose, prompts); the analysis method; the calendar: interviews by date, the restitution, then the cycle
// and its chantiers from `today` as the programme places them. The consent is followed by the GDPR notice (purpose,
// retention, rights, contact); the guide ends with the consent form on a page of its own. A contact nobody gave is a
// line to fill by hand, never a placeholder.
GuideDocument guideDocument(const Project& project, const Catalogue& texts, const std::string& today);

}  // namespace ets
