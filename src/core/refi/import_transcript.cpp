#include "core/refi/import_transcript.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_index.hpp"
#include "core/text/error.hpp"

#include <map>

namespace ets::refi {

void importTranscript(ets::Project& draft, TranscriptDocument& document, const PlannedTranscript& planned,
                      const std::string& key, const std::string& fallbackCoder, std::string_view themesLabel) {
    document.writeText(planned.text);
    std::vector<std::pair<std::size_t, std::size_t>> positions;
    for (const PlannedPassage& passage : planned.passages)
        positions.emplace_back(passage.start, passage.end);
    // Every span is taken before any is tagged: a comment adds a mark to the text that would shift positions.
    const std::vector<std::unique_ptr<TextSpan>> spans = document.spansAt(positions);

    std::vector<TagRecord> records;
    std::map<std::string, const PlannedPassage*> expected;
    for (std::size_t k = 0; k < planned.passages.size(); ++k) {
        const PlannedPassage& passage = planned.passages[k];
        TagRecord record;
        record.anchor = newAnchorName();
        record.coder = passage.coder.empty() ? fallbackCoder : passage.coder;
        record.created = passage.created;
        record.memo = passage.memo;
        for (const std::string& name : passage.themes) {
            const Theme& theme = requireTheme(draft, name);
            record.themes.push_back(ThemeRef{theme.id, theme.name});
        }
        document.addAnchor(*spans[k], record.anchor, record.coder, annotationText(record, themesLabel));
        records.push_back(record);
        expected[record.anchor] = &passage;
    }
    document.setRecords(records);

    // Each tag must sit on exactly the text the file selected, or nothing is imported.
    const std::vector<AnchoredText> anchors = document.anchors();
    int moved = static_cast<int>(records.size() - anchors.size());
    for (const AnchoredText& anchor : anchors) {
        const auto passage = expected.find(anchor.anchor);
        if (passage == expected.end() || passage->second->text != anchor.text)
            ++moved;
    }
    if (moved != 0)
        throw Error("refi.passages_moved", {planned.source, std::to_string(moved)});

    InterviewCard card = planned.card;
    card.transcript = key;
    const std::string id = recordImportedInterview(draft, card);
    document.setCardProperties(cardToProperties(card, id));
    indexTranscript(draft, key, records, anchors);
}

std::string importSummary(const ImportPlan& plan, const std::string& fileName, const Catalogue& texts) {
    std::string text = texts.text("refi.imported_from", {fileName});
    const std::vector<SummaryLine> lines = plan.summary();
    const std::size_t imported = lines.size() - plan.skipped.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == imported)
            text += "\n" + texts.text("refi.summary_left_out");
        text += "\n\xE2\x80\xA2 " + texts.text(lines[i].key, lines[i].args);  // a bullet
    }
    if (plan.skipped.empty())
        text += "\n" + texts.text("refi.nothing_skipped");
    return text;
}

}  // namespace ets::refi
