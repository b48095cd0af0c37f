#include "core/project/project_merge.hpp"

#include "core/text/names.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace ets {
namespace {

using nlohmann::json;

// Parts of the file that are not records: its layout version, the merge's own bookkeeping, and the index of passages
// (derived from the transcripts, kept apart by each office).
const std::set<std::string> kNotRecords = {"schemaVersion",     "revisions", "deleted",    "conflicts",
                                           "conflictsReviewed", "passages",  "transcripts"};

// Collections whose items are known by another field than "id"; names compare as the core compares names.
struct KeyField {
    const char* collection;
    const char* field;
    bool isName;
};
const KeyField kKeyFields[] = {{"referents", "name", true},
                               {"people", "name", true},
                               {"committee.priorities", "themeId", false},
                               {"committee.slots", "slot", false},
                               {"pendingRewrites", "transcript", false}};
// The committee's lists are records of their own: two people setting two priorities must both be kept.
const char* const kCommitteeLists[] = {"priorities", "slots"};
const char* const kProject = "project";  // the file's own fields (its name) as one record

const KeyField* keyFieldOf(const std::string& collection) {
    for (const KeyField& known : kKeyFields)
        if (collection == known.collection)
            return &known;
    return nullptr;
}

// The key of an item of a collection whose key field is `field` (null: "id"), or empty when it has none (the list is
// then kept whole). The field is looked up once per list: a merge reads every item of five files.
std::string keyOf(const KeyField* field, const json& item) {
    if (!item.is_object())
        return {};
    const auto value = item.find(field ? field->field : "id");
    if (value == item.end())
        return {};
    if (value->is_string()) {
        const std::string& text = value->get_ref<const std::string&>();
        return field && field->isName ? nameKey(text) : text;
    }
    if (value->is_number_integer())
        return value->dump();
    return {};
}

std::string itemKey(const std::string& collection, const json& item) { return keyOf(keyFieldOf(collection), item); }

bool keyedList(const std::string& collection, const json& list) {
    if (!list.is_array() || list.empty())
        return false;
    const KeyField* field = keyFieldOf(collection);
    return std::all_of(list.begin(), list.end(), [&](const json& item) {
        if (!field && item.is_object()) {  // an id: a key when it is a string that is not empty (no copy made)
            const auto id = item.find("id");
            if (id != item.end() && id->is_string())
                return !id->get_ref<const std::string&>().empty();
        }
        return !keyOf(field, item).empty();
    });
}

// A file seen as records: "collection/key" for the items of a collection, the part's name for a part.
struct Records {
    std::map<std::string, json> values;
    std::map<std::string, std::vector<std::string>> order;  // collection → its records' keys, in the file's order
    std::set<std::string> collections;                      // every collection the file has, empty ones included
};

bool isCollection(const std::string& name, const json& value) {
    if (!value.is_array())
        return false;
    return value.empty()
               ? (name == "themes" || name == "organisations" || name == "interviews" || name == "hours" ||
                  name == "analyses" || name == "passageMarks" || name == "carriers" || name == "invoices" ||
                  keyFieldOf(name) != nullptr)
               : keyedList(name, value);
}

// Calls `onCollection(name)` for each collection of the file and `onRecord(collection, key, value)` for each record:
// the items of the collections (collection named), the parts, and the file's own fields as one record (collection
// empty). The parts made up here (the committee's fields that are no collection, the file's own fields) are
// temporaries: a caller that keeps them copies them.
template <typename OnCollection, typename OnRecord>
void forEachRecord(const json& file, OnCollection onCollection, OnRecord onRecord,
                   const std::set<std::string>& leftOut = {}) {
    if (!file.is_object())
        return;
    const auto collection = [&](const std::string& name, const json& list) {
        onCollection(name);
        const KeyField* field = keyFieldOf(name);
        for (const json& item : list)
            onRecord(name, name + "/" + keyOf(field, item), item);
    };
    json project = json::object();
    for (const auto& [name, value] : file.items()) {
        if (kNotRecords.count(name) || leftOut.count(name))
            continue;
        if (name == "committee" && value.is_object()) {
            json rest = json::object();
            for (const auto& [field, part] : value.items()) {
                const std::string name = "committee." + field;
                if (isCollection(name, part))
                    collection(name, part);
                else
                    rest[field] = part;
            }
            onRecord(std::string(), std::string("committee"), rest);
        } else if (isCollection(name, value)) {
            collection(name, value);
        } else if (value.is_object()) {
            onRecord(std::string(), name, value);
        } else {
            project[name] = value;  // the name, and lists that are not collections: fields of the file itself
        }
    }
    onRecord(std::string(), std::string(kProject), project);
}

// The records of a file without copying them: pointers into the file, or into `madeUp` for the parts made up while
// reading it.
std::map<std::string, const json*> recordViews(const json& file, std::map<std::string, json>& madeUp,
                                               const std::set<std::string>& leftOut) {
    std::map<std::string, const json*> views;
    forEachRecord(
        file, [](const std::string&) {},
        [&](const std::string& collection, const std::string& key, const json& value) {
            if (!collection.empty() || (file.contains(key) && &file[key] == &value))
                views.emplace(key, &value);
            else
                views.emplace(key, &(madeUp[key] = value));
        },
        leftOut);
    return views;
}

// A file seen as records without copying them (the merge's three sides, which it only reads): as Records, each value
// a pointer into the file or into `madeUp`.
// Looked up by key only (the merge walks the keys in order from a set of its own): hashed, and each collection's order
// points at the keys stored once.
struct RecordViews {
    std::unordered_map<std::string, const json*> values;
    std::map<std::string, std::vector<const std::string*>> order;
    std::set<std::string> collections;
    std::map<std::string, json> madeUp;  // the parts made up while reading (nodes of a map: pointers stay valid)
};

RecordViews viewsOf(const json& file) {
    RecordViews views;
    forEachRecord(
        file, [&](const std::string& collection) { views.collections.insert(collection); },
        [&](const std::string& collection, const std::string& key, const json& value) {
            const auto [at, added] = views.values.try_emplace(key, &value);
            if (!added)
                return;  // of two records with one key, the first is the record
            if (!collection.empty())
                views.order[collection].push_back(&at->first);  // a node's key stays where it is
            else if (!file.contains(key) || &file[key] != &value)
                at->second = &(views.madeUp[key] = value);  // made up while reading: kept here
        });
    return views;
}

// The file's top-level entries that are the same in both: none of their records changed.
std::set<std::string> sameEntries(const json& a, const json& b) {
    std::set<std::string> same;
    if (!a.is_object() || !b.is_object())
        return same;
    for (const auto& [name, value] : a.items()) {
        const auto other = b.find(name);
        if (other != b.end() && *other == value)
            same.insert(name);
    }
    return same;
}

// Puts records back into a file of the shape `shape` had (its metadata and index are left to the caller).
json fileOf(Records&& records) {
    json file = json::object();
    for (auto& [key, value] : records.values) {
        if (key.find('/') != std::string::npos)
            continue;
        if (key == kProject) {
            for (const auto& [field, part] : value.items())
                file[field] = part;
        } else {
            file[key] = std::move(value);
        }
    }
    for (const std::string& collection : records.collections) {
        json list = json::array();
        if (const auto keys = records.order.find(collection); keys != records.order.end())
            for (const std::string& key : keys->second)
                if (const auto value = records.values.find(key); value != records.values.end())
                    list.push_back(std::move(value->second));  // each key once in an order (orderOf)
        if (collection.rfind("committee.", 0) == 0) {
            if (!file.contains("committee"))
                file["committee"] = json::object();
            file["committee"][collection.substr(10)] = std::move(list);
        } else {
            file[collection] = std::move(list);
        }
    }
    return file;
}

std::string collectionOf(const std::string& key) { return key.substr(0, key.find('/')); }

// Who last changed a record and when, and which changes of each person the record's version holds (a version vector:
// person → the time of their latest change it includes). The vector tells an older copy of this version (its changes
// are all held here) from a change made apart (it holds a change this version has not seen).
// A change of one field: who made it, when.
struct Stamp {
    std::string by;
    std::string at;
};

struct Revision {
    std::string by;
    std::string at;
    std::map<std::string, std::string> seen;
    std::map<std::string, Stamp> fields;  // the last change of each field changed since the record was made
};

Stamp stampOf(const json& stored) {
    return stored.is_object() ? Stamp{stored.value("by", std::string()), stored.value("at", std::string())} : Stamp{};
}

// True when the version whose vector is `seen` holds that change.
bool sees(const std::map<std::string, std::string>& seen, const Stamp& change) {
    const auto held = seen.find(change.by);
    return held != seen.end() && held->second >= change.at;
}

Revision revisionOf(const json& file, const std::string& key) {
    Revision revision;
    if (!file.is_object() || !file.contains("revisions") || !file["revisions"].is_object() ||
        !file["revisions"].contains(key))
        return revision;
    const json& stored = file["revisions"][key];
    if (!stored.is_object())
        return revision;
    revision.by = stored.value("by", std::string());
    revision.at = stored.value("at", std::string());
    if (stored.contains("seen") && stored["seen"].is_object())
        for (const auto& [who, when] : stored["seen"].items())
            if (when.is_string())
                revision.seen[who] = when.get<std::string>();
    if (stored.contains("fields") && stored["fields"].is_object())
        for (const auto& [field, change] : stored["fields"].items())
            revision.fields[field] = stampOf(change);
    if (!revision.by.empty() && revision.seen[revision.by] < revision.at)
        revision.seen[revision.by] = revision.at;
    return revision;
}

// Later revision first; at the same moment, the one of the name that sorts last (any fixed rule will do: both
// offices must choose alike).
bool later(const Revision& a, const Revision& b) { return a.at != b.at ? a.at > b.at : a.by > b.by; }

// True when `a` holds every change `b` holds.
bool holds(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b) {
    return std::all_of(b.begin(), b.end(), [&](const auto& change) {
        const auto mine = a.find(change.first);
        return mine != a.end() && mine->second >= change.second;
    });
}

std::map<std::string, std::string> bothSeen(std::map<std::string, std::string> a,
                                            const std::map<std::string, std::string>& b) {
    for (const auto& [who, when] : b)
        if (a[who] < when)
            a[who] = when;
    return a;
}

json revisionJson(const Revision& revision) {
    json seen = json::object();
    for (const auto& [who, when] : revision.seen)
        seen[who] = when;
    json stored = {{"by", revision.by}, {"at", revision.at}, {"seen", seen}};
    if (!revision.fields.empty()) {
        json fields = json::object();
        for (const auto& [field, change] : revision.fields)
            fields[field] = {{"by", change.by}, {"at", change.at}};
        stored["fields"] = fields;
    }
    return stored;
}

// The later of two changes (same rule as later()).
bool laterStamp(const Stamp& a, const Stamp& b) { return a.at != b.at ? a.at > b.at : a.by > b.by; }

std::map<std::string, json> tombstonesOf(const json& file) {
    std::map<std::string, json> tombstones;
    if (file.is_object() && file.contains("deleted") && file["deleted"].is_array())
        for (const json& tombstone : file["deleted"])
            if (tombstone.is_object() && tombstone.contains("record") && tombstone["record"].is_string())
                tombstones[tombstone["record"].get<std::string>()] = tombstone;
    return tombstones;
}

// The tombstone deletes a record when it had seen the record's version: every change that version holds (files with
// no vectors in their tombstones: the time of the change it had seen).
bool deletes(const std::map<std::string, json>& tombstones, const std::string& key, const Revision& changed) {
    const auto tombstone = tombstones.find(key);
    if (tombstone == tombstones.end())
        return false;
    const json& stored = tombstone->second;
    if (stored.contains("seenBy") && stored["seenBy"].is_object()) {
        std::map<std::string, std::string> seen;
        for (const auto& [who, when] : stored["seenBy"].items())
            if (when.is_string())
                seen[who] = when.get<std::string>();
        return holds(seen, changed.seen);
    }
    return stored.value("seen", std::string()) >= changed.at;
}

std::string text(const json& value) { return value.is_null() ? std::string() : value.dump(); }

std::string reviewedOf(const json& file) {
    return file.is_object() && file.contains("conflictsReviewed") && file["conflictsReviewed"].is_string()
               ? file["conflictsReviewed"].get<std::string>()
               : std::string();
}

class Merger {
public:
    Merger(const json& base, const json& ours, const json& theirs, std::string at)
        : base_(viewsOf(base)), ours_(viewsOf(ours)), theirs_(viewsOf(theirs)), baseFile_(base), oursFile_(ours),
          theirsFile_(theirs), ourTombstones_(tombstonesOf(ours)), theirTombstones_(tombstonesOf(theirs)),
          at_(std::move(at)) {}

