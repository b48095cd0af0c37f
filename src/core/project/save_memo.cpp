#include "core/project/save_memo.hpp"

#include "core/project/method_json.hpp"
#include "core/project/project_json.hpp"
#include "core/project/same_values.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

using nlohmann::json;

namespace ets {
namespace {

// Items that stayed where they were keep the memo's position; the others are found by their key.
template <typename Item>
bool sameAt(const std::vector<Item>& now, const std::vector<Item>& kept, std::size_t i) {
    return i < kept.size() && same(now[i], kept[i]);
}

// One list of records compared with the memo's: the changes stampChanges would find (records made, changed, gone;
// each change made by comparing the records' JSON, as it does), and where each item of the new list comes from.
// False when the list cannot be followed exactly (an item without a key, or a key twice: the merge's reading of such a
// list is not record by record).
template <typename Item>
bool compareList(const std::string& collection, const std::vector<Item>& now, const std::vector<Item>& kept,
                 const json& baseList, json (*toJson)(const Item&), std::vector<RecordChange>& changed,
                 std::vector<std::string>& gone, PreparedSave::List& list, bool withPieces) {
    if (!baseList.is_array() || baseList.size() != kept.size())
        return false;
    std::map<std::string, std::size_t> keptIndex;
    std::vector<const std::string*> keptKeys(kept.size());
    for (std::size_t j = 0; j < kept.size(); ++j) {
        const auto added = keptIndex.emplace(recordKey(collection, baseList[j]), j);
        if (added.first->first.empty() || !added.second)
            return false;
        keptKeys[j] = &added.first->first;
    }
    std::set<std::string> nowKeys;
    list.from.assign(now.size(), 0);
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (sameAt(now, kept, i)) {
            if (!nowKeys.insert(*keptKeys[i]).second)
                return false;
            list.from[i] = static_cast<std::ptrdiff_t>(i);
            continue;
        }
        json item = toJson(now[i]);
        const std::string key = recordKey(collection, item);
        if (key.empty() || !nowKeys.insert(key).second)
            return false;
        const std::string record = collection + "/" + key;
        const auto before = keptIndex.find(key);
        if (before != keptIndex.end() && same(now[i], kept[before->second])) {
            list.from[i] = static_cast<std::ptrdiff_t>(before->second);  // moved, unchanged
            continue;
        }
        if (before == keptIndex.end())
            changed.push_back({record, {}});  // made now
        else if (baseList[before->second] != item)
            changed.push_back({record, changedFields(baseList[before->second], item)});
        list.from[i] = -1 - static_cast<std::ptrdiff_t>(list.made.size());
        if (withPieces)
            list.madePieces.push_back(FilePieces::itemPiece(item));
        list.made.push_back(std::move(item));
    }
    for (const auto& [key, index] : keptIndex)
        if (!nowKeys.count(key))
            gone.push_back(collection + "/" + key);
    return true;
}

// A list of the project file's top level, in the memo's terms.
template <typename Item>
struct ListPart {
    const char* key;
    std::vector<Item> Project::*member;
    json (*toJson)(const Item&);
};

// An object of the top level (one record of the merge, under its own key).
template <typename Part>
bool comparePart(const char* key, const Part& now, const Part& kept, json (*toJson)(const Part&), const json& base,
                 std::vector<RecordChange>& changed, std::vector<PreparedSave::Whole>& wholes) {
    if (same(now, kept))
        return true;
    if (!base.is_object() || !base.contains(key))
        return false;
    json value = toJson(now);
    if (base[key] != value)
        changed.push_back({key, changedFields(base[key], value)});
    wholes.push_back({key, std::move(value)});
    return true;
}

template <typename Item>
bool compareTopList(const ListPart<Item>& part, bool mayDiffer, const Project& now, const Project& kept,
                    const json& base, std::vector<RecordChange>& changed, std::vector<std::string>& gone,
                    PreparedSave& save) {
    const std::vector<Item>& items = now.*part.member;
    const std::vector<Item>& keptItems = kept.*part.member;
    if (!mayDiffer || same(items, keptItems))
        return true;
    if (!base.contains(part.key))
        return false;
    PreparedSave::List list;
    list.key = part.key;
    if (!compareList(part.key, items, keptItems, base[part.key], part.toJson, changed, gone, list, true))
        return false;
    save.lists.push_back(std::move(list));
    return true;
}

json nameToJson(const std::string& name) { return name; }

// The committee's two lists are collections of records inside one object: compared as lists for the stamps, the
// object written whole (it is small).
bool compareCommittee(const Project& now, const Project& kept, const json& base, std::vector<RecordChange>& changed,
                      std::vector<std::string>& gone, PreparedSave& save) {
    if (same(now.committee, kept.committee))
        return true;
    if (!base.contains("committee") || !base["committee"].is_object() || base["committee"].size() != 2)
        return false;
    const json& committee = base["committee"];
    if (!committee.contains("priorities") || !committee.contains("slots"))
        return false;
    PreparedSave::List ignored;
    const auto priority = [](const ThemePriority& item) {
        return json{{"themeId", item.themeId}, {"priority", item.priority}};
    };
    const auto slot = [](const SlotChoice& item) { return json{{"slot", item.slot}, {"themeId", item.themeId}}; };
    if (!compareList<ThemePriority>("committee.priorities", now.committee.priorities, kept.committee.priorities,
                                    committee["priorities"], +priority, changed, gone, ignored, false) ||
        !compareList<SlotChoice>("committee.slots", now.committee.slots, kept.committee.slots, committee["slots"],
                                 +slot, changed, gone, ignored, false))
        return false;
    save.wholes.push_back({"committee", committeeToJson(now.committee)});
    return true;
}

// The memo's copy made equal to the project's list, copying only the items that differ.
template <typename Item>
void follow(std::vector<Item>& kept, const std::vector<Item>& items) {
    if (kept.size() > items.size())
        kept.resize(items.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        if (!same(kept[i], items[i]))
            kept[i] = items[i];
    kept.insert(kept.end(), items.begin() + static_cast<std::ptrdiff_t>(kept.size()), items.end());
}

// The memo's passages made equal to the project's; `known` when they are already (same generation, or compared equal
// just before): the memo's copy then only takes the project's generation, so that the next save need not compare them.
template <typename Item>
void follow(TrackedList<Item>& kept, const TrackedList<Item>& items, bool known) {
    if (!known && kept.generation() != items.generation())
        follow(kept.edit(), items.items());
    kept.markCopyOf(items);
}

template <typename Part>
void follow(Part& kept, const Part& part) {
    if (!same(kept, part))
        kept = part;
}

// The memo's project made equal to `project`; the records that stayed are not copied again, and the parts `changed`
// says are the same are not even compared again.
void followProject(Project& kept, const Project& project, const ChangedParts& changed) {
    kept.schemaVersion = project.schemaVersion;
    kept.name = project.name;
    if (changed.themes)
        follow(kept.themes, project.themes);
    if (changed.organisations)
        follow(kept.organisations, project.organisations);
    if (changed.interviews)
        follow(kept.interviews, project.interviews);
    follow(kept.passages, project.passages, !changed.passages);
    if (changed.hours)
        follow(kept.hours, project.hours);
    if (changed.transcripts)
        follow(kept.transcripts, project.transcripts);
    if (changed.settings)
        follow(kept.settings, project.settings);
    follow(kept.people, project.people);
    follow(kept.referents, project.referents);
    follow(kept.guide, project.guide);
    follow(kept.cycle, project.cycle);
    follow(kept.phase, project.phase);
    follow(kept.committee, project.committee);
    follow(kept.pendingRewrites, project.pendingRewrites);
    follow(kept.analyses, project.analyses);
    follow(kept.passageMarks, project.passageMarks);
    follow(kept.carriers, project.carriers);
    follow(kept.invoices, project.invoices);
}

// Whether two lists hold the same links (ids, parents) in the same places: what the checks of ids and references read.
template <typename Item, typename Links>
bool sameLinks(const std::vector<Item>& a, const std::vector<Item>& b, Links links) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (links(a[i]) != links(b[i]))
            return false;
    return true;
}

}  // namespace

