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
// theme: its name, its kind (knot, lever, both; empty while not chosen), its problem in one sentence (the analysis's
// when written), the tally's counts in words, its best carriers (recorded ones, or proposals marked so; "…" when there
// are more). Nothing is cut inside a word: the table's cells wrap.
struct ThemesTable {
    Paragraph heading;
    ParagraphTable table;
};
inline constexpr int kCarriersInTable = 3;
ThemesTable themesTable(const std::vector<Brief>& briefs, const Project& project, const Pseudonymiser* pseudonymiser,
                        const Catalogue& texts);

// A part of a section of the deliverable: paragraphs, then a table when it has rows.
struct SectionPart {
    std::vector<Paragraph> paragraphs;
    ParagraphTable table;
};
using DeliverableSection = std::vector<SectionPart>;

// What the introduction tells of the project, counted from it (unit-tested apart from the words).
struct MethodFacts {
    std::string firstInterview, lastInterview;  // YYYY-MM-DD, empty when no interview is dated
    int interviews = 0;
    int referents = 0;              // listed, or named on organisations
    int organisationsIdentified = 0;
    int organisationsMet = 0;
    double hours = 0;               // the timesheet's total
    int themes = 0;                 // of the codebook
    int passages = 0;               // tagged
};
MethodFacts methodFacts(const Project& project);

// Introduction and method: why the document, the period, the organisations identified per referent and met, the
// interviews and their dates, the hours spent, how the themes were coded and ranked, and how quotes are pseudonymised
// (or that they are not: the document then stays with the tandem). A brief title first (the table of contents lists
// it).
DeliverableSection deliverableIntroduction(const Project& project, int themesInDocument, bool pseudonymised,
                                           const Pseudonymiser* pseudonymiser, const Catalogue& texts);

// The proposed programme of the chantiers (programme.hpp, planned from `startMonth`): one row a chantier with its months
// in words, its theme, its carriers and their places, the places still open, and an empty column for the committee's
// decision. Refuses (deliverable.programme_not_planned {why}) when the cycle cannot be planned.
DeliverableSection deliverableProgramme(const Project& project, const std::string& today,
                                        const Pseudonymiser* pseudonymiser, const Catalogue& texts);

// Annexes: the organisations met (sector, commune, referent, dates of their interviews), the question grid, the coding
// grid (each theme with its definition and its passages, sub-themes under their parent).
DeliverableSection deliverableAnnexes(const Project& project, const Pseudonymiser* pseudonymiser,
                                      const Catalogue& texts);

// The running header's and the footer's words: the project's name and "page {0} sur {1}" split around its two numbers.
struct PageFurniture {
    std::string header;
    std::string beforePage, betweenNumbers, afterCount;  // "page ", " sur ", ""
};
PageFurniture pageFurniture(const Project& project, const Catalogue& texts);

// Everything the deliverable holds, in its order: the cover and table of contents, the introduction and method, the
// table of themes, one brief a theme, the programme of the chantiers, the annexes; and the words of its pages' header
// and footer.
struct DeliverableContent {
    DeliverableCover cover;
    PageFurniture furniture;
    DeliverableSection introduction;
    ThemesTable themes;
    std::vector<Brief> briefs;
    DeliverableSection programme;
    DeliverableSection annexes;
};

// The file's name without extension: "livrable-ets-2026-11-12".
std::string deliverableFileStem(const Catalogue& texts, const std::string& date);

}  // namespace ets
