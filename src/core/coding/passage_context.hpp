#pragma once
// What a quote leans on: the speaker of the turn a passage belongs to, and the words just before it. A transcript is
// one turn of speech per paragraph, opened by its speaker's label (« Directrice : … », as NewTranscript and the demo
// write them); a passage that begins with « Et ça… » or in the middle of a sentence does not stand alone, and the
// committee reads it with the sentence before, or with the question it answers.

#include <string>
#include <string_view>

namespace ets {

// The text before a passage, as its document gives it (the core decides what of it matters).
struct TextBefore {
    std::string paragraph;          // the passage's paragraph from its start up to the passage
    std::string previousParagraph;  // the whole paragraph before that one; empty for the first
};

struct PassageContext {
    std::string speaker;  // the label of the passage's turn (« Directrice »); empty when the paragraph has none
    // The same speaker's words just before the passage in its turn (the end of the sentence it continues, or the
    // sentence before it); empty when the passage opens its turn.
    std::string leadIn;
    // When the passage opens its turn: the last sentence of the turn before (most often the interviewer's question).
    std::string prompt;
};

// The longest lead-in or prompt kept: a longer one keeps its end, cut between words after « […] ».
inline constexpr std::size_t kMostContextBytes = 300;

// The context of a passage whose text is `passage`. A label is at most four words and 60 bytes, without digits or
// sentence marks and not opened by a pronoun, an article or a link word, before a colon that opens the paragraph («
// Directrice : », « Samir (ETS) : »); a passage that itself starts with its paragraph's label gives that speaker.
PassageContext passageContext(const TextBefore& before, std::string_view passage);

// False when a quote leans on what came before: it starts in the middle of a sentence (a small letter, « … »), or
// with a word that points back or links (« Et », « Mais », « Donc », « Ça », « Ils », « Oui »; « And », « It »;
// « Maar », « Dat »…).
bool standsAlone(std::string_view quote);

// The passage without the speaker's label it begins with (« Directrice : On a… » → « On a… »); as it is when it begins
// with none.
std::string withoutLabel(std::string_view passage);

// The length in bytes of the speaker's label that opens `paragraph` (« Directrice : », with the colon and the spaces
// after it); 0 when it opens with none. A search that tags whole paragraphs leaves the label out.
std::size_t speakerLabelLength(std::string_view paragraph);

}  // namespace ets
