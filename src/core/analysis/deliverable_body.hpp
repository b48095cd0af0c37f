#pragma once
// The deliverable as one OpenDocument text (core/odf/odt_text.hpp): its cover on a page of its own style, the table of
// contents, the introduction and method, the table of themes, one brief a theme, the programme of the chantiers, the
// annexes. Written twice: first with every quote two pages could hold by the estimate and bookmarks where the
// office's two-page fitting finds each brief and heading again; then, once Writer's layout has said which quotes each
// brief keeps and on which page each heading falls, as the file the person keeps.

#include "core/analysis/brief.hpp"
#include "core/analysis/deliverable.hpp"
#include "core/odf/odt_text.hpp"
#include "core/text/catalogue.hpp"

#include <cstddef>
#include <optional>
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
// `prefix`; with only its first `quotesKept` of those and no bookmark when told how many it keeps.
BriefMarks writeBrief(OdtText& text, const Brief& brief, const Catalogue& texts, const std::string& prefix,
                      std::optional<std::size_t> quotesKept = std::nullopt);

// What the office's layout of the first writing decided: how many quotes each brief keeps (in the briefs' order) and
// the page of each heading of outline level 1 (in the text's order).
struct DeliverableFitting {
    std::vector<std::size_t> quotesKept;
    std::vector<int> headingPages;
};

// The bookmark at the start of each heading of outline level 1 while the office measures (removed by it), and in the
// document kept, where the table of contents links to (Writer's own prefix for such marks: its navigator hides them).
inline constexpr const char* kMeasuredHeadingMark = "ets-heading-";
inline constexpr const char* kHeadingLinkMark = "__RefHeading___Toc_ets_";
// The page style of the cover.
inline constexpr const char* kCoverPageStyle = "First Page";

// Writes the whole deliverable in its order: to be measured when `fitted` is null (every brief's marks returned, in
// the briefs' order), else as fitted (no brief marks; the table of contents with its pages).
std::vector<BriefMarks> writeDeliverable(OdtText& text, const DeliverableContent& content, const Catalogue& texts,
                                         const DeliverableFitting* fitted);

}  // namespace ets
