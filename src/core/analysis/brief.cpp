#include "core/analysis/brief.hpp"

#include "core/analysis/tally.hpp"
#include "core/analysis/theme_analysis.hpp"
#include "core/coding/codebook.hpp"
#include "core/coding/passage_context.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace ets {

namespace {

constexpr const char* kEllipsis = "\xE2\x80\xA6";
constexpr std::size_t kShortQuote = 60;
constexpr std::size_t kFindings = 3;

bool startsWithFolded(const std::string& folded, std::string_view prefix) {
    return folded.compare(0, prefix.size(), prefix) == 0;
}

// The description's sentences that ask something.
std::vector<std::string> questionsIn(std::string_view text) {
    std::vector<std::string> questions;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '.' && c != '!' && c != '?')
            continue;
        const std::string sentence = trimmedName(text.substr(start, i + 1 - start));
        if (c == '?' && sentence.size() > 1)
            questions.push_back(sentence);
        start = i + 1;
    }
    return questions;
}

struct Candidate {
    const Passage* passage;
    const Organisation* organisation;  // nullptr for a transcript without organisation
    int strength;
    std::size_t order;
};

int strengthOf(const Passage& passage, const std::string& themeId, const BriefOptions& options) {
    const bool direct = std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) != passage.themeIds.end();
    const std::size_t length = trimmedName(passage.text).size();
    const int lengthPoints = length >= kShortQuote && length <= options.quoteBytes ? 3
                             : length > options.quoteBytes                         ? 1
                                                                                   : 0;
    return (direct ? 4 : 0) + lengthPoints + (passage.memo.empty() ? 0 : 1);
}

// A passage that is itself a quotation (« … », “…”, "…") loses its own marks: the brief puts its own around it.
std::string withoutQuoteMarks(std::string_view text) {
    std::string trimmed = trimmedName(text);
    static const std::pair<std::string_view, std::string_view> kMarks[] = {
        {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\"", "\""}};
    for (const auto& [open, close] : kMarks)
        if (trimmed.size() > open.size() + close.size() && trimmed.compare(0, open.size(), open) == 0 &&
            trimmed.compare(trimmed.size() - close.size(), close.size(), close) == 0)
            return trimmedName(
                std::string_view(trimmed).substr(open.size(), trimmed.size() - open.size() - close.size()));
    return trimmed;
}

void addUnique(std::vector<std::string>& list, std::string item) {
    if (item.empty())
        return;
    for (const std::string& existing : list)
        if (sameName(existing, item))
            return;
    list.push_back(std::move(item));
}

}  // namespace

std::string shortened(std::string_view text, std::size_t maxBytes) {
    const std::string trimmed = trimmedName(text);
    if (trimmed.size() <= maxBytes)
        return trimmed;
    const std::string_view view(trimmed);
    // The end of a sentence in the second half: the quote ends as the speaker's sentence did.
    for (std::size_t i = maxBytes; i > maxBytes / 2; --i)
        if ((view[i - 1] == '.' || view[i - 1] == '!' || view[i - 1] == '?') && (i == view.size() || view[i] == ' '))
            return std::string(view.substr(0, i)) + " [" + kEllipsis + "]";
    std::size_t cut = view.rfind(' ', maxBytes);
    if (cut == std::string_view::npos || cut == 0)
        cut = view.find(' ', maxBytes);  // one very long first word: kept whole rather than cut
    if (cut == std::string_view::npos)
        return trimmed;
    std::string head = trimmedName(view.substr(0, cut));
    while (!head.empty() && (head.back() == ',' || head.back() == ';' || head.back() == ':'))
        head.pop_back();
    return head + " " + kEllipsis;
}

std::string oneLineProblem(std::string_view description, std::size_t maxBytes) {
    const std::string text = trimmedName(description);
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ')
            return shortened(std::string_view(text).substr(0, i + 1), maxBytes);
    return shortened(text, maxBytes);
}

