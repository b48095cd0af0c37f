#pragma once
// The content of a two-page theme brief ("argumentaire"), as plain values: what the Writer layer
// lays out for InsertBrief and for each theme of the Deliverable.

#include "core/analysis/carriers.hpp"
#include "core/project/model.hpp"
#include "core/register/pseudonymise.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// A passage quoted in the brief, attributed to its organisation and interview.
struct BriefQuote {
    std::string passageId;
    std::string text;           // pseudonymised when asked; cut between words when long
    std::string organisation;   // as the brief names it (alias when organisations are hidden); empty if none
    std::string interviewDate;  // YYYY-MM-DD or empty
};

struct BriefOptions {
    int quotes = 6;                  // at most this many quotes
    std::size_t quoteBytes = 480;    // a longer passage is cut at the end of a sentence or between words
    std::size_t problemBytes = 900;  // the theme's description, cut the same way
    int carriers = 6;                // organisations listed under "who can carry it"
    int questions = 5;
    const Pseudonymiser* pseudonymiser = nullptr;  // quotes, memos and questions go through it when given
};

struct Brief {
    std::string themeId;
    std::string title;                  // the theme's name
    std::string problem;                // the theme's description
    std::vector<std::string> findings;  // memos on the theme's passages that are not questions (at most 3)
    std::vector<BriefQuote> quotes;     // strongest first: dropping from the end drops the weakest
    int quotesLeftOut = 0;              // passages of the theme not quoted
    std::vector<Carrier> carriers;      // ranked (see carriers.hpp); names are aliases when organisations are hidden
    int carriersLeftOut = 0;
    std::vector<std::string> questions;  // from memos marked as questions, then the description's questions
    int organisations = 0;               // as the tally counts them (the theme with its sub-themes)
    int interviews = 0;
    int passages = 0;
};

// Throws theme.unknown {name} for an unknown theme, brief.no_passages {theme} when no passage carries it
// (or one of its sub-themes).
//
// Quotes cover as many organisations as possible: the strongest passage of each organisation first
// (organisations in the carriers' order), then the second of each, and so on. A passage is stronger
// when it carries the theme itself rather than only a sub-theme, when its length suits a quote (60 bytes
// up to quoteBytes), and when the coder wrote a memo on it; ties keep the transcripts' order.
Brief composeBrief(const Project& project, std::string_view themeName, const BriefOptions& options = {});

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
