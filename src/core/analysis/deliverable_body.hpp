#pragma once
// The deliverable after its cover and table of contents, as one OpenDocument text for Writer to take in one go
// (core/odf/odt_text.hpp): the introduction and method, the table of themes, one brief a theme, the programme of the
// chantiers, the annexes. Each brief carries bookmarks where the office's two-page fitting needs to find it again.

#include "core/analysis/brief.hpp"
#include "core/analysis/deliverable.hpp"
#include "core/odf/odt_text.hpp"
#include "core/text/catalogue.hpp"

#include <string>
#include <vector>

namespace ets {

// The bookmarks of a brief once written: at the start of its title, of each quote (strongest first), of the note on
// the passages not quoted, and of its last paragraph. The office removes them once it has found them.
struct BriefMarks {
    std::string theme;
    std::string title;
    std::vector<std::string> quotes;
    std::string leftOutNote;
    std::string last;
    int quotesLeftOut = 0;  // as written: the quotes two pages could never hold already count (withQuotesForPages)
};

// Writes the brief with the quotes two pages could hold by the estimate (withQuotesForPages), its bookmarks named from
// `prefix`.
BriefMarks writeBrief(OdtText& text, const Brief& brief, const Catalogue& texts, const std::string& prefix);

// Writes everything after the cover and table of contents, in the deliverable's order; returns each brief's marks, in
// the briefs' order.
std::vector<BriefMarks> writeDeliverableBody(OdtText& text, const DeliverableContent& content, const Catalogue& texts);

}  // namespace ets
