#include "core/coding/odt_transcript.hpp"

#include "core/odf/odt_meta.hpp"
#include "core/odf/zip_entry.hpp"
#include "core/project/staged_file.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/error.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <system_error>
#include <utility>

namespace ets {
namespace {

// UTF-16 units (as LibreOffice counts) in valid UTF-8 text (libxml2 gives no other): a four-byte sequence is two.
std::size_t utf16Length(const std::string& text, std::size_t bytes) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80)
            units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

class OdtSpan : public TextSpan {
public:
    OdtSpan(std::string text, TextBefore before) : text_(std::move(text)), before_(std::move(before)) {}
    std::string text() const override { return text_; }
    TextBefore before() const override { return before_; }

private:
    std::string text_;
    TextBefore before_;
};

[[noreturn]] void readOnly() { throw Error("writer.read_only"); }

// Whether Writer's text for each ETS bookmark is surely the one read here (see readOdtTranscript).
bool placesEveryAnchor(const OdtBody& body) {
    for (const std::string& name : body.unplaced)
        if (isAnchorName(name))
            return false;
    for (const OdtBookmark& bookmark : body.bookmarks) {
        if (!isAnchorName(bookmark.name))
            continue;
        // A table before the passage's paragraph or inside the passage: Writer's context or text would take it in.
        for (std::size_t p = bookmark.startParagraph; p <= bookmark.endParagraph && p < body.afterTable.size(); ++p)
            if (body.afterTable[p])
                return false;
    }
    return true;
}

bool isOdtFile(const std::filesystem::path& file) {
    std::string extension = file.extension().u8string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension == ".odt";
}

}  // namespace

OdtTranscript::OdtTranscript(std::filesystem::path file, OdtBody body, std::map<std::string, std::string> properties)
    : file_(std::move(file)), body_(std::move(body)), properties_(std::move(properties)) {}

std::map<std::string, std::string> OdtTranscript::cardProperties() const {
    std::map<std::string, std::string> card;
    for (const std::string& name : cardPropertyNames())
        if (const auto found = properties_.find(name); found != properties_.end())
            card[name] = found->second;
    return card;
}

std::string OdtTranscript::interviewId() const {
    const auto found = properties_.find(kInterviewIdProperty);
    return found == properties_.end() ? std::string() : found->second;
}

std::vector<TagRecord> OdtTranscript::records() const {
    const auto found = properties_.find(kTagsProperty);
    return tagsFromJson(found == properties_.end() ? std::string() : found->second);
}

std::string OdtTranscript::textOf(const OdtBookmark& bookmark) const {
    const std::vector<std::string>& paragraphs = body_.paragraphs;
    if (bookmark.startParagraph == bookmark.endParagraph)
        return paragraphs[bookmark.startParagraph].substr(bookmark.startByte, bookmark.endByte - bookmark.startByte);
    // Across paragraphs, Writer's getString joins them with a line feed.
    std::string text = paragraphs[bookmark.startParagraph].substr(bookmark.startByte);
    for (std::size_t p = bookmark.startParagraph + 1; p < bookmark.endParagraph; ++p)
        text += '\n' + paragraphs[p];
    text += '\n' + paragraphs[bookmark.endParagraph].substr(0, bookmark.endByte);
    return text;
}

TextBefore OdtTranscript::beforeOf(const OdtBookmark& bookmark) const {
    TextBefore before;
    before.paragraph = body_.paragraphs[bookmark.startParagraph].substr(0, bookmark.startByte);
    if (bookmark.startParagraph > 0)
        before.previousParagraph = body_.paragraphs[bookmark.startParagraph - 1];
    return before;
}

std::vector<AnchoredText> OdtTranscript::anchors() const {
    std::vector<AnchoredText> found;
    for (const OdtBookmark& bookmark : body_.bookmarks)
        if (isAnchorName(bookmark.name))
            found.push_back(AnchoredText{bookmark.name, textOf(bookmark), beforeOf(bookmark)});
    return found;
}

const OdtBookmark* OdtTranscript::find(const std::string& anchor) const {
    for (const OdtBookmark& bookmark : body_.bookmarks)
        if (bookmark.name == anchor)
            return &bookmark;
    return nullptr;
}

