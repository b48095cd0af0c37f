#pragma once
// The content of a two-page theme brief ("argumentaire"), as plain values: what the Writer layer
// lays out for InsertBrief and for each theme of the Deliverable.

#include "core/analysis/carriers.hpp"
#include "core/project/model.hpp"
#include "core/register/pseudonymise.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// A passage quoted in the brief, attributed to its speaker, organisation and interview.
struct BriefQuote {
    std::string passageId;
    std::string text;           // pseudonymised when asked; cut between words when long
    std::string organisation;   // as the brief names it (alias when organisations are hidden); empty if none
    std::string interviewDate;  // YYYY-MM-DD or empty
    // Who speaks: the label of the passage's turn in the transcript, else the interview's one participant, else empty.
    std::string speaker;
    bool key = false;           // the researcher marked it a key quote for the theme
    // When the passage does not stand alone and opens its turn: the question (or words) it answers. When it continues
    // its speaker's sentence, the text begins with the sentence before instead (coding/passage_context.hpp).
    std::string prompt;
};

// The most quotes a brief is composed with: the two-page fitting (src/uno/writer/brief_writer.hpp) then drops the
// weakest until it holds in two pages, so no cap leaves space empty.
inline constexpr int kBriefQuotesToFit = 16;

struct BriefOptions {
    int quotes = kBriefQuotesToFit;  // at most this many quotes
    std::size_t quoteBytes = 480;    // a longer passage is cut at the end of a sentence or between words
    std::size_t problemBytes = 900;  // the theme's description, cut the same way (table of themes)
    std::size_t ownWordsBytes = 160;  // a carrier's line of its own words
    int carriers = 6;                 // proposed organisations listed under "who can carry it" (recorded ones: all)
    int questions = 5;
    const Pseudonymiser* pseudonymiser = nullptr;  // quotes, memos, questions and parts go through it when given
    // Passages already quoted in other briefs of the same document: quoted here only when no other would do.
    const std::set<std::string>* quotedElsewhere = nullptr;
};

struct Brief {
    std::string themeId;
    std::string title;  // the theme's name
    std::optional<ThemeKind> kind;
    // The analysis's Problem when written, else the codebook's description (the deliverable's table of themes).
    std::string problem;
    std::vector<std::pair<AnalysisPart, std::string>> parts;  // the researcher's written parts, in order, as written
    std::vector<AnalysisPart> missingParts;                   // the parts not written: left out, reported
    std::vector<std::string> findings;  // memos written for the theme that are not questions (at most 3)
    std::vector<BriefQuote> quotes;     // key quotes first, then strongest first: dropping from the end drops the weakest
    int quotesLeftOut = 0;              // passages of the theme not quoted
    // Recorded carriers (all, willing first), or when none is recorded the best-evidenced candidates as proposals
    // (Carrier::recorded false); names are aliases when organisations are hidden; ownWords filled.
    std::vector<Carrier> carriers;
    int carriersLeftOut = 0;
    std::vector<std::string> questions;  // from memos written for the theme marked as questions, then the description's
    int organisations = 0;               // as the tally counts them (the theme with its sub-themes)
    int interviews = 0;
    int passages = 0;
    std::vector<std::pair<std::string, int>> subThemes;  // each sub-theme with passages: its name and its passages
};

// Throws theme.unknown {name} for an unknown theme, brief.no_passages {theme} when no passage carries it
// (or one of its sub-themes).
//
// Quotes: the theme's key quotes first; then they cover as many organisations as possible: the strongest passage of
// each organisation first (organisations in the carriers' order), then the second of each, and so on; passages
// quoted elsewhere (options.quotedElsewhere) come after all others, to fill room no other passage would (the two-page
// fitting drops them first). A passage is stronger when it carries the theme itself rather than only a sub-theme, when its length suits a quote (60 bytes up to quoteBytes), and when the coder
// wrote a memo on it; ties keep the transcripts' order.
// Memos and questions: only of passages whose memo was written for the theme or a sub-theme (memoThemes,
// core/analysis/theme_analysis.hpp).
Brief composeBrief(const Project& project, std::string_view themeName, const BriefOptions& options = {});

// The briefs of several themes for one document: no passage is quoted in two of them while another would do.
// `asWritten` cuts each brief to what its document will hold (withQuotesForPages, brief_document.hpp) before its quotes
// count as quoted: a passage the pages could never show stays free for the next briefs.
std::vector<Brief> composeBriefs(const Project& project, const std::vector<std::string>& themeNames,
                                 const BriefOptions& options = {},
                                 const std::function<Brief(Brief)>& asWritten = {});

// A memo is a question for a chantier when it starts with "?", "Question", "Q:" or "Vraag" (any case), or
// ends with "?". Returns the question without its marker, or empty when the memo is not one.
std::string questionOfMemo(std::string_view memo);

// Text cut to at most maxBytes at the end of a sentence when one ends in its second half, else between
// words (see names.hpp excerpt): never in the middle of a word.
std::string shortened(std::string_view text, std::size_t maxBytes);

// The problem in one line, for the deliverable's table of themes: the description's first sentence,
// shortened as above to at most maxBytes.
std::string oneLineProblem(std::string_view description, std::size_t maxBytes = 160);

}  // namespace ets