    MergedFile run() {
        Records merged;
        merged.collections = ours_.collections;
        merged.collections.insert(theirs_.collections.begin(), theirs_.collections.end());
        std::set<std::string> keys;
        for (const auto& [key, value] : ours_.values)
            keys.insert(key);
        for (const auto& [key, value] : theirs_.values)
            keys.insert(key);
        for (const std::string& key : keys)
            mergeRecord(key, merged);
        for (const std::string& collection : merged.collections)
            merged.order[collection] = orderOf(collection, merged);
        repair(merged);

        MergedFile result;
        result.file = fileOf(std::move(merged));
        result.file["schemaVersion"] = oursFile_.value("schemaVersion", json(1));
        result.file["revisions"] = std::move(revisions_);  // run() is the merger's last step
        result.file["deleted"] = mergedTombstones();
        // Conflicts a person has reviewed (vnd.ets:Conflicts) are forgotten on both sides.
        const std::string reviewed = std::max(reviewedOf(oursFile_), reviewedOf(theirsFile_));
        json conflicts = json::array();
        for (const json* side : {&oursFile_, &theirsFile_})
            if (side->is_object() && side->contains("conflicts") && (*side)["conflicts"].is_array())
                for (const json& conflict : (*side)["conflicts"])
                    if (conflict.value("at", std::string()) > reviewed &&
                        std::find(conflicts.begin(), conflicts.end(), conflict) == conflicts.end())
                        conflicts.push_back(conflict);
        for (const MergeConflict& conflict : conflicts_)
            conflicts.push_back(conflictJson(conflict));
        result.file["conflicts"] = conflicts;
        if (!reviewed.empty())
            result.file["conflictsReviewed"] = reviewed;
        result.conflicts = std::move(conflicts_);
        return result;
    }

private:
    void keep(Records& merged, const std::string& key, json value, const Revision& revision) {
        merged.values[key] = std::move(value);
        if (!revision.at.empty() || !revision.by.empty())
            revisions_[key] = revisionJson(revision);
    }

