#pragma once
// Pseudonymisation of quotes before they leave the tandem: people's names become their role
// ("Martine Dubois" → "[coordinatrice]"), organisations' names optionally an alias ("[organisation B]").

#include "core/project/model.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/catalogue.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// What to hide, and the words to hide it with (given by the UNO layer in the user's language).
struct PseudonymOptions {
    std::string personLabel = "personne";            // role of a name listed without one
    bool organisations = false;                      // also hide the register's names
    std::string organisationLabel = "organisation";  // "[organisation A]", "[organisation B]"...
    std::string keepOrganisationId;                  // this organisation's name stays (the review copy's own)
};

// The options in the words of `texts` ("pseudonym.person", "pseudonym.organisation"); organisations hidden or not.
PseudonymOptions pseudonymOptions(const Catalogue& texts, bool organisations);

// The names to hide: the project's list, then the names on the interview cards of its transcripts (kept in the
// documents only), interview by interview. `cardOf` reads the card of a transcript (by its project path), or gives
// nothing when it cannot: those names are known nowhere else, the transcript is skipped.
std::vector<PersonName> namesToHide(const Project& project,
                                    const std::function<std::optional<InterviewCard>(const std::string&)>& cardOf);

// The people named on an interview card: its participantNames paired with its participants (roles)
// by position; a name without a role at its position gets an empty role.
std::vector<PersonName> peopleOfCard(const InterviewCard& card);

// The alias of each organisation when organisations are hidden: label + " " + A, B, … Z, AA, AB…
// in register order, so an organisation keeps its alias across briefs of one project.
std::string organisationAlias(const Project& project, std::string_view organisationId, const std::string& label);

class Pseudonymiser {
public:
    // `people`: the project's list of names and those of the interview cards. Names are matched
    //   - whole, whatever their case (ASCII and Latin-1 letters: "MARTINE DUBOIS", "élodie" for "Élodie");
    //   - as whole words only: "Ali" is not replaced inside "Alice" or "Bali", nor "Jean" in "Jean-Marc";
    //     an apostrophe or punctuation ends a word ("d'Ali" → "d'[rôle]");
    //   - for a name of several words, each word of at least three letters alone too ("Martine", "Dubois"),
    //     but then only as written in the list (capital first): a first name that is also a common word
    //     ("Claire", "Rose") is not hidden in "une idée claire".
    // Longer names are replaced first, so "Martine Dubois" becomes one "[coordinatrice]", not two.
    Pseudonymiser(const Project& project, const std::vector<PersonName>& people, const PseudonymOptions& options);

    std::string apply(std::string_view text) const;
    // The organisation's name as a brief attributes a quote: its alias when organisations are hidden.
    std::string organisationName(const Organisation& organisation) const;
    bool hidesOrganisations() const { return hideOrganisations_; }

private:
    struct Rule {
        std::string pattern;  // folded when !exactCase
        std::string replacement;
        bool exactCase = false;
    };
    void addRule(std::string pattern, std::string replacement, bool exactCase);

    const Project& project_;
    std::vector<Rule> rules_;
    bool hideOrganisations_ = false;
    std::string organisationLabel_;
};

}  // namespace ets
