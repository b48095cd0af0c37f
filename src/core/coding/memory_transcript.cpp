#include "core/coding/memory_transcript.hpp"

#include "core/register/interview_card.hpp"
#include "core/text/error.hpp"

#include <algorithm>
#include <stdexcept>

namespace ets {
namespace {

class MemorySpan : public TextSpan {
public:
    MemorySpan(const MemoryTranscript& owner, std::size_t start, std::size_t end)
        : owner(&owner), start(start), end(end) {}
    std::string text() const override { return owner->text().substr(start, end - start); }
    TextBefore before() const override { return owner->textBefore(start); }

    const MemoryTranscript* owner;
    std::size_t start;
    std::size_t end;
};

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// UTF-16 units of the UTF-8 bytes [0, byte): a character of four bytes is two units, any other one.
std::size_t utf16Units(const std::string& text, std::size_t byte) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (!isContinuationByte(text[i]))
            units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

// The byte where code point `index` starts (the text's size past its end).
std::size_t byteOfCodePoint(const std::string& text, std::size_t index) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!isContinuationByte(text[i]) && seen++ == index)
            return i;
    return text.size();
}

}  // namespace

MemoryTranscript::MemoryTranscript(std::string text, std::filesystem::path file)
    : text_(std::move(text)), file_(std::move(file)) {}

void MemoryTranscript::insertText(std::size_t at, const std::string& text) {
    text_.insert(at, text);
    // Typed before a passage or at its start, the text goes before it; typed inside it, into it; at its end, after it.
    for (Anchor& anchor : anchors_) {
        if (at <= anchor.start) {
            anchor.start += text.size();
            anchor.end += text.size();
        } else if (at < anchor.end) {
            anchor.end += text.size();
        }
    }
}

void MemoryTranscript::eraseText(std::size_t start, std::size_t end) {
    text_.erase(start, end - start);
    const auto shrink = [&](std::size_t position) {
        if (position <= start)
            return position;
        return position >= end ? position - (end - start) : start;
    };
    for (Anchor& anchor : anchors_) {
        anchor.start = shrink(anchor.start);
        anchor.end = shrink(anchor.end);
    }
}

std::unique_ptr<TextSpan> MemoryTranscript::span(std::size_t start, std::size_t end) const {
    if (start > end || end > text_.size())
        throw std::out_of_range("MemoryTranscript::span");
    return std::make_unique<MemorySpan>(*this, start, end);
}

std::unique_ptr<TextSpan> MemoryTranscript::spanOf(const std::string& words) const {
    const std::size_t at = text_.find(words);
    if (at == std::string::npos)
        throw std::invalid_argument("MemoryTranscript::spanOf: not in the text: " + words);
    return span(at, at + words.size());
}

const MemoryTranscript::Comment* MemoryTranscript::comment(const std::string& anchor) const {
    const auto found = comments_.find(anchor);
    return found == comments_.end() ? nullptr : &found->second;
}

std::map<std::string, std::string> MemoryTranscript::cardProperties() const { return properties_; }

void MemoryTranscript::setCardProperties(const std::map<std::string, std::string>& properties) {
    properties_.clear();
    for (const std::string& name : cardPropertyNames())
        if (const auto value = properties.find(name); value != properties.end())
            properties_[name] = value->second;
}

std::vector<TagRecord> MemoryTranscript::records() const { return tagsFromJson(tags_); }

void MemoryTranscript::setRecords(const std::vector<TagRecord>& records) { tags_ = tagsToJson(records); }

std::vector<AnchoredText> MemoryTranscript::anchors() const {
    std::vector<const Anchor*> ordered;
    for (const Anchor& anchor : anchors_)
        ordered.push_back(&anchor);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Anchor* a, const Anchor* b) { return a->start < b->start; });
    std::vector<AnchoredText> found;
    for (const Anchor* anchor : ordered)
        found.push_back({anchor->name, text_.substr(anchor->start, anchor->end - anchor->start), textBefore(anchor->start)});
    return found;
}

TextBefore MemoryTranscript::textBefore(std::size_t byte) const {
    const std::size_t start = byte == 0 ? 0 : text_.rfind('\n', byte - 1) + 1;  // npos + 1 is 0
    TextBefore before;
    before.paragraph = text_.substr(start, byte - start);
    if (start > 0) {
        const std::size_t previous = start == 1 ? 0 : text_.rfind('\n', start - 2) + 1;
        before.previousParagraph = text_.substr(previous, start - 1 - previous);
    }
    return before;
}