ChangedParts changedParts(const SaveMemo& memo, const Project& project) {
    if (!memo.valid)
        return ChangedParts{};
    const Project& kept = memo.kept;
    ChangedParts changed;
    changed.settings = !same(project.settings, kept.settings);
    changed.themes = !same(project.themes, kept.themes);
    changed.themeLinks = changed.themes && !sameLinks(project.themes, kept.themes, [](const Theme& theme) {
                             return std::tie(theme.id, theme.parentId);
                         });
    changed.organisations = !same(project.organisations, kept.organisations);
    changed.organisationIds =
        changed.organisations && !sameLinks(project.organisations, kept.organisations,
                                            [](const Organisation& organisation) { return std::tie(organisation.id); });
    changed.interviews = !same(project.interviews, kept.interviews);
    // Untouched since the memo's copy was made equal to them: not read (tracked_list.hpp).
    const bool untouched = project.passages.generation() == kept.passages.generation();
    changed.passages = !untouched && !same(project.passages, kept.passages);
    if (untouched && verifyingShortcuts() && !same(project.passages, kept.passages))
        throw std::logic_error("passages changed without a new generation");
    changed.hours = !same(project.hours, kept.hours);
    changed.transcripts = !same(project.transcripts, kept.transcripts);
    return changed;
}