    void mergeRecord(const std::string& key, Records& merged) {
        const auto mine = ours_.values.find(key);
        const auto other = theirs_.values.find(key);
        const Revision myRevision = revisionOf(oursFile_, key);
        const Revision otherRevision = revisionOf(theirsFile_, key);
        if (mine != ours_.values.end() && other != theirs_.values.end()) {
            Revision newest = later(otherRevision, myRevision) ? otherRevision : myRevision;
            newest.seen = bothSeen(myRevision.seen, otherRevision.seen);  // the merge holds both sides' changes
            json value = mergeValues(key, *mine->second, *other->second, myRevision, otherRevision);
            newest.fields = keptFieldChanges(value, *mine->second, *other->second, myRevision, otherRevision);
            keep(merged, key, std::move(value), newest);
            return;
        }
        // On one side only: new there, or deleted on the other side (only a tombstone says so).
        const bool onlyMine = mine != ours_.values.end();
        const json& value = onlyMine ? *mine->second : *other->second;
        const Revision& revision = onlyMine ? myRevision : otherRevision;
        const auto& tombstones = onlyMine ? theirTombstones_ : ourTombstones_;
        if (deletes(tombstones, key, revision))
            return;
        if (const auto tombstone = tombstones.find(key); tombstone != tombstones.end())
            conflicts_.push_back({key, "", text(value), "deleted", tombstone->second.value("by", std::string()), at_});
        keep(merged, key, value, revision);
    }