std::unique_ptr<TextSpan> MemoryTranscript::anchorSpan(const std::string& anchor) const {
    const Anchor* found = find(anchor);
    if (!found)
        throw Error("passage.unknown", {anchor});
    return span(found->start, found->end);
}

std::vector<std::string> MemoryTranscript::anchorsOver(const TextSpan& span) const {
    const auto [start, end] = bytesOf(span);
    std::vector<std::string> found;
    for (const Anchor& anchor : anchors_)
        if (anchor.start == start && anchor.end == end)
            found.push_back(anchor.name);
    return found;
}

std::vector<std::pair<std::string, int>> MemoryTranscript::anchorsAgainst(const TextSpan& span) const {
    const std::size_t start = bytesOf(span).first;
    std::vector<std::pair<std::string, int>> found;
    for (const AnchoredText& ordered : anchors()) {
        const Anchor* anchor = find(ordered.anchor);
        found.emplace_back(anchor->name, anchor->start < start ? -1 : anchor->start == start ? 0 : 1);
    }
    return found;
}

std::vector<std::string> MemoryTranscript::anchorsAt(const TextSpan& span) const {
    const auto [start, end] = bytesOf(span);
    std::vector<std::string> found;
    for (const AnchoredText& ordered : anchors()) {
        const Anchor* anchor = find(ordered.anchor);
        if (anchor->start <= end && anchor->end >= start)
            found.push_back(anchor->name);
    }
    return found;
}

void MemoryTranscript::addAnchor(const TextSpan& span, const std::string& anchor, const std::string& author,
                                 const std::string& comment) {
    if (find(anchor))
        throw std::invalid_argument("MemoryTranscript::addAnchor: the anchor exists: " + anchor);
    const auto [start, end] = bytesOf(span);
    anchors_.push_back({anchor, start, end});
    comments_[anchor] = {author, comment};
}

void MemoryTranscript::setComment(const std::string& anchor, const std::string& comment) {
    if (const auto found = comments_.find(anchor); found != comments_.end())
        found->second.text = comment;
}

void MemoryTranscript::removeAnchor(const std::string& anchor) {
    comments_.erase(anchor);
    anchors_.erase(std::remove_if(anchors_.begin(), anchors_.end(), [&](const Anchor& a) { return a.name == anchor; }),
                   anchors_.end());
}

PlainText MemoryTranscript::plainText() const {
    PlainText plain{text_, {}};
    for (const AnchoredText& ordered : anchors()) {
        const Anchor* anchor = find(ordered.anchor);
        plain.spans.push_back({anchor->name, utf16Units(text_, anchor->start), utf16Units(text_, anchor->end)});
    }
    return plain;
}

void MemoryTranscript::writeText(const std::string& text) { text_ += text; }

std::vector<std::unique_ptr<TextSpan>>
MemoryTranscript::spansAt(const std::vector<std::pair<std::size_t, std::size_t>>& codePoints) const {
    std::vector<std::unique_ptr<TextSpan>> spans;
    for (const auto& [start, end] : codePoints)
        spans.push_back(span(byteOfCodePoint(text_, start), byteOfCodePoint(text_, end)));
    return spans;
}

std::pair<std::size_t, std::size_t> MemoryTranscript::bytesOf(const TextSpan& span) const {
    const auto* mine = dynamic_cast<const MemorySpan*>(&span);
    if (!mine || mine->owner != this)
        throw std::invalid_argument("MemoryTranscript: a span of another transcript");
    return {mine->start, mine->end};
}

const MemoryTranscript::Anchor* MemoryTranscript::find(const std::string& name) const {
    for (const Anchor& anchor : anchors_)
        if (anchor.name == name)
            return &anchor;
    return nullptr;
}

bool MemoryTranscriptFiles::rewrite(const std::string& key,
                                    const std::function<void(TranscriptDocument&)>& change) {
    if (saves == killAfterSaves)
        throw OfficeKilled{};
    if (auto here = open.find(key); here != open.end()) {
        change(here->second);
        return false;
    }
    if (auto held = heldBy.find(key); held != heldBy.end())
        throw Error("transcript.held", {key, held->second});
    auto file = saved.find(key);
    if (file == saved.end())
        throw Error("transcript.missing", {key});
    MemoryTranscript copy = file->second;  // opened: the disk keeps its version until the save
    change(copy);
    if (unwritable.count(key))
        throw Error("transcript.unwritable", {key});
    file->second = std::move(copy);
    if (++saves == killAfterSaves)
        throw OfficeKilled{};
    return true;
}

}  // namespace ets
