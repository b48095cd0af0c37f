// Prints as JSON what the core reads of closed transcripts without LibreOffice (core/coding/odt_transcript), for the
// integration test that compares it with what Writer gives for the same files (test_odt_reader.py). One object per
// file given, in order: {"file", "fallback": true} when the reader refuses the file, else its records, anchors (text
// and context), plain text with spans and card. A tool of the tests only: it is not shipped.

#include "core/coding/odt_transcript.hpp"
#include "core/text/error.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

using nlohmann::json;

namespace {

json described(const char* path) {
    json out = {{"file", path}};
    const std::unique_ptr<ets::OdtTranscript> transcript = ets::readOdtTranscript(std::filesystem::u8path(path));
    if (!transcript) {
        out["fallback"] = true;
        return out;
    }
    out["fallback"] = false;
    try {
        json records = json::array();
        for (const ets::TagRecord& record : transcript->records()) {
            json themes = json::array();
            for (const ets::ThemeRef& theme : record.themes)
                themes.push_back({{"id", theme.id}, {"name", theme.name}});
            records.push_back({{"anchor", record.anchor}, {"themes", themes}, {"memo", record.memo},
                               {"coder", record.coder}, {"created", record.created}});
        }
        out["records"] = records;
    } catch (const ets::Error& error) {
        out["records_error"] = error.key();
    }
    json anchors = json::array();
    for (const ets::AnchoredText& anchor : transcript->anchors())
        anchors.push_back({{"anchor", anchor.anchor}, {"text", anchor.text}, {"paragraph", anchor.before.paragraph},
                           {"previous", anchor.before.previousParagraph}});
    out["anchors"] = anchors;
    const ets::PlainText plain = transcript->plainText();
    json spans = json::array();
    for (const ets::AnchorSpan& span : plain.spans)
        spans.push_back({{"anchor", span.anchor}, {"start", span.start}, {"end", span.end}});
    out["plain"] = {{"text", plain.text}, {"spans", spans}};
    out["card"] = transcript->cardProperties();
    out["interviewId"] = transcript->interviewId();
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    json all = json::array();
    for (int i = 1; i < argc; ++i)
        all.push_back(described(argv[i]));
    std::cout << all.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    return 0;
}
