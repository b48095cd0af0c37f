#include "core/project/file_pieces.hpp"

using nlohmann::json;

namespace ets {
namespace {

// As writeProjectFile dumps: an indent of 2, UTF-8 kept, invalid UTF-8 replaced (never refused).
std::string dumped(const json& value) { return value.dump(2, ' ', false, json::error_handler_t::replace); }

// A value dumped on its own, moved `depth` levels in: every line after the first gains the indent of those levels.
// Dumped strings never hold a raw line break (they are escaped), so each '\n' starts a line of the layout.
std::string indented(const std::string& text, std::size_t spaces) {
    std::string moved;
    moved.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        moved += c;
        if (c == '\n')
            moved.append(spaces, ' ');
    }
    return moved;
}

// Items and members of a top-level entry sit two levels in.
constexpr std::size_t kInner = 4;

std::string quotedKey(const std::string& key) { return dumped(json(key)); }

}  // namespace

std::string FilePieces::itemPiece(const json& item) {
    return std::string(kInner, ' ') + indented(dumped(item), kInner);
}

std::string FilePieces::memberPiece(const std::string& member, const json& value) {
    return std::string(kInner, ' ') + quotedKey(member) + ": " + indented(dumped(value), kInner);
}

FilePieces::Entry FilePieces::entryOf(const json& value) {
    Entry entry;
    if (value.is_array() && !value.empty()) {
        entry.kind = Kind::List;
        entry.items.reserve(value.size());
        for (const json& item : value)
            entry.items.push_back(itemPiece(item));
    } else if (value.is_object() && !value.empty()) {
        entry.kind = Kind::Object;
        for (const auto& [member, memberValue] : value.items())
            entry.members.emplace_hint(entry.members.end(), member, memberPiece(member, memberValue));
    } else {
        entry.whole = dumped(value);  // one line: a scalar, [] or {}
    }
    return entry;
}

FilePieces FilePieces::of(const json& object) {
    FilePieces pieces;
    if (object.is_object())
        for (const auto& [key, value] : object.items())
            pieces.entries_.emplace_hint(pieces.entries_.end(), key, entryOf(value));
    return pieces;
}

std::string FilePieces::text() const {
    if (entries_.empty())
        return "{}";
    std::size_t size = 4;
    for (const auto& [key, entry] : entries_) {
        size += key.size() + entry.whole.size() + 16;
        for (const std::string& item : entry.items)
            size += item.size() + 2;
        for (const auto& [member, piece] : entry.members)
            size += piece.size() + 2;
    }
    std::string text;
    text.reserve(size);
    text += "{\n";
    bool firstEntry = true;
    for (const auto& [key, entry] : entries_) {
        if (!firstEntry)
            text += ",\n";
        firstEntry = false;
        text += "  ";
        text += quotedKey(key);
        text += ": ";
        if (entry.kind == Kind::Whole) {
            text += entry.whole;
            continue;
        }
        const bool list = entry.kind == Kind::List;
        text += list ? "[\n" : "{\n";
        bool first = true;
        const auto add = [&](const std::string& piece) {
            if (!first)
                text += ",\n";
            first = false;
            text += piece;
        };
        if (list)
            for (const std::string& item : entry.items)
                add(item);
        else
            for (const auto& [member, piece] : entry.members)
                add(piece);
        text += list ? "\n  ]" : "\n  }";
    }
    text += "\n}";
    return text;
}

void FilePieces::setEntry(const std::string& key, const json& value) { entries_[key] = entryOf(value); }

const std::vector<std::string>* FilePieces::listItems(const std::string& key) const {
    static const std::vector<std::string> kNone;
    const auto entry = entries_.find(key);
    if (entry == entries_.end())
        return nullptr;
    if (entry->second.kind == Kind::List)
        return &entry->second.items;
    return entry->second.whole == "[]" ? &kNone : nullptr;
}

bool FilePieces::isList(const std::string& key) const { return listItems(key) != nullptr; }

bool FilePieces::isObject(const std::string& key) const {
    const auto entry = entries_.find(key);
    return entry != entries_.end() &&
           (entry->second.kind == Kind::Object || (entry->second.kind == Kind::Whole && entry->second.whole == "{}"));
}

std::vector<std::string> FilePieces::takeList(const std::string& key) {
    Entry& entry = entries_[key];
    std::vector<std::string> items = std::move(entry.items);
    entry = Entry{};
    entry.whole = "[]";
    return items;
}

void FilePieces::setList(const std::string& key, std::vector<std::string> items) {
    Entry& entry = entries_[key];
    entry = Entry{};
    if (items.empty()) {
        entry.whole = "[]";
        return;
    }
    entry.kind = Kind::List;
    entry.items = std::move(items);
}

void FilePieces::appendItem(const std::string& key, const json& item) {
    Entry& entry = entries_[key];
    entry.kind = Kind::List;
    entry.whole.clear();
    entry.items.push_back(itemPiece(item));
}

void FilePieces::setMember(const std::string& key, const std::string& member, const json& value) {
    Entry& entry = entries_[key];
    entry.kind = Kind::Object;
    entry.whole.clear();
    entry.members[member] = memberPiece(member, value);
}

void FilePieces::eraseMember(const std::string& key, const std::string& member) {
    const auto found = entries_.find(key);
    if (found == entries_.end() || found->second.kind != Kind::Object)
        return;
    Entry& entry = found->second;
    entry.members.erase(member);
    if (entry.members.empty()) {
        entry.kind = Kind::Whole;
        entry.whole = "{}";
    }
}

}  // namespace ets
