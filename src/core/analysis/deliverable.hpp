#pragma once
// The deliverable of the exploratory phase (vnd.ets:Deliverable): which themes it holds, who signs it, its cover and
// its table of themes and problems, composed as paragraphs; each theme's brief follows (brief_document.hpp).

#include "core/analysis/brief.hpp"
#include "core/layout/paragraphs.hpp"
#include "core/project/model.hpp"
#include "core/register/pseudonymise.hpp"
#include "core/text/catalogue.hpp"

#include <string>
#include <vector>

namespace ets {

// The themes of the deliverable, in the tally's order: the named ones, or every theme with passages. Throws
// theme.unknown {name} for a name the codebook lacks, deliverable.no_themes when none is left.
std::vector<std::string> deliverableThemes(const Project& project, const std::vector<std::string>& named);

// The tandem, as the interview cards name them (in order of appearance, each once), ", "-joined; the coder when no
// card names anyone.
std::string deliverableAuthors(const Project& project, const std::string& coder);

struct DeliverableCover {
    std::vector<Paragraph> paragraphs;  // the project's name, the subtitle, the date in words, the authors, the note
                                        // that quotes are pseudonymised
    std::string contentsTitle;          // the table of contents after them
};
DeliverableCover deliverableCover(const Project& project, const std::string& coder, const std::string& date,
                                  bool pseudonymised, const Catalogue& texts);

// The themes and problems: a heading (a brief title, so that the table of contents lists it) and a table of one row a
// theme: its name, its problem in one line, the tally's counts, its three best carriers ("…" when there are more).
struct ThemesTable {
    Paragraph heading;
    ParagraphTable table;
};
inline constexpr int kCarriersInTable = 3;
ThemesTable themesTable(const std::vector<Brief>& briefs, const Project& project, const Pseudonymiser* pseudonymiser,
                        const Catalogue& texts);

// The file's name without extension: "livrable-ets-2026-11-12".
std::string deliverableFileStem(const Catalogue& texts, const std::string& date);

}  // namespace ets
