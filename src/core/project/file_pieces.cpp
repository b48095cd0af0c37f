#include "core/project/file_pieces.hpp"

#include <cstring>

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

// Whether two values dump to the same text: json's == takes 0.0 for -0.0 and 1 for 1u, which are written apart.
bool identical(const json& a, const json& b) {
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case json::value_t::object: {
        if (a.size() != b.size())
            return false;
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y)
            if (x.key() != y.key() || !identical(*x, *y))
                return false;
        return true;
    }
    case json::value_t::array: {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!identical(a[i], b[i]))
                return false;
        return true;
    }
    case json::value_t::number_float: {
        const double x = a.get<double>(), y = b.get<double>();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    default:
        return a == b;  // strings, integers of one signedness, booleans, null
    }
}

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

FilePieces FilePieces::of(const json& object, const json& before, FilePieces&& beforePieces) {
    if (!object.is_object() || !before.is_object())
        return of(object);
    FilePieces pieces;
    for (const auto& [key, value] : object.items()) {
        const auto was = before.find(key);
        const auto old = beforePieces.entries_.find(key);
        Entry entry;
        if (was == before.end() || old == beforePieces.entries_.end()) {
            entry = entryOf(value);
        } else if (identical(*was, value)) {
            entry = std::move(old->second);
        } else if (value.is_array() && !value.empty() && was->is_array() && old->second.kind == Kind::List &&
                   old->second.items.size() == was->size()) {
            // Item by item where they stayed in place (a merge adds the other office's lines, changes a few).
            entry.kind = Kind::List;
            entry.items.reserve(value.size());
            for (std::size_t i = 0; i < value.size(); ++i)
                entry.items.push_back(i < was->size() && identical((*was)[i], value[i])
                                          ? std::move(old->second.items[i])
                                          : itemPiece(value[i]));
        } else if (value.is_object() && !value.empty() && was->is_object() && old->second.kind == Kind::Object &&
                   old->second.members.size() == was->size()) {
            entry.kind = Kind::Object;
            for (const auto& [member, memberValue] : value.items()) {
                const auto wasMember = was->find(member);
                const auto oldPiece = old->second.members.find(member);
                entry.members.emplace_hint(entry.members.end(), member,
                                           wasMember != was->end() && oldPiece != old->second.members.end() &&
                                                   identical(*wasMember, memberValue)
                                               ? std::move(oldPiece->second)
                                               : memberPiece(member, memberValue));
            }
        } else {
            entry = entryOf(value);
        }
        pieces.entries_.emplace_hint(pieces.entries_.end(), key, std::move(entry));
    }
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