std::string questionOfMemo(std::string_view memo) {
    std::string text = trimmedName(memo);
    if (text.empty())
        return std::string();
    const std::string folded = foldCase(text);
    std::size_t marker = 0;
    if (text[0] == '?')
        marker = 1;
    else if (startsWithFolded(folded, "question"))
        marker = 8;
    else if (startsWithFolded(folded, "vraag"))
        marker = 5;
    else if (startsWithFolded(folded, "q:") || startsWithFolded(folded, "q :"))
        marker = 1;
    // A marker word is a word of its own: "Questionnaire envoyé" or "Vraagt…" is no question.
    const auto endsMarker = [&](std::size_t at) {
        return at >= text.size() || text[at] == ' ' || text[at] == ':' || text[at] == '-' ||
               text.compare(at, 3, "\xE2\x80\x93") == 0;
    };
    if (marker > 1 && !endsMarker(marker))
        marker = 0;
    if (marker == 0 && text.back() != '?')
        return std::string();
    std::string rest = text.substr(marker);
    // "Question : …", "Question – …", "Vraag: …"
    std::size_t skip = 0;
    while (skip < rest.size() && (rest[skip] == ' ' || rest[skip] == ':' || rest[skip] == '-'))
        ++skip;
    rest = trimmedName(std::string_view(rest).substr(skip));
    if (rest.size() >= 3 && rest.compare(0, 3, "\xE2\x80\x93") == 0)  // en dash
        rest = trimmedName(std::string_view(rest).substr(3));
    if (rest.empty() || rest == "?")
        return std::string();  // a bare marker asks nothing
    rest[0] = static_cast<char>(rest[0] >= 'a' && rest[0] <= 'z' ? rest[0] - 'a' + 'A' : rest[0]);
    return rest;
}

namespace {

// Whether `id` is the theme or one of its sub-themes (at any depth).
bool within(const Project& project, std::string id, const std::string& themeId) {
    for (int depth = 0; depth < 64 && !id.empty(); ++depth) {
        if (id == themeId)
            return true;
        const Theme* theme = project.findTheme(id);
        id = theme ? theme->parentId : std::string();
    }
    return false;
}

// The speaker of a passage: the label of its turn, else its interview's one participant (a role by default), else
// nobody in particular.
std::string speakerOf(const Passage& passage, const Interview* interview) {
    if (!passage.speaker.empty())
        return passage.speaker;
    return interview && interview->participants.size() == 1 ? trimmedName(interview->participants.front())
                                                            : std::string();
}

}  // namespace

