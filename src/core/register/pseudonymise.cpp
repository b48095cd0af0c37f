#include "core/register/pseudonymise.hpp"

#include "core/text/names.hpp"

#include <algorithm>

namespace ets {

namespace {

// The code point that starts at `at` (UTF-8); 0 past the end.
char32_t codePointAt(std::string_view text, std::size_t at) {
    if (at >= text.size())
        return 0;
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c < 0x80)
        return c;
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t code = c & (0xFF >> (length + 1));
    for (int i = 1; i < length && at + i < text.size(); ++i)
        code = (code << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    return code;
}

// The code point that ends just before `at`; 0 at the start.
char32_t codePointBefore(std::string_view text, std::size_t at) {
    if (at == 0)
        return 0;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    return codePointAt(text, start);
}

// Letters of French, Dutch and the other Latin-script names a transcript meets, and digits.
bool isLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// A hyphen between letters joins a compound first name: "Jean" must not match in "Jean-Marc".
bool continuesWord(std::string_view text, std::size_t at, bool forwards) {
    const char32_t next = forwards ? codePointAt(text, at) : codePointBefore(text, at);
    if (isLetter(next))
        return true;
    if (next != '-')
        return false;
    return isLetter(forwards ? codePointAt(text, at + 1) : codePointBefore(text, at - 1));
}

std::string lettersIndex(std::size_t index) {
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> result;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= name.size(); ++i)
        if (i == name.size() || name[i] == ' ') {
            if (i > start)
                result.emplace_back(name.substr(start, i - start));
            start = i + 1;
        }
    return result;
}

std::size_t letterCount(std::string_view word) {
    std::size_t count = 0;
    for (unsigned char c : word)
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace

PseudonymOptions pseudonymOptions(const Catalogue& texts, bool organisations) {
    PseudonymOptions options;
    options.personLabel = texts.text("pseudonym.person");
    options.organisations = organisations;
    options.organisationLabel = texts.text("pseudonym.organisation");
    return options;
}

std::vector<PersonName> namesToHide(const Project& project,
                                    const std::function<std::optional<InterviewCard>(const std::string&)>& cardOf) {
    std::vector<PersonName> people = project.people;
    for (const Interview& interview : project.interviews) {
        if (interview.transcript.empty())
            continue;
        if (const std::optional<InterviewCard> card = cardOf(interview.transcript)) {
            const std::vector<PersonName> named = peopleOfCard(*card);
            people.insert(people.end(), named.begin(), named.end());
        }
    }
    return people;
}

std::vector<PersonName> peopleOfCard(const InterviewCard& card) {
    std::vector<PersonName> people;
    for (std::size_t i = 0; i < card.participantNames.size(); ++i)
        people.push_back(
            {card.participantNames[i], i < card.participants.size() ? card.participants[i] : std::string()});
    return people;
}

std::string organisationAlias(const Project& project, std::string_view organisationId, const std::string& label) {
    for (std::size_t i = 0; i < project.organisations.size(); ++i)
        if (project.organisations[i].id == organisationId)
            return label + " " + lettersIndex(i);
    return label;
}

Pseudonymiser::Pseudonymiser(const Project& project, const std::vector<PersonName>& people,
                             const PseudonymOptions& options)
    : project_(project), hideOrganisations_(options.organisations), organisationLabel_(options.organisationLabel) {
    for (const PersonName& person : people) {
        const std::string name = trimmedName(person.name);
        if (name.empty())
            continue;
        const std::string role = trimmedName(person.role).empty() ? options.personLabel : trimmedName(person.role);
        const std::string replacement = "[" + role + "]";
        addRule(foldCase(name), replacement, false);
        const std::vector<std::string> parts = words(name);
        if (parts.size() > 1)
            for (const std::string& part : parts)
                if (letterCount(part) >= 3)
                    addRule(part, replacement, true);
    }
    if (hideOrganisations_)
        for (const Organisation& organisation : project.organisations)
            if (!trimmedName(organisation.name).empty() && organisation.id != options.keepOrganisationId)
                addRule(foldCase(trimmedName(organisation.name)),
                        "[" + organisationAlias(project, organisation.id, organisationLabel_) + "]", false);
    // Longest first; at equal length the rule listed first wins (stable).
    std::stable_sort(rules_.begin(), rules_.end(),
                     [](const Rule& a, const Rule& b) { return a.pattern.size() > b.pattern.size(); });
}

void Pseudonymiser::addRule(std::string pattern, std::string replacement, bool exactCase) {
    for (const Rule& rule : rules_)
        if (rule.pattern == pattern && rule.exactCase == exactCase)
            return;  // the first listing of a name decides its role
    rules_.push_back({std::move(pattern), std::move(replacement), exactCase});
}

std::string Pseudonymiser::apply(std::string_view text) const {
    if (rules_.empty())
        return std::string(text);
    // Folding keeps byte lengths (ASCII and Latin-1 letters stay two bytes), so positions in the
    // folded text are positions in the original.
    const std::string folded = foldCase(text);
    std::vector<bool> taken(text.size(), false);
    struct Hit {
        std::size_t start, length;
        const std::string* replacement;
    };
    std::vector<Hit> hits;
    for (const Rule& rule : rules_) {
        const std::string_view haystack = rule.exactCase ? text : std::string_view(folded);
        for (std::size_t at = haystack.find(rule.pattern); at != std::string_view::npos;
             at = haystack.find(rule.pattern, at + 1)) {
            const std::size_t end = at + rule.pattern.size();
            if (continuesWord(text, at, false) || continuesWord(text, end, true))
                continue;
            if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool b) { return b; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            hits.push_back({at, rule.pattern.size(), &rule.replacement});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    std::string result;
    std::size_t from = 0;
    for (const Hit& hit : hits) {
        result.append(text.substr(from, hit.start - from));
        result += *hit.replacement;
        from = hit.start + hit.length;
    }
    result.append(text.substr(from));
    return result;
}

std::string Pseudonymiser::organisationName(const Organisation& organisation) const {
    return hideOrganisations_ ? organisationAlias(project_, organisation.id, organisationLabel_) : organisation.name;
}

}  // namespace ets