    json mergeValues(const std::string& key, const json& mine, const json& other, const Revision& myRevision,
                     const Revision& otherRevision) {
        if (mine == other)
            return mine;
        // A side whose version the other holds whole is an older copy (a sync client brought back an old version, or
        // the other office simply saw it): the newer side wins whole, so that nothing already merged is taken back.
        const bool stamped = !myRevision.seen.empty() || !otherRevision.seen.empty();  // else: no revisions yet
        if (stamped && holds(myRevision.seen, otherRevision.seen))
            return mine;
        if (stamped && holds(otherRevision.seen, myRevision.seen))
            return other;
        // Changed on both sides apart. The version this office last read is their common ancestor when both sides
        // hold it: a field only one side changed then takes that change. Without one (a copy made while apart from
        // an older version), every field that differs is a value both changed.
        const Revision base = revisionOf(baseFile_, key);
        const auto baseRecord = base_.values.find(key);
        const bool ancestor = baseRecord != base_.values.end() && holds(myRevision.seen, base.seen) &&
                              holds(otherRevision.seen, base.seen);
        const json* baseValue = ancestor ? baseRecord->second : nullptr;
        if (!mine.is_object() || !other.is_object())
            return mergeField(key, "", baseValue, mine, other, myRevision, otherRevision);
        json merged = json::object();
        std::set<std::string> fields;
        for (const auto& [field, value] : mine.items())
            fields.insert(field);
        for (const auto& [field, value] : other.items())
            fields.insert(field);
        for (const std::string& field : fields) {
            const json mineValue = mine.contains(field) ? mine[field] : json();
            const json otherValue = other.contains(field) ? other[field] : json();
            const json* baseField =
                baseValue && baseValue->is_object() && baseValue->contains(field) ? &(*baseValue)[field] : nullptr;
            const json value = mergeField(key, field, baseField, mineValue, otherValue, myRevision, otherRevision);
            if (!value.is_null())
                merged[field] = value;
        }
        return merged;
    }

