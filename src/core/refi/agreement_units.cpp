#include "core/refi/agreement_units.hpp"

#include "core/text/error.hpp"

#include <algorithm>
#include <map>

namespace ets::refi {
namespace {

std::string firstDifferentLine(const std::string& a, const std::string& b) {
    const auto [inA, inB] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    (void)inB;
    return std::to_string(1 + std::count(a.begin(), inA, '\n'));
}

void addPassages(const ets::Project& project, const TranscriptText& transcript, AgreementText& text) {
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
        text.passages.push_back(std::move(passage));
    }
}

}  // namespace

std::vector<AgreementText> agreementTexts(const ets::Project& project, const std::vector<CodedDocument>& documents) {
    std::vector<AgreementText> texts;
    std::map<std::string, std::size_t> ofInterview;  // interview id → index in texts
    std::vector<const std::string*> textOf;          // the text each AgreementText was counted on
    for (const CodedDocument& document : documents) {
        const auto same = document.interviewId.empty() ? ofInterview.end() : ofInterview.find(document.interviewId);
        if (same != ofInterview.end()) {
            AgreementText& text = texts[same->second];
            if (*textOf[same->second] != document.transcript.text)
                throw Error("agreement.texts_differ",
                            {text.key, document.transcript.key,
                             firstDifferentLine(*textOf[same->second], document.transcript.text)});
            addPassages(project, document.transcript, text);
            continue;
        }
        AgreementText text;
        text.key = document.transcript.key;
        text.length = TextPositions(document.transcript.text).codePoints();
        addPassages(project, document.transcript, text);
        if (!document.interviewId.empty())
            ofInterview.emplace(document.interviewId, texts.size());
        texts.push_back(std::move(text));
        textOf.push_back(&document.transcript.text);
    }
    return texts;
}

}  // namespace ets::refi