std::optional<PreparedSave> prepareSave(const SaveMemo& memo, const json& base, const Project& project,
                                        const ChangedParts& parts, const std::string& who, const std::string& at) {
    if (!memo.valid || !base.is_object() || !base.contains("revisions") || !base["revisions"].is_object() ||
        !base.contains("deleted") || !base["deleted"].is_array() || !memo.pieces.isObject("revisions") ||
        !memo.pieces.isList("deleted"))
        return std::nullopt;
    const Project& kept = memo.kept;
    // The phase (issue 17) changes once or twice a phase: such a save is written whole.
    if (!same(project.phase, kept.phase))
        return std::nullopt;
    PreparedSave save;
    std::vector<RecordChange> changed;
    std::vector<std::string> gone;

    // The file's own fields (its name) are one record, "project".
    if (project.name != kept.name) {
        if (!base.contains("name"))
            return std::nullopt;
        changed.push_back({"project", {"name"}});
        save.wholes.push_back({"name", nameToJson(project.name)});
    }
    const bool wholes = (!parts.settings || comparePart("settings", project.settings, kept.settings, &settingsToJson,
                                                        base, changed, save.wholes)) &&
                        comparePart("guide", project.guide, kept.guide, &guideToJson, base, changed, save.wholes) &&
                        comparePart("cycle", project.cycle, kept.cycle, &cycleToJson, base, changed, save.wholes) &&
                        compareCommittee(project, kept, base, changed, gone, save);
    const bool lists =
        compareTopList(ListPart<Theme>{"themes", &Project::themes, &themeToJson}, parts.themes, project, kept, base,
                       changed, gone, save) &&
        compareTopList(ListPart<Organisation>{"organisations", &Project::organisations, &organisationToJson},
                       parts.organisations, project, kept, base, changed, gone, save) &&
        compareTopList(ListPart<Interview>{"interviews", &Project::interviews, &interviewToJson}, parts.interviews,
                       project, kept, base, changed, gone, save) &&
        compareTopList(ListPart<HourEntry>{"hours", &Project::hours, &hourEntryToJson}, parts.hours, project, kept,
                       base, changed, gone, save) &&
        compareTopList(ListPart<PersonName>{"people", &Project::people, &personToJson}, true, project, kept, base,
                       changed, gone, save) &&
        compareTopList(ListPart<PendingRewrite>{"pendingRewrites", &Project::pendingRewrites, &pendingToJson}, true,
                       project, kept, base, changed, gone, save) &&
        compareTopList(ListPart<ThemeAnalysis>{"analyses", &Project::analyses, &analysisToJson}, true, project, kept,
                       base, changed, gone, save) &&
        compareTopList(ListPart<PassageMark>{"passageMarks", &Project::passageMarks, &passageMarkToJson}, true, project,
                       kept, base, changed, gone, save) &&
        compareTopList(ListPart<RecordedCarrier>{"carriers", &Project::carriers, &carrierToJson}, true, project, kept,
                       base, changed, gone, save) &&
        compareTopList(ListPart<InvoiceRecord>{"invoices", &Project::invoices, &invoiceToJson}, true, project, kept,
                       base, changed, gone, save) &&
        compareTopList(ListPart<Referent>{"referents", &Project::referents, &referentToJson}, true, project, kept, base,
                       changed, gone, save);
    if (!wholes || !lists)
        return std::nullopt;
    // stampChanges appends the tombstones in the order of their records' keys.
    std::sort(gone.begin(), gone.end());
    save.stamps = stampsOf(base, changed, gone, who, at);
    return save;
}

