#include "core/coding/passage_context.hpp"

#include "core/text/names.hpp"
#include "core/text/utf8.hpp"

#include <cstddef>

namespace ets {
namespace {

constexpr std::size_t kMostLabelBytes = 60;
constexpr int kMostLabelWords = 4;

// Words that open a sentence, never a speaker's label (« On a tout essayé : rien », « Il m'a dit : … »).
bool opensASentence(const std::string& label) {
    std::string first = foldCase(label.substr(0, label.find_first_of(" '\xE2")));
    static const std::string_view kWords[] = {"on",
                                              "il",
                                              "ils",
                                              "elle",
                                              "elles",
                                              "je",
                                              "j",
                                              "tu",
                                              "nous",
                                              "vous",
                                              "ce",
                                              "c",
                                              "\xC3\xA7"
                                              "a",
                                              "cela",
                                              "le",
                                              "la",
                                              "les",
                                              "l",
                                              "un",
                                              "une",
                                              "des",
                                              "du",
                                              "de",
                                              "et",
                                              "mais",
                                              "donc",
                                              "en",
                                              "au",
                                              "aux",
                                              "pour",
                                              "par",
                                              "avec",
                                              "dans",
                                              "sur",
                                              "quand",
                                              "si",
                                              "the",
                                              "a",
                                              "an",
                                              "and",
                                              "but",
                                              "it",
                                              "we",
                                              "they",
                                              "i",
                                              "you",
                                              "he",
                                              "she",
                                              "when",
                                              "if",
                                              "het",
                                              "een",
                                              "maar",
                                              "ik",
                                              "wij",
                                              "ze",
                                              "zij",
                                              "hij",
                                              "als"};
    for (std::string_view word : kWords)
        if (first == word)
            return true;
    return false;
}

bool isBlankByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A space, a no-break space (U+00A0) or a narrow one (U+202F), at `i`: its length in bytes, else 0.
std::size_t spaceAt(std::string_view text, std::size_t i) {
    if (i < text.size() && isBlankByte(text[i]))
        return 1;
    if (text.compare(i, 2, "\xC2\xA0") == 0)
        return 2;
    if (text.compare(i, 3, "\xE2\x80\xAF") == 0)
        return 3;
    return 0;
}

// The length of the speaker's label that opens `paragraph` (up to and with the colon and the space after it), and the
// label itself; 0 when the paragraph opens with no label.
std::size_t labelLength(std::string_view paragraph, std::string* label = nullptr) {
    const std::size_t colon = paragraph.find(':');
    if (colon == std::string_view::npos || colon > kMostLabelBytes + 8)
        return 0;
    const std::string name = trimmedName(paragraph.substr(0, colon));
    // No sentence mark and no digit: « Passage 3 : », « En 2020 : » open a sentence, not a turn.
    if (name.empty() || name.size() > kMostLabelBytes ||
        name.find_first_of(".!?;\xC2\xAB\xC2\xBB\"0123456789") != std::string::npos)
        return 0;
    int words = 1;
    for (char c : name)
        words += c == ' ' ? 1 : 0;
    if (words > kMostLabelWords || opensASentence(name))
        return 0;
    std::size_t end = colon + 1;
    if (end < paragraph.size() && spaceAt(paragraph, end) == 0)
        return 0;  // « 10:30 », « http:… »: no label
    while (end < paragraph.size() && spaceAt(paragraph, end) > 0)
        end += spaceAt(paragraph, end);
    if (label)
        *label = name;
    return end;
}

// Where the last sentence of `text` begins: after the last « . », « ! », « ? » or « … » that is followed by a space and
// by more words (not by the closing mark of a quotation it ends).
std::size_t lastSentenceStart(std::string_view text) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint point = nextCodePoint(text, i);
        const bool ends =
            point.valid && (point.value == '.' || point.value == '!' || point.value == '?' || point.value == U'\u2026');
        if (!ends || spaceAt(text, i) == 0)
            continue;
        std::size_t next = i;
        while (next < text.size() && spaceAt(text, next) > 0)
            next += spaceAt(text, next);
        // « … le code ? ». » : the mark ends a sentence quoted inside this one, which goes on after the closing quote.
        const std::string_view after = text.substr(std::min(next, text.size()));
        const bool closesQuote = after.rfind("\xC2\xBB", 0) == 0 || after.rfind("\xE2\x80\x9D", 0) == 0 ||
                                 after.rfind(")", 0) == 0;
        if (next < text.size() && !closesQuote)
            start = next;
    }
    return start;
}