std::unique_ptr<TextSpan> OdtTranscript::anchorSpan(const std::string& anchor) const {
    const OdtBookmark* bookmark = find(anchor);
    if (!bookmark)
        throw Error("passage.unknown", {anchor});
    return std::make_unique<OdtSpan>(textOf(*bookmark), beforeOf(*bookmark));
}

PlainText OdtTranscript::plainText() const {
    PlainText plain;
    std::vector<std::size_t> starts;  // where each paragraph starts, in UTF-16 units
    std::size_t units = 0;
    for (std::size_t p = 0; p < body_.paragraphs.size(); ++p) {
        if (p > 0) {
            plain.text += '\n';
            ++units;
        }
        starts.push_back(units);
        plain.text += body_.paragraphs[p];
        units += utf16Length(body_.paragraphs[p], body_.paragraphs[p].size());
    }
    for (const OdtBookmark& bookmark : body_.bookmarks) {
        if (!isAnchorName(bookmark.name))
            continue;
        plain.spans.push_back(
            AnchorSpan{bookmark.name,
                       starts[bookmark.startParagraph] +
                           utf16Length(body_.paragraphs[bookmark.startParagraph], bookmark.startByte),
                       starts[bookmark.endParagraph] +
                           utf16Length(body_.paragraphs[bookmark.endParagraph], bookmark.endByte)});
    }
    // Writer's walk gives each span where its bookmark ends.
    std::stable_sort(plain.spans.begin(), plain.spans.end(),
                     [](const AnchorSpan& a, const AnchorSpan& b) { return a.end < b.end; });
    return plain;
}

std::vector<std::string> OdtTranscript::anchorsOver(const TextSpan&) const { readOnly(); }
std::vector<std::pair<std::string, int>> OdtTranscript::anchorsAgainst(const TextSpan&) const { readOnly(); }
std::vector<std::string> OdtTranscript::anchorsAt(const TextSpan&) const { readOnly(); }
std::vector<std::unique_ptr<TextSpan>>
OdtTranscript::spansAt(const std::vector<std::pair<std::size_t, std::size_t>>&) const {
    readOnly();
}
std::vector<std::unique_ptr<TextSpan>>
OdtTranscript::spansInText(const std::vector<std::pair<std::size_t, std::size_t>>&) const {
    readOnly();
}
void OdtTranscript::setCardProperties(const std::map<std::string, std::string>&) { readOnly(); }
void OdtTranscript::setRecords(const std::vector<TagRecord>&) { readOnly(); }
void OdtTranscript::addAnchor(const TextSpan&, const std::string&, const std::string&, const std::string&) {
    readOnly();
}
void OdtTranscript::setComment(const std::string&, const std::string&) { readOnly(); }
void OdtTranscript::removeAnchor(const std::string&) { readOnly(); }
void OdtTranscript::writeText(const std::string&) { readOnly(); }

std::unique_ptr<OdtTranscript> odtTranscriptFromXml(const std::filesystem::path& file, const std::string& contentXml,
                                                    const std::string& metaXml, const OdtLimits& limits) {
    try {
        const std::string name = file.u8string();
        OdtBody body = odtBodyFromXml(contentXml, name, limits);
        if (body.trackedChanges || !placesEveryAnchor(body))
            return nullptr;
        std::map<std::string, std::string> properties = odtUserPropertiesFromXml(metaXml, name, limits);
        return std::make_unique<OdtTranscript>(file, std::move(body), std::move(properties));
    } catch (const std::exception&) {
        return nullptr;  // unreadable here, or out of memory: LibreOffice reads it (and says what is wrong, if anything)
    }
}

std::unique_ptr<OdtTranscript> readOdtTranscript(const std::filesystem::path& file, const OdtLimits& limits) {
    if (!isOdtFile(file))
        return nullptr;
    try {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(file, error);
        if (error || size > limits.maxFileBytes)
            return nullptr;
        const std::string bytes = readWholeFile(file);  // once for both parts
        const std::optional<std::string> content = zipEntry(bytes, "content.xml", limits.maxContentBytes);
        const std::optional<std::string> meta = zipEntry(bytes, "meta.xml", limits.maxContentBytes);
        if (!content || !meta)
            return nullptr;
        return odtTranscriptFromXml(file, *content, *meta, limits);
    } catch (const std::exception&) {
        return nullptr;
    }
}

}  // namespace ets