std::string savedText(SaveMemo& memo, const PreparedSave& save) {
    memo.valid = false;  // until commitSave: the pieces are the new file's, the rest still the old one's
    FilePieces& pieces = memo.pieces;
    for (const PreparedSave::Whole& whole : save.wholes)
        pieces.setEntry(whole.key, whole.value);
    for (const PreparedSave::List& list : save.lists) {
        std::vector<std::string> old = pieces.takeList(list.key);
        std::vector<std::string> items;
        items.reserve(list.from.size());
        for (const std::ptrdiff_t from : list.from)
            items.push_back(from >= 0 ? std::move(old[static_cast<std::size_t>(from)])  // each old item once at most
                                      : list.madePieces[static_cast<std::size_t>(-1 - from)]);
        pieces.setList(list.key, std::move(items));
    }
    for (const auto& [key, revision] : save.stamps.revisions)
        pieces.setMember("revisions", key, revision);
    for (const auto& [key, tombstone] : save.stamps.tombstones) {
        pieces.appendItem("deleted", tombstone);
        pieces.eraseMember("revisions", key);
    }
    return pieces.text() + "\n";
}

void commitSave(SaveMemo& memo, json& base, const Project& project, const ChangedParts& changed, PreparedSave&& save,
                const std::string& hash) {
    applySave(base, std::move(save));
    followProject(memo.kept, project, changed);
    memo.fileHash = hash;
    memo.valid = true;
}

void applySave(json& base, PreparedSave&& save) {
    for (PreparedSave::Whole& whole : save.wholes)
        base[whole.key] = std::move(whole.value);
    for (PreparedSave::List& list : save.lists) {
        json& old = base[list.key];
        json items = json::array();
        items.get_ref<json::array_t&>().reserve(list.from.size());
        for (const std::ptrdiff_t from : list.from)
            items.push_back(from >= 0 ? std::move(old[static_cast<std::size_t>(from)])
                                      : std::move(list.made[static_cast<std::size_t>(-1 - from)]));
        old = std::move(items);
    }
    json& revisions = base["revisions"];
    json& deleted = base["deleted"];
    for (auto& [key, revision] : save.stamps.revisions)
        revisions[key] = std::move(revision);
    for (auto& [key, tombstone] : save.stamps.tombstones) {
        deleted.push_back(std::move(tombstone));
        revisions.erase(key);
    }
}

void rememberSave(SaveMemo& memo, const Project& project, FilePieces pieces, const std::string& hash) {
    followProject(memo.kept, project, ChangedParts{});
    memo.pieces = std::move(pieces);
    memo.fileHash = hash;
    memo.valid = true;
}

}  // namespace ets