// At most kMostContextBytes, keeping the end (what touches the passage), cut between words after « […] ».
std::string keptEnd(const std::string& text) {
    if (text.size() <= kMostContextBytes)
        return text;
    std::size_t cut = text.size() - kMostContextBytes;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        ++cut;  // to the first byte of a letter
    const std::size_t space = text.find(' ', cut);
    if (space != std::string::npos && space < text.size() - kMostContextBytes / 2)
        cut = space + 1;
    return "[\xE2\x80\xA6] " + trimmedName(text.substr(cut));
}

// The paragraph's last sentence, without its label.
std::string lastSentence(std::string_view paragraph) {
    const std::string_view body = paragraph.substr(labelLength(paragraph));
    const std::string trimmed = trimmedName(body);
    return keptEnd(trimmedName(std::string_view(trimmed).substr(lastSentenceStart(trimmed))));
}

}  // namespace

PassageContext passageContext(const TextBefore& before, std::string_view passage) {
    PassageContext context;
    const std::size_t label = labelLength(before.paragraph, &context.speaker);
    const std::string inTurn = trimmedName(std::string_view(before.paragraph).substr(label));
    if (!inTurn.empty()) {
        context.leadIn = keptEnd(trimmedName(std::string_view(inTurn).substr(lastSentenceStart(inTurn))));
        return context;
    }
    if (label == 0 && trimmedName(before.paragraph).empty())
        labelLength(passage, &context.speaker);  // the passage took its turn's label with it
    context.prompt = lastSentence(before.previousParagraph);
    return context;
}

std::string withoutLabel(std::string_view passage) { return std::string(passage.substr(labelLength(passage))); }

bool standsAlone(std::string_view quote) {
    const std::string text = trimmedName(quote);
    if (text.empty())
        return true;
    if (text.compare(0, 3, "\xE2\x80\xA6") == 0 || text.compare(0, 3, "...") == 0)
        return false;
    const unsigned char first = static_cast<unsigned char>(text[0]);
    const bool smallLatin1 = first == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0;
    if ((first >= 'a' && first <= 'z') || smallLatin1)
        return false;  // the middle of a sentence
    // The first word, folded, up to a space, a comma or an apostrophe (« C’est », « Ça, »).
    std::string word = foldCase(text.substr(0, text.find_first_of(" ,;:.!?'\xE2\xC2")));
    if (word.empty())
        word = foldCase(text.substr(0, 2));
    // Not « Il », « Ce » or « À »: « Il faut… », « Ce matin… », « À mon avis… » stand alone.
    static const std::string_view kLeaning[] = {
        // French: links, pronouns that point back, answers.
        "et", "mais", "donc", "alors", "puis", "ensuite",
        "\xC3\xA7"
        "a",
        "cela", "c", "ils", "elle", "elles", "eux", "l\xC3\xA0", "oui", "non", "voil\xC3\xA0", "bref", "enfin", "sinon",
        "aussi", "parce", "car", "celui", "celle", "ceux",
        // English.
        "and", "but", "so", "then", "it", "they", "that", "this", "these", "those", "yes", "no", "because",
        // Dutch (« En » is left out: it opens a French sentence as often).
        "maar", "dus", "dat", "ze", "ja"};
    for (std::string_view leaning : kLeaning)
        if (word == leaning)
            return false;
    return true;
}

std::size_t speakerLabelLength(std::string_view paragraph) { return labelLength(paragraph); }

}  // namespace ets
