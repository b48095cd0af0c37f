#include "core/refi/agreement_units.hpp"

#include "core/text/error.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace ets::refi {
namespace {

std::string firstDifferentLine(const std::string& a, const std::string& b) {
    const auto [inA, inB] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    (void)inB;
    return std::to_string(1 + std::count(a.begin(), inA, '\n'));
}

// A passage of a coder on a span with its themes: once merged into the transcript (vnd.ets:MergeCoding), a second
// coder's passage is in both their copy and the transcript, and counts once.
using PassageKey = std::tuple<std::string, std::size_t, std::size_t, std::vector<std::string>>;

PassageKey keyOf(const CodedPassage& passage) {
    std::vector<std::string> themes = passage.themeIds;
    std::sort(themes.begin(), themes.end());
    return PassageKey{passage.coder, passage.start, passage.end, std::move(themes)};
}

// `seen` (when given) holds the passages `text` has already: one already there is not added again.
void addPassages(const ets::Project& project, const TranscriptText& transcript, AgreementText& text,
                 std::set<PassageKey>* seen) {
    const TextPositions positions(transcript.text);
    for (const RecordRange& range : recordRanges(transcript, positions)) {
        CodedPassage passage;
        passage.coder = range.record->coder;
        passage.transcript = transcript.key;
        passage.anchor = range.record->anchor;
        for (const ThemeRef& ref : range.record->themes)
            if (const Theme* theme = themeOfRef(project, ref))
                passage.themeIds.push_back(theme->id);
        passage.start = range.start;
        passage.end = range.end;
        passage.text = positions.slice(range.start, range.end);
        if (seen && !seen->insert(keyOf(passage)).second)
            continue;
        text.passages.push_back(std::move(passage));
    }
}

// Whether every coder of the document's passages already has passages in the text (its copy merged into it).
bool codersAllIn(const TranscriptText& document, const AgreementText& text) {
    std::set<std::string> inText;
    for (const CodedPassage& passage : text.passages)
        inText.insert(passage.coder);
    bool any = false;
    for (const TagRecord& record : document.records) {
        if (!inText.count(record.coder))
            return false;
        any = true;
    }
    return any;
}

}  // namespace

std::vector<AgreementText> agreementTexts(const ets::Project& project, const std::vector<CodedDocument>& documents,
                                          std::vector<std::string>* leftOut) {
    std::vector<AgreementText> texts;
    std::map<std::string, std::size_t> ofInterview;  // interview id → index in texts
    std::vector<const std::string*> textOf;          // the text each AgreementText was counted on
    std::map<std::size_t, std::set<PassageKey>> seen;  // the passages of a text met in a second document
    for (const CodedDocument& document : documents) {
        const auto same = document.interviewId.empty() ? ofInterview.end() : ofInterview.find(document.interviewId);
        if (same != ofInterview.end()) {
            AgreementText& text = texts[same->second];
            if (*textOf[same->second] != document.transcript.text) {
                if (codersAllIn(document.transcript, text)) {
                    if (leftOut)
                        leftOut->push_back(document.transcript.key);
                    continue;
                }
                throw Error("agreement.texts_differ",
                            {text.key, document.transcript.key,
                             firstDifferentLine(*textOf[same->second], document.transcript.text)});
            }
            const auto [known, first] = seen.try_emplace(same->second);
            if (first)
                for (const CodedPassage& passage : text.passages)
                    known->second.insert(keyOf(passage));
            addPassages(project, document.transcript, text, &known->second);
            continue;
        }
        AgreementText text;
        text.key = document.transcript.key;
        text.length = TextPositions(document.transcript.text).codePoints();
        addPassages(project, document.transcript, text, nullptr);
        if (!document.interviewId.empty())
            ofInterview.emplace(document.interviewId, texts.size());
        texts.push_back(std::move(text));
        textOf.push_back(&document.transcript.text);
    }
    return texts;
}

}  // namespace ets::refi