    // The field changes the merged record carries: for each field, the change of the side whose value it took.
    static std::map<std::string, Stamp> keptFieldChanges(const json& value, const json& mine, const json& other,
                                                         const Revision& myRevision, const Revision& otherRevision) {
        std::map<std::string, Stamp> fields;
        const auto valueOf = [](const json& record, const std::string& field) {
            return record.is_object() && record.contains(field) ? record[field] : json();
        };
        for (const Revision* side : {&myRevision, &otherRevision})
            for (const auto& [field, change] : side->fields) {
                const json kept = valueOf(value, field);
                const auto mineChange = myRevision.fields.find(field);
                const auto otherChange = otherRevision.fields.find(field);
                const bool fromMine = mineChange != myRevision.fields.end() && kept == valueOf(mine, field);
                const bool fromOther = otherChange != otherRevision.fields.end() && kept == valueOf(other, field);
                if (fromMine && fromOther)
                    fields[field] =
                        laterStamp(otherChange->second, mineChange->second) ? otherChange->second : mineChange->second;
                else if (fromMine)
                    fields[field] = mineChange->second;
                else if (fromOther)
                    fields[field] = otherChange->second;
            }
        return fields;
    }

    json mergeField(const std::string& key, const std::string& field, const json* base, const json& mine,
                    const json& other, const Revision& myRevision, const Revision& otherRevision) {
        if (mine == other)
            return mine;
        // Which side changed the field since the other last saw it, as the field's own stamps say.
        const auto mineChange = myRevision.fields.find(field);
        const auto otherChange = otherRevision.fields.find(field);
        const bool mineUnseen = mineChange != myRevision.fields.end() && !sees(otherRevision.seen, mineChange->second);
        const bool otherUnseen =
            otherChange != otherRevision.fields.end() && !sees(myRevision.seen, otherChange->second);
        if (mineUnseen && !otherUnseen)
            return mine;
        if (otherUnseen && !mineUnseen)
            return other;
        if (!mineUnseen && !otherUnseen) {  // no stamps to tell: the common ancestor, when there is one
            if (base && *base == mine)
                return other;  // changed over there only
            if (base && *base == other)
                return mine;  // changed here only
        }
        const bool otherWins = later(otherRevision, myRevision);
        const json& kept = otherWins ? other : mine;
        const json& setAside = otherWins ? mine : other;
        conflicts_.push_back(
            {key, field, text(kept), text(setAside), (otherWins ? myRevision : otherRevision).by, at_});
        return kept;
    }

