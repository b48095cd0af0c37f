#pragma once
// A brief as the paragraphs a document shows (InsertBrief, and each theme of the Deliverable), in the words and the
// punctuation of a catalogue, and what InsertBrief is asked for: where, how many quotes, on which of the themes
// offered.

#include "core/analysis/brief.hpp"
#include "core/layout/paragraphs.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The paragraphs of a brief, and those the two-page fitting takes out: the weakest quote first.
struct BriefParagraphs {
    std::vector<Paragraph> paragraphs;   // its title first
    std::vector<ParagraphGroup> quotes;  // each quote with its source line, strongest first (as Brief::quotes)
    std::size_t leftOutNote = 0;         // the note after the quotes on the passages not quoted
};

// Title; its kind; figures (a sub-theme's share named); the researcher's parts Problem, Causes, Existing, Tensions as
// written (a part not written is left out, never a placeholder); the memos written for the theme; "what the field
// says" (each quote with its source: speaker, organisation, interview date in words), the note on the passages not
// quoted; "who can carry it" (a line per carrier: name and sector, capacities, willingness and contact, reason — or
// the evidence, marked as a proposal — then a line of its own words; its name in the organisation's character style),
// the note on the carriers left out; the chantier proposal as written, with the questions memos raised.
BriefParagraphs briefParagraphs(const Brief& brief, const Catalogue& texts);

// Roughly how much room a paragraph of a brief takes, in lines of its body text (A4, margins of 2 cm, the brief's
// styles: a title's large type, a quote's indent, a source's small type, the space around each).
double estimatedLines(const Paragraph& paragraph);
// A page of a brief in those lines (the header and footer taken off).
inline constexpr double kLinesPerPage = 50;

// The brief without the weakest quotes that go beyond `pages` of estimated text (counted as left out). A brief is
// composed with more quotes than two pages hold, and Writer's layout has the last word (src/uno/writer/brief_writer):
// this leaves it one or two quotes to take out instead of ten, each costing the office a new layout. The estimate
// errs long, so that a brief never ends up shorter than its material allows; at least one quote stays.
// 2.4 estimated pages leave Writer a quote or two to take out of a two-page brief.
inline constexpr double kQuotesFitPages = 2.4;
Brief withQuotesForPages(Brief brief, const Catalogue& texts, double pages = kQuotesFitPages);

// What a command says of a brief's parts not written (« Parties non écrites de « X » : … »); empty when all are.
std::string missingPartsNote(const Brief& brief, const Catalogue& texts);
// What the Deliverable says of the themes without any written part (« 3 thèmes sans analyse : … »); empty when none.
std::string themesWithoutAnalysisNote(const std::vector<Brief>& briefs, const Catalogue& texts);

// The note under the quotes: how many passages are not quoted, or that all are.
std::string quotesLeftOutNote(const Catalogue& texts, int quotesLeftOut);

// A brief too long for its pages is shortened by its weakest quotes (the last ones): how many of its `quotes` to keep for
// the next try. Those that start after its last page allowed certainly go (what follows them comes later still); when
// none does, the weakest goes (what overflows then lies after the quotes; dropping more at once by the core's estimate
// saves a layout but leaves a page a fifth empty: the committee's document comes first). `startsAfter(i)` says
// whether quote i starts after the last page allowed — false up to some quote, true from there on — and is asked
// about log2(quotes) times: each answer costs the office a look at its layout.
std::size_t quotesToKeep(std::size_t quotes, const std::function<bool(std::size_t)>& startsAfter);

// Where InsertBrief writes.
enum class BriefTarget { Cursor, NewDocument };
// "Cursor" or "NewDocument", any case. Throws args.bad_choice {"Target", text, "Cursor, NewDocument"}.
BriefTarget briefTarget(std::string_view text);

inline constexpr int kDefaultBriefQuotes = kBriefQuotesToFit;  // as many as two pages hold
inline constexpr int kMostBriefQuotes = 50;
// The quotes asked for: a whole number from 0 to 50. Throws brief.bad_quotes {the number} otherwise.
int briefQuotes(double quotes);

// What InsertBrief is asked for, by a person in its dialog or by a macro's arguments.
struct BriefRequest {
    std::string theme;
    BriefTarget target = BriefTarget::Cursor;
    int quotes = kDefaultBriefQuotes;
    bool pseudonymise = false;
    bool anonymiseOrganisations = false;
    bool hidden = false;  // the new document stays hidden (macros and tests)
};

// A theme a brief can be written on, offered with its passages.
struct OfferedTheme {
    std::string name;
    int passages = 0;
};
// The themes with passages (with their sub-themes'), in the tally's order.
std::vector<OfferedTheme> themesForBrief(const Project& project);

}  // namespace ets