Brief composeBrief(const Project& project, std::string_view themeName, const BriefOptions& options) {
    const Theme& theme = requireTheme(project, themeName);
    auto hide = [&](std::string_view text) {
        return options.pseudonymiser ? options.pseudonymiser->apply(text) : std::string(text);
    };

    Brief brief;
    brief.themeId = theme.id;
    brief.title = theme.name;
    const ThemeAnalysis* analysis = project.findAnalysis(theme.id);
    if (analysis)
        brief.kind = analysis->kind;
    const std::vector<AnalysisPart> written = writtenParts(analysis);
    for (AnalysisPart part : kAnalysisParts) {
        if (std::find(written.begin(), written.end(), part) != written.end())
            brief.parts.emplace_back(part, hide(trimmedName(analysis->part(part))));
        else
            brief.missingParts.push_back(part);
    }
    brief.problem = analysis && !trimmedName(analysis->problem).empty()
                        ? hide(trimmedName(analysis->problem))
                        : hide(shortened(theme.description, options.problemBytes));

    // The numbers are the tally's, so that the brief and the tally sheet never disagree.
    TallyFilter filter;
    filter.themes = {theme.name};
    const Tally tally = tallyThemes(project, filter);
    for (const ThemeTally& row : tally.themes)
        if (row.themeId == theme.id) {
            brief.organisations = row.organisations;
            brief.interviews = row.interviews;
            brief.passages = row.passages;
        }
    if (brief.passages == 0)
        throw Error("brief.no_passages", {theme.name});

    // The theme's passages, grouped by organisation.
    const InterviewsByTranscript interviews(project);
    std::map<std::string, std::vector<Candidate>> byOrganisation;  // organisation id ("" = none)
    std::map<std::string, int> subThemePassages;                    // direct sub-theme id → passages
    std::vector<std::string> questions;
    for (std::size_t i = 0; i < project.passages.size(); ++i) {
        const Passage& passage = project.passages[i];
        const std::set<std::string> rolled = rolledUpThemes(project, passage);
        if (!rolled.count(theme.id))
            continue;
        for (const Theme& child : project.themes)
            if (child.parentId == theme.id && child.id != theme.id && rolled.count(child.id))
                ++subThemePassages[child.id];
        const Organisation* organisation = interviews.organisationOf(passage.transcript);
        if (!trimmedName(passage.text).empty())
            byOrganisation[organisation ? organisation->id : std::string()].push_back(
                {&passage, organisation, strengthOf(passage, theme.id, options), i});
        if (trimmedName(passage.memo).empty())
            continue;
        const std::set<std::string> memoFor = memoThemes(project, passage);
        if (std::none_of(memoFor.begin(), memoFor.end(),
                         [&](const std::string& id) { return within(project, id, theme.id); }))
            continue;  // the memo was written for another theme of the passage
        const std::string question = questionOfMemo(passage.memo);
        if (!question.empty())
            addUnique(questions, hide(question));
        else if (brief.findings.size() < kFindings)
            addUnique(brief.findings, hide(shortened(passage.memo, options.quoteBytes / 2)));
    }
    for (const Theme& child : project.themes)
        if (subThemePassages.count(child.id))
            brief.subThemes.emplace_back(child.name, subThemePassages[child.id]);
    for (std::string& question : questionsIn(theme.description))
        addUnique(questions, hide(question));
    if (static_cast<int>(questions.size()) > options.questions)
        questions.resize(static_cast<std::size_t>(std::max(options.questions, 0)));
    brief.questions = std::move(questions);

    std::vector<Carrier> carriers = themeCarriers(project, theme.id);
    // Organisations in the carriers' order, then the others by their passages, then transcripts without organisation.
    std::vector<std::string> order;
    for (const Carrier& carrier : carriers)
        if (byOrganisation.count(carrier.organisationId))
            order.push_back(carrier.organisationId);
    std::vector<std::string> rest;
    for (const auto& [id, candidates] : byOrganisation)
        if (!id.empty() && std::find(order.begin(), order.end(), id) == order.end())
            rest.push_back(id);
    std::stable_sort(rest.begin(), rest.end(), [&](const std::string& a, const std::string& b) {
        return byOrganisation[a].size() > byOrganisation[b].size();
    });
    order.insert(order.end(), rest.begin(), rest.end());
    if (byOrganisation.count(std::string()))
        order.push_back(std::string());

    // Three tiers, each taken round by round over the organisations: key quotes, then passages not quoted elsewhere,
    // then those quoted elsewhere.
    const auto tierOf = [&](const Passage& passage) {
        if (isKeyQuote(project, passage, theme.id))
            return 0;
        return options.quotedElsewhere && options.quotedElsewhere->count(passage.id) ? 2 : 1;
    };
    const std::size_t wanted = static_cast<std::size_t>(std::max(options.quotes, 0));
    for (int tier = 0; tier < 3; ++tier) {
        // Quoted elsewhere: last, so that the two-page fitting drops them first; they fill only room no other
        // passage would.
        const std::size_t enough = wanted;
        std::vector<std::vector<const Candidate*>> rounds;
        for (const std::string& id : order) {
            std::vector<const Candidate*> mine;
            for (const Candidate& candidate : byOrganisation[id])
                if (tierOf(*candidate.passage) == tier)
                    mine.push_back(&candidate);
            std::stable_sort(mine.begin(), mine.end(), [](const Candidate* a, const Candidate* b) {
                return a->strength != b->strength ? a->strength > b->strength : a->order < b->order;
            });
            rounds.push_back(std::move(mine));
        }
        for (std::size_t round = 0; brief.quotes.size() < enough; ++round) {
            bool any = false;
            for (const std::vector<const Candidate*>& candidates : rounds) {
                if (round >= candidates.size() || brief.quotes.size() >= enough)
                    continue;
                any = true;
                const Candidate& chosen = *candidates[round];
                const Interview* interview = interviews.interviewOf(chosen.passage->transcript);
                BriefQuote quote;
                quote.passageId = chosen.passage->id;
                const Passage& passage = *chosen.passage;
                // The speaker is named under the quote: a label the passage took with it is not repeated inside.
                std::string text = withoutQuoteMarks(withoutLabel(passage.text));
                std::size_t room = options.quoteBytes;
                // A quote that leans on what came before is read with it: the speaker's sentence before, or the
                // question it answers (which the document shows above the quote).
                if (!standsAlone(text)) {
                    if (!passage.leadIn.empty()) {
                        const std::string leadIn = withoutQuoteMarks(passage.leadIn);
                        text = leadIn + " " + text;
                        room += leadIn.size() + 1;
                    } else {
                        quote.prompt = hide(withoutQuoteMarks(passage.prompt));
                    }
                }
                quote.text = hide(shortened(text, room));
                if (chosen.organisation)
                    quote.organisation = options.pseudonymiser
                                             ? options.pseudonymiser->organisationName(*chosen.organisation)
                                             : chosen.organisation->name;
                quote.interviewDate = interview ? interview->date : std::string();
                quote.speaker = hide(speakerOf(passage, interview));
                quote.key = tier == 0;
                brief.quotes.push_back(std::move(quote));
            }
            if (!any)
                break;
        }
    }
    brief.quotesLeftOut = brief.passages - static_cast<int>(brief.quotes.size());

    const bool recorded = !carriers.empty() && carriers.front().recorded;
    const std::size_t shown =
        recorded ? carriers.size() : std::min(carriers.size(), static_cast<std::size_t>(std::max(options.carriers, 0)));
    brief.carriersLeftOut = static_cast<int>(carriers.size() - shown);
    carriers.resize(shown);
    for (Carrier& carrier : carriers) {
        // A line of its own words: its key quote on the theme, else its strongest passage, among those the brief
        // does not quote already (a quoted one is there, attributed to it).
        const Candidate* best = nullptr;
        int bestRank = 0;
        for (const Candidate& candidate : byOrganisation[carrier.organisationId]) {
            const bool quoted = std::any_of(brief.quotes.begin(), brief.quotes.end(), [&](const BriefQuote& q) {
                return q.passageId == candidate.passage->id;
            });
            if (quoted)
                continue;
            const int rank = (isKeyQuote(project, *candidate.passage, theme.id) ? 100 : 0) + candidate.strength;
            if (!best || rank > bestRank) {
                best = &candidate;
                bestRank = rank;
            }
        }
        if (best)
            carrier.ownWords = hide(shortened(withoutQuoteMarks(best->passage->text), options.ownWordsBytes));
        carrier.reason = hide(carrier.reason);
        carrier.contactRole = hide(carrier.contactRole);
        if (options.pseudonymiser && options.pseudonymiser->hidesOrganisations())
            carrier.name = options.pseudonymiser->organisationName(*project.findOrganisation(carrier.organisationId));
    }
    brief.carriers = std::move(carriers);
    return brief;
}

std::vector<Brief> composeBriefs(const Project& project, const std::vector<std::string>& themeNames,
                                 const BriefOptions& options, const std::function<Brief(Brief)>& asWritten) {
    std::set<std::string> quoted;
    if (options.quotedElsewhere)
        quoted = *options.quotedElsewhere;
    BriefOptions each = options;
    each.quotedElsewhere = &quoted;
    std::vector<Brief> briefs;
    for (const std::string& name : themeNames) {
        Brief brief = composeBrief(project, name, each);
        briefs.push_back(asWritten ? asWritten(std::move(brief)) : std::move(brief));
        // Quotes of a brief come after every other passage in the next ones (which drop them first to fit); only
        // those the document can hold count, not those its pages will never show.
        for (const BriefQuote& quote : briefs.back().quotes)
            quoted.insert(quote.passageId);
    }
    return briefs;
}

}  // namespace ets