    std::vector<std::string> orderOf(const std::string& collection, const Records& merged) const {
        std::vector<std::string> keys;
        std::set<std::string> placed;  // a thousand lines of hours: a set, not a search of the list for each
        // The file's order first, then what this office adds: every office converges on the same order.
        for (const RecordViews* side : {&theirs_, &ours_})
            if (const auto order = side->order.find(collection); order != side->order.end())
                for (const std::string* key : order->second)
                    if (merged.values.count(*key) && placed.insert(*key).second)
                        keys.push_back(*key);
        return keys;
    }

    json mergedTombstones() const {
        std::map<std::string, json> all = ourTombstones_;
        for (const auto& [key, tombstone] : theirTombstones_) {
            const auto mine = all.find(key);
            if (mine == all.end() || tombstone.value("seen", std::string()) > mine->second.value("seen", std::string()))
                all[key] = tombstone;
        }
        json list = json::array();
        for (const auto& [key, tombstone] : all)
            list.push_back(tombstone);
        return list;
    }

    // What one side added may point at what the other side deleted, and two sides may have given one name to two
    // records: the merged file must still open.
    void repair(Records& merged) {
        std::set<std::string> themes, organisations;
        for (const auto& [key, value] : merged.values) {
            if (collectionOf(key) == "themes" && key != "themes")
                themes.insert(key.substr(7));
            if (collectionOf(key) == "organisations" && key != "organisations")
                organisations.insert(key.substr(14));
        }
        for (auto& [key, value] : merged.values) {
            const std::string collection = collectionOf(key);
            if (collection == "themes" && key != "themes")
                cut(key, value, "parentId", themes);
            if ((collection == "interviews" || collection == "hours") && key != collection)
                cut(key, value, "organisationId", organisations);
        }
        breakThemeLoops(merged, themes);
        for (const char* collection : {"themes", "organisations"})
            tellApart(merged, collection);
    }

    void cut(const std::string& key, json& value, const char* field, const std::set<std::string>& known) {
        if (!value.is_object() || !value.contains(field) || !value[field].is_string())
            return;
        const std::string target = value[field].get<std::string>();
        if (target.empty() || known.count(target))
            return;
        conflicts_.push_back({key, field, "\"\"", text(value[field]), "", at_});
        value[field] = "";
    }

    void breakThemeLoops(Records& merged, const std::set<std::string>& themes) {
        for (const std::string& id : themes) {
            std::set<std::string> seen{id};
            std::string current = id;
            for (;;) {
                json& theme = merged.values["themes/" + current];
                const std::string parent = theme.is_object() ? theme.value("parentId", std::string()) : std::string();
                if (parent.empty())
                    break;
                if (!seen.insert(parent).second) {
                    // One side put A under B while the other put B under A: A goes back to the top.
                    json& first = merged.values["themes/" + id];
                    conflicts_.push_back({"themes/" + id, "parentId", "\"\"", text(first["parentId"]), "", at_});
                    first["parentId"] = "";
                    break;
                }
                current = parent;
            }
        }
    }

    void tellApart(Records& merged, const std::string& collection) {
        std::set<std::string> names;
        const auto order = merged.order.find(collection);
        if (order == merged.order.end())
            return;
        for (const std::string& key : order->second) {
            json& value = merged.values[key];
            if (!value.is_object() || !value.contains("name") || !value["name"].is_string())
                continue;
            const std::string name = value["name"].get<std::string>();
            std::string unique = name;
            for (int n = 2; !names.insert(nameKey(unique)).second; ++n)
                unique = name + " (" + std::to_string(n) + ")";
            if (unique != name) {
                conflicts_.push_back({key, "name", text(json(unique)), text(json(name)), "", at_});
                value["name"] = unique;
            }
        }
    }

    RecordViews base_, ours_, theirs_;
    const json& baseFile_;
    const json& oursFile_;
    const json& theirsFile_;
    std::map<std::string, json> ourTombstones_, theirTombstones_;
    std::string at_;
    json revisions_ = json::object();
    std::vector<MergeConflict> conflicts_;
};

}  // namespace

