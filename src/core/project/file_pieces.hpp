#pragma once
// The text of a JSON object as the project file writes it (nlohmann's dump with an indent of 2), kept in pieces: each
// top-level entry, and in an entry that is a list or an object each item or member apart. A save that changed a few
// records re-serializes only their pieces and joins the rest as they were; text() is byte for byte the dump of the
// whole object, so that the file never depends on which path wrote it.

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace ets {

class FilePieces {
public:
    FilePieces() = default;
    // The pieces of `object` (a JSON object; anything else gives no pieces).
    static FilePieces of(const nlohmann::json& object);
    // The same, reusing the pieces of `before` (`beforePieces`, which must be FilePieces::of(before) or follow it
    // exactly) for the entries, items in place and members whose values are the same: a merge changes a few records
    // of a file and adds the other office's, and re-serializing the whole file was a tenth of its cost.
    static FilePieces of(const nlohmann::json& object, const nlohmann::json& before, FilePieces&& beforePieces);

    // The whole text: object.dump(2, ' ', false, replace) for the object the pieces stand for.
    std::string text() const;

    // Puts `value` as the entry `key`, cut in pieces again.
    void setEntry(const std::string& key, const nlohmann::json& value);
    bool hasEntry(const std::string& key) const { return entries_.count(key) != 0; }

    // An entry that is a list, as the pieces of its items (empty for an empty list); null when the entry is no list
    // (or missing). The pieces are those itemPiece() makes.
    const std::vector<std::string>* listItems(const std::string& key) const;
    // Takes the pieces of the list `key` out (the entry is then an empty list until setList).
    std::vector<std::string> takeList(const std::string& key);
    // Puts the list `key` as these pieces of items (in this order).
    void setList(const std::string& key, std::vector<std::string> items);
    // Appends an item to the list `key` (which must be a list).
    void appendItem(const std::string& key, const nlohmann::json& item);

    // In the entry `key` (which must be an object): sets or removes one member.
    void setMember(const std::string& key, const std::string& member, const nlohmann::json& value);
    void eraseMember(const std::string& key, const std::string& member);
    bool isObject(const std::string& key) const;
    bool isList(const std::string& key) const;

    // The piece of one item of a top-level list, as text() joins it.
    static std::string itemPiece(const nlohmann::json& item);

private:
    enum class Kind { Whole, List, Object };
    struct Entry {
        Kind kind = Kind::Whole;
        std::string whole;                           // a value not cut (not a list nor object, or an empty one)
        std::vector<std::string> items;              // a list's items
        std::map<std::string, std::string> members;  // an object's members, in the dump's order (sorted keys)
    };
    static Entry entryOf(const nlohmann::json& value);
    static std::string memberPiece(const std::string& member, const nlohmann::json& value);

    std::map<std::string, Entry> entries_;  // sorted as nlohmann's object sorts its keys
};

}  // namespace ets
