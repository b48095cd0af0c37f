#pragma once
// The method of the exploratory phase: the committee's referents and the organisations each named,
// and the interview guide the tandem edits once (presentation, consent, the ordered question grid).

#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Each committee member is asked to name 3 to 5 organisations.
inline constexpr int kFewestNominations = 3;
inline constexpr int kMostNominations = 5;

// What one referent has done so far.
struct Nomination {
    std::string referent;            // as in the list of referents, or as typed on an organisation
    std::string organisation;        // the referent's own organisation (empty when not in the list)
    bool listed = true;              // false: named on an organisation but missing from the list of referents
    std::vector<std::string> named;  // names of the organisations that give this referent, by name
    int interviewed = 0;             // of those, the ones with status Interviewed or at least one interview
    // -1 fewer than 3, 0 within 3..5, +1 more than 5.
    int flag = 0;
};

// True when the organisation was met: status Interviewed, or at least one interview recorded.
bool wasInterviewed(const Project& project, const Organisation& organisation);

// One row per referent of the list (in list order), then one per name found only on organisations
// (by name). Names compare as organisations' do (trimmed, case-insensitive).
std::vector<Nomination> nominations(const Project& project);

// One line per referent, in the words of `texts`: "Marie D. (CPAS) : 4 organisations nommées, 3 rencontrées", with
// the flag when outside 3 to 5 and a note when the referent is not in the list; `brief` leaves out the referent's
// organisation and says it shorter, for the register dialog's narrow list.
std::vector<std::string> nominationLines(const Project& project, const Catalogue& texts, bool brief = false);

// The referent with this name, or nullptr.
const Referent* findReferentNamed(const Project& project, std::string_view name);

// Adds a referent or, when one has that name already, changes their organisation.
//   referent.name_empty {}
const Referent& setReferent(Project& project, std::string_view name, std::string_view organisation);
// Throws referent.unknown {name}. Organisations naming them keep the name.
void removeReferent(Project& project, std::string_view name);

// Reads a question grid written as JSON: an array of objects {"question", "purpose", "prompts"}
// ("prompts" an array of texts or one text with lines), or of plain question texts.
//   guide.bad_questions {detail}      not JSON, or not of that shape
std::vector<GuideQuestion> parseQuestionGrid(std::string_view json);

// Replaces the grid, refusing an empty one or a blank question:
//   guide.empty_grid {}               no question
//   guide.blank_question {number}     question number (from 1) has no text
void setQuestionGrid(Project& project, std::vector<GuideQuestion> questions);

// What changes in the interview guide before it is written; an empty optional keeps the project's text or grid.
struct GuideEdits {
    std::optional<std::string> presentation;
    std::optional<std::string> consent;
    std::optional<std::vector<GuideQuestion>> questions;
    std::optional<std::string> contact;  // who to write to about one's data (the GDPR notice)

    bool changesSomething() const { return presentation || consent || questions || contact; }
};

// The guide with the edits made, checked as setQuestionGrid checks a grid (an edited grid, or the one kept: a guide
// is never written without questions): guide.empty_grid {}, guide.blank_question {number}.
InterviewGuide editedGuide(const InterviewGuide& guide, const GuideEdits& edits);

}  // namespace ets