std::vector<std::string> changedFields(const json& before, const json& now) {
    std::vector<std::string> fields;
    if (!before.is_object() || !now.is_object())
        return fields;
    for (const auto& [field, value] : now.items())
        if (!before.contains(field) || before[field] != value)
            fields.push_back(field);
    for (const auto& [field, value] : before.items())
        if (!now.contains(field))
            fields.push_back(field);
    return fields;
}

std::string recordKey(const std::string& collection, const json& item) { return itemKey(collection, item); }

Stamps stampsOf(const json& base, const std::vector<RecordChange>& changed, const std::vector<std::string>& gone,
                const std::string& who, const std::string& at) {
    Stamps stamps;
    for (const RecordChange& change : changed) {
        Revision revision = revisionOf(base, change.key);  // the changes this one is made on
        revision.by = who;
        revision.at = at;
        revision.seen[who] = at;
        for (const std::string& field : change.fields)
            revision.fields[field] = {who, at};
        stamps.revisions.emplace_back(change.key, revisionJson(revision));
    }
    for (const std::string& key : gone) {
        const Revision seen = revisionOf(base, key);
        stamps.tombstones.emplace_back(
            key,
            json{{"record", key}, {"by", who}, {"at", at}, {"seen", seen.at}, {"seenBy", revisionJson(seen)["seen"]}});
    }
    return stamps;
}

void stampChanges(const json& base, json& ours, const std::string& who, const std::string& at) {
    // A save changes one or two lists: the others, equal as a whole, are not looked at record by record.
    const std::set<std::string> same = sameEntries(base, ours);
    std::map<std::string, json> madeUpBefore, madeUpNow;
    const std::map<std::string, const json*> before = recordViews(base, madeUpBefore, same);
    std::vector<RecordChange> changed;
    std::vector<std::string> gone;  // in the order of their keys
    {
        const std::map<std::string, const json*> now = recordViews(ours, madeUpNow, same);
        for (const auto& [key, value] : now) {
            const auto previous = before.find(key);
            if (previous == before.end())
                changed.push_back({key, {}});  // made now: its fields are as made
            else if (*previous->second != *value)
                changed.push_back({key, changedFields(*previous->second, *value)});
        }
        for (const auto& [key, value] : before)
            if (!now.count(key) && key.find('/') != std::string::npos)
                gone.push_back(key);
    }
    // `ours` is changed only now: the views above pointed into it.
    if (!ours.contains("revisions") || !ours["revisions"].is_object())
        ours["revisions"] = json::object();
    if (!ours.contains("deleted") || !ours["deleted"].is_array())
        ours["deleted"] = json::array();
    Stamps stamps = stampsOf(base, changed, gone, who, at);
    for (auto& [key, revision] : stamps.revisions)
        ours["revisions"][key] = std::move(revision);
    for (auto& [key, tombstone] : stamps.tombstones) {
        ours["deleted"].push_back(std::move(tombstone));
        ours["revisions"].erase(key);
    }
}

MergedFile mergeProjectFiles(const json& base, const json& ours, const json& theirs, const std::string& at) {
    return Merger(base, ours, theirs, at).run();
}

json conflictJson(const MergeConflict& conflict) {
    return {{"record", conflict.record}, {"field", conflict.field},     {"kept", conflict.kept},
            {"other", conflict.other},   {"otherBy", conflict.otherBy}, {"at", conflict.at}};
}

std::vector<MergeConflict> conflictsOf(const json& file) {
    std::vector<MergeConflict> conflicts;
    if (!file.is_object() || !file.contains("conflicts") || !file["conflicts"].is_array())
        return conflicts;
    const std::string reviewed = reviewedOf(file);
    for (const json& conflict : file["conflicts"])
        if (conflict.is_object() && conflict.value("at", std::string()) > reviewed)
            conflicts.push_back({conflict.value("record", std::string()), conflict.value("field", std::string()),
                                 conflict.value("kept", std::string()), conflict.value("other", std::string()),
                                 conflict.value("otherBy", std::string()), conflict.value("at", std::string())});
    return conflicts;
}

}  // namespace ets
