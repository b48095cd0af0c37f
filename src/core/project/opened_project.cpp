#include "core/project/opened_project.hpp"

#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/project/project_lock.hpp"
#include "core/project/staged_file.hpp"
#include "core/project/sync_copies.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;
using nlohmann::json;

namespace ets {
namespace {

const char* const kBookkeeping[] = {"revisions", "deleted", "conflicts", "conflictsReviewed"};

// The project file's JSON for the project, with the bookkeeping the file had when this office last read it.
json withBookkeeping(const Project& project, const json& previous) {
    json content = projectFileContent(project);
    if (previous.is_object())
        for (const char* key : kBookkeeping)
            if (previous.contains(key))
                content[key] = previous[key];
    return content;
}

// The project a merged file holds, with this office's index of passages: a passage loses the themes another office
// deleted (and its transcript's stamp, so that the transcript is read again). When none does (most merges), the
// passages are left out and `passagesKept` set: the caller moves `current`'s in once nothing can fail any more, instead
// of copying 5,000 of them (the move keeps their generation: the next save need not compare them).
Project projectOf(const json& file, const Project& current, bool& passagesKept) {
    Project project = projectFromJson(file);
    std::set<std::string> themes;
    for (const Theme& theme : project.themes)
        themes.insert(theme.id);
    passagesKept = std::all_of(current.passages.begin(), current.passages.end(), [&](const Passage& passage) {
        return std::all_of(passage.themeIds.begin(), passage.themeIds.end(),
                           [&](const std::string& id) { return themes.count(id) != 0; });
    });
    if (passagesKept) {
        project.transcripts = current.transcripts;
        return project;
    }
    std::set<std::string> touched;
    for (Passage passage : current.passages) {
        const std::size_t before = passage.themeIds.size();
        passage.themeIds.erase(std::remove_if(passage.themeIds.begin(), passage.themeIds.end(),
                                              [&](const std::string& id) { return !themes.count(id); }),
                               passage.themeIds.end());
        if (passage.themeIds.size() != before)
            touched.insert(passage.transcript);
        if (!passage.themeIds.empty())
            project.passages.push_back(std::move(passage));
    }
    for (const TranscriptStamp& stamp : current.transcripts)
        if (!touched.count(stamp.transcript))
            project.transcripts.push_back(stamp);
    return project;
}

// The project file on disk when it must be merged: a file that is no project any more is never written over.
ProjectFile readForMerge(const fs::path& folder) {
    const fs::path file = folder / kProjectFileName;
    try {
        ProjectFile current = readProjectFile(folder);
        projectFromJson(current.content);  // a foreign or damaged file stops the save here
        return current;
    } catch (const Error& error) {
        if (error.key() == "project.future_version")
            throw Error(error.key(), {error.args().at(0), error.args().at(1), file.u8string()});
        throw Error("project.disk_damaged", {file.u8string(), (folder / kBackupFileName).u8string()});
    }
}

// The copies a sync client left, merged into `merged` one after the other; those that cannot be read are left alone.
std::vector<fs::path> mergeCopies(const fs::path& folder, const json& base, json& merged,
                                  std::vector<MergeConflict>& conflicts, const std::string& at) {
    std::vector<fs::path> done;
    for (const fs::path& copy : conflictCopies(folder, kProjectFileName)) {
        try {
            const json copyContent = parseBoundedJson(readWholeFile(copy), kProjectFileBounds);
            projectFromJson(copyContent);
            MergedFile result = mergeProjectFiles(base, merged, copyContent, at);
            merged = std::move(result.file);
            conflicts.insert(conflicts.end(), result.conflicts.begin(), result.conflicts.end());
            done.push_back(copy);
        } catch (const std::exception&) {
            // Not a project file after all (or a damaged one): it stays where it is, for a person to look at.
        }
    }
    return done;
}

void moveAside(const fs::path& folder, const std::vector<fs::path>& copies, std::vector<std::string>& moved) {
    if (copies.empty())
        return;
    const fs::path aside = mergedCopiesFolder(folder);
    std::error_code error;
    fs::create_directories(aside, error);
    for (const fs::path& copy : copies) {
        fs::rename(copy, aside / copy.filename(), error);
        moved.push_back(copy.filename().u8string());
    }
}

}  // namespace

OpenedProject openProject(const fs::path& folder, const fs::path& indexFile, const std::string& editor) {
    OpenedProject opened;
    opened.folder = folder;
    opened.indexFile = indexFile;
    opened.editor = editor;
    opened.file = readProjectFile(folder);
    opened.project = projectFromFile(folder, opened.file.content);
    for (const char* name : {kProjectFileName, kBackupFileName})
        removeStaleTemporaries(folder, name, std::chrono::minutes(10));
    loadIndex(indexFile, opened.project);
    std::error_code missing;
    if (!indexFile.empty() && fs::exists(indexFile, missing))
        opened.writtenIndex = indexFingerprint(opened.project);
    if (!conflictCopies(folder, kProjectFileName).empty())
        saveProject(opened);  // the copies are merged and moved aside at once, and said
    return opened;
}

namespace {

// Writes the index when it changed since last written; `known` is its fingerprint when the save could tell it without
// reading every passage (none of them changed since the memo's). Returns the fingerprint (0 when no index is kept).
std::uint64_t saveIndexKnowing(OpenedProject& opened, std::optional<std::uint64_t> known) {
    if (opened.indexFile.empty())
        return 0;
    const std::uint64_t fingerprint = known ? *known : indexFingerprint(opened.project);
    if (fingerprint != opened.writtenIndex) {
        const std::string text = opened.indexPieces.text(opened.project);
        if (verifyingShortcuts()) {
            json whole = indexJson(opened.project);
            whole["version"] = kIndexVersion;
            if (text != whole.dump(0, ' ', false, json::error_handler_t::replace))
                throw std::logic_error("the index's pieces are not its text");
        }
        saveIndexText(opened.indexFile, text);
        opened.writtenIndex = fingerprint;
    }
    return fingerprint;
}

// What every save does once the project file is written: the copies of the backup tidied, the broken lock told, the
// index written when it changed.
void afterWriting(OpenedProject& opened, const ProjectLock& lock, std::optional<std::uint64_t> knownIndex) {
    // A sync client's copies of the backup hold nothing newer than the project: tidied away with the others, unsaid.
    std::vector<std::string> backups;
    moveAside(opened.folder, conflictCopies(opened.folder, kBackupFileName), backups);
    if (lock.brokeStaleLock())
        opened.brokenLockOf = lock.brokenHolder().who;
    const std::uint64_t fingerprint = saveIndexKnowing(opened, knownIndex);
    if (opened.memo.valid)
        opened.memo.indexFingerprint = fingerprint;  // the memo's passages are the project's now
}

// True when a merged file holds exactly the project now in memory (with its bookkeeping) and that project passes the
// checks: the memo can then stand for it, and the next save redo only what changes. A merge may keep what this build
// does not write (a field of a newer office's), and its records were checked only as read: then the next save takes
// the whole path once. `checked`: the project passed checkProject already, as it is when projectOf kept the passages:
// reading the merged file checked all but the passages and stamps, which are those this save checked before merging,
// and every theme they name is still there.
bool holdsExactly(const json& file, const Project& project, bool checked) {
    try {
        if (!checked)
            checkProject(project);
    } catch (const Error&) {
        return false;
    }
    // withBookkeeping(project, file) == file, without copying the bookkeeping (a revision per record) to compare it
    // with itself.
    const json content = projectFileContent(project);
    if (!file.is_object())
        return false;
    std::size_t bookkeeping = 0;
    for (const char* key : kBookkeeping)
        bookkeeping += file.contains(key) ? 1 : 0;
    if (content.size() + bookkeeping != file.size())
        return false;
    for (const auto& [key, value] : content.items()) {
        const auto found = file.find(key);
        if (found == file.end() || *found != value)
            return false;
    }
    return true;
}

}  // namespace

void saveProject(OpenedProject& opened) {
    SaveMemo& memo = opened.memo;
    if (memo.fileHash != opened.file.hash)
        memo.valid = false;
    const ChangedParts changed = changedParts(memo, opened.project);
    // The index's fingerprint as the memo knows it, when no passage and no stamp changed since.
    std::optional<std::uint64_t> knownIndex;
    if (memo.valid && !opened.indexFile.empty() && !changed.passages && !changed.transcripts)
        knownIndex = memo.indexFingerprint;
    checkBeforeSaving(opened.folder, opened.project, changed);
    ProjectLock lock(opened.folder, opened.editor);
    const std::string now = nowIso();
    // The file's bytes tell whether another office wrote since; they are parsed and merged only then.
    const bool diskChanged = hasProject(opened.folder) && projectFileHash(opened.folder) != opened.file.hash;

    // What changed since the last save, worked out from the memo (nothing when it cannot tell exactly).
    std::optional<PreparedSave> prepared =
        prepareSave(memo, opened.file.content, opened.project, changed, opened.editor, now);
    // Nothing to merge: only that is written again.
    if (!diskChanged && conflictCopies(opened.folder, kProjectFileName).empty()) {
        if (prepared) {
            ProjectFile written = writeProjectText(opened.folder, savedText(memo, *prepared));
            commitSave(memo, opened.file.content, opened.project, changed, std::move(*prepared), written.hash);
            opened.file.hash = written.hash;
            opened.file.size = written.size;
            opened.file.modified = written.modified;
            afterWriting(opened, lock, knownIndex);
            return;
        }
    }

    // This office's version: the file last read or written with this save's changes, as the memo worked them out, or
    // the whole project's JSON stamped over that file (the same JSON, held to each other when verifying).
    json merged;
    if (prepared) {
        merged = opened.file.content;
        applySave(merged, std::move(*prepared));
    }
    if (!prepared || verifyingShortcuts()) {
        json whole = withBookkeeping(opened.project, opened.file.content);
        stampChanges(opened.file.content, whole, opened.editor, now);
        if (prepared && whole != merged)
            throw std::logic_error("the memo's changes are not the whole path's");
        merged = std::move(whole);
    }
    std::vector<MergeConflict> conflicts;
    bool mergedOthers = false;
    if (diskChanged) {
        const ProjectFile current = readForMerge(opened.folder);
        if (current.hash != opened.file.hash) {
            MergedFile result = mergeProjectFiles(opened.file.content, merged, current.content, now);
            merged = std::move(result.file);
            conflicts = std::move(result.conflicts);
            mergedOthers = true;
        }
    }
    const std::vector<fs::path> copies = mergeCopies(opened.folder, opened.file.content, merged, conflicts, now);
    mergedOthers = mergedOthers || !copies.empty();
    // Nothing of another office came in: the memory already is the project written.
    std::optional<Project> result;
    bool passagesKept = true;
    if (mergedOthers)
        result = projectOf(merged, opened.project, passagesKept);
    // The memo's pieces are those of the file last read or written while it stands for it: the merged file's text is
    // made from them, re-serializing only what the merge changed.
    const bool piecesOfBase = memo.valid;
    memo.valid = false;
    FilePieces pieces = piecesOfBase ? FilePieces::of(merged, opened.file.content, std::move(memo.pieces))
                                     : FilePieces::of(merged);
    if (verifyingShortcuts() && pieces.text() != FilePieces::of(merged).text())
        throw std::logic_error("the merged file's pieces are not its text");
    ProjectFile written = writeProjectText(opened.folder, pieces.text() + "\n");
    written.content = std::move(merged);

    if (result) {
        if (passagesKept)
            result->passages = std::move(opened.project.passages);
        opened.project = std::move(*result);
    }
    opened.file = std::move(written);
    if (!mergedOthers || holdsExactly(opened.file.content, opened.project, passagesKept))
        rememberSave(memo, opened.project, std::move(pieces), opened.file.hash);
    opened.conflicts.insert(opened.conflicts.end(), conflicts.begin(), conflicts.end());
    moveAside(opened.folder, copies, opened.mergedCopies);
    // Passages and stamps kept as they were: the index is the one the memo knew.
    afterWriting(opened, lock, passagesKept ? knownIndex : std::nullopt);
}

bool refreshProject(OpenedProject& opened) {
    if (!conflictCopies(opened.folder, kProjectFileName).empty()) {
        try {
            saveProject(opened);  // merged and moved aside at once, and said
            return true;
        } catch (const Error&) {
            return false;  // the next save that must happen says why
        }
    }
    const ProjectFile seen = statProjectFile(opened.folder);
    if (!opened.file.hash.empty() && seen.size == opened.file.size && seen.modified == opened.file.modified)
        return false;
    ProjectFile current;
    try {
        current = readProjectFile(opened.folder);
        projectFromJson(current.content);
    } catch (const Error&) {
        return false;  // the next save says what is wrong with the file, and never writes over it
    }
    if (current.hash == opened.file.hash) {
        opened.file.modified = current.modified;
        opened.file.size = current.size;
        return false;
    }
    const std::string now = nowIso();
    json ours = withBookkeeping(opened.project, opened.file.content);
    stampChanges(opened.file.content, ours, opened.editor, now);
    MergedFile result = mergeProjectFiles(opened.file.content, ours, current.content, now);
    try {
        bool passagesKept = false;
        Project merged = projectOf(result.file, opened.project, passagesKept);
        if (passagesKept)
            merged.passages = std::move(opened.project.passages);
        opened.project = std::move(merged);
    } catch (const Error&) {
        return false;  // a merge the checks refuse is left to the next save, which says why and writes nothing
    }
    // The file as it is on disk is the new common version; what this merge set aside is kept with it, to be
    // written by the next save rather than lost with the memory.
    json settled = current.content;
    settled["conflicts"] = result.file["conflicts"];
    const bool diskLacksOurs = result.file != settled;
    current.content["conflicts"] = result.file["conflicts"];
    opened.file = std::move(current);
    opened.memo.valid = false;
    opened.conflicts.insert(opened.conflicts.end(), result.conflicts.begin(), result.conflicts.end());
    if (diskLacksOurs) {
        try {
            saveProject(opened);
        } catch (const Error&) {
            // Kept in memory: the next save that must happen says why.
        }
    }
    return true;
}

// Most saves change the codebook, the register or the hours, not the passages: the index (ten times the size of the
// project file) is written only when it changed.
void saveIndex(OpenedProject& opened) { saveIndexKnowing(opened, std::nullopt); }  // the memo's passages stay its own

std::string takeSyncReport(OpenedProject& opened, const Catalogue& texts) {
    std::string report;
    const auto add = [&](const std::string& sentence) { report += (report.empty() ? "" : "\n") + sentence; };
    if (!opened.conflicts.empty())
        add(opened.conflicts.size() == 1 ? texts.text("sync.conflict_one")
                                         : texts.text("sync.conflict_many", {std::to_string(opened.conflicts.size())}));
    if (!opened.mergedCopies.empty()) {
        std::string names;
        for (const std::string& name : opened.mergedCopies)
            names += (names.empty() ? "" : ", ") + name;
        add(texts.text("sync.copies_merged", {names, mergedCopiesFolder(opened.folder).u8string()}));
    }
    if (!opened.brokenLockOf.empty())
        add(texts.text("sync.lock_broken", {opened.brokenLockOf}));
    if (!opened.heldTranscripts.empty()) {
        std::string held;
        for (const auto& [transcript, who] : opened.heldTranscripts)
            held += (held.empty() ? "" : ", ") + texts.text("sync.held_by", {transcript, who});
        add(opened.heldTranscripts.size() == 1
                ? texts.text("sync.held_one", {held})
                : texts.text("sync.held_many", {std::to_string(opened.heldTranscripts.size()), held}));
    }
    for (const auto& [old, now] : opened.movedTranscripts)
        add(texts.text("sync.transcript_moved", {old, now}));
    if (!opened.leftOutTranscripts.empty()) {
        std::string names;
        for (const std::string& name : opened.leftOutTranscripts)
            names += (names.empty() ? "" : ", ") + name;
        add(texts.text("sync.left_out", {std::to_string(opened.leftOutTranscripts.size()), names}));
    }
    if (!opened.officeReadTranscripts.empty()) {
        std::string names;
        for (const std::string& name : opened.officeReadTranscripts)
            names += (names.empty() ? "" : ", ") + name;
        add(texts.text("sync.read_by_office", {std::to_string(opened.officeReadTranscripts.size()), names}));
    }
    opened.leftOutTranscripts.clear();
    opened.officeReadTranscripts.clear();
    opened.conflicts.clear();
    opened.movedTranscripts.clear();
    opened.mergedCopies.clear();
    opened.brokenLockOf.clear();
    opened.heldTranscripts.clear();
    return report;
}

namespace {

// "Maison médicale – Logement" for a recorded carrier; its id when the project no longer has it.
std::string carrierName(const Project& project, const std::string& id) {
    for (const RecordedCarrier& carrier : project.carriers)
        if (carrier.id == id) {
            const Organisation* organisation = project.findOrganisation(carrier.organisationId);
            const Theme* theme = project.findTheme(carrier.themeId);
            if (organisation && theme)
                return organisation->name + " \u2013 " + theme->name;
        }
    return id;
}

// "« Maison médicale » (organisation)", or the record's key when the project no longer has it.
std::string recordName(const Project& project, const std::string& record, const Catalogue& texts) {
    const std::size_t slash = record.find('/');
    const std::string collection = record.substr(0, slash);
    const std::string id = slash == std::string::npos ? std::string() : record.substr(slash + 1);
    std::string name;
    if (const Theme* theme = collection == "themes" ? project.findTheme(id) : nullptr)
        name = theme->name;
    else if (const Organisation* organisation = collection == "organisations" ? project.findOrganisation(id) : nullptr)
        name = organisation->name;
    else if (const Interview* interview = collection == "interviews" ? project.findInterview(id) : nullptr)
        name = interview->date;
    else if (const Theme* analysed = collection == "analyses" ? project.findTheme(id) : nullptr)
        name = analysed->name;  // an analysis has its theme's id
    else if (const Passage* passage = collection == "passageMarks" ? project.findPassage(id) : nullptr)
        name = excerpt(passage->text, 60);
    else if (collection == "carriers")
        name = carrierName(project, id);
    else
        name = id;
    const std::string kind =
        texts.has("sync.record." + collection) ? texts.text(std::string_view("sync.record." + collection)) : collection;
    return name.empty() ? kind : texts.text("sync.record_named", {name, kind});
}

// A field as a person names it (the catalogue's word; the file's own name for a field it does not know).
std::string fieldName(const std::string& field, const Catalogue& texts) {
    const std::string key = "sync.field." + field;
    return texts.has(key) ? texts.text(std::string_view(key)) : field;
}

// A value set aside or kept, as a person reads it: text in the language's quotes, an empty one and a deletion said.
std::string valueText(const std::string& stored, const Catalogue& texts) {
    if (stored == "deleted")
        return texts.text("sync.value_deleted");
    const json value = json::parse(stored, nullptr, false);
    if (value.is_discarded())
        return texts.text("sync.value", {stored});
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty()))
        return texts.text("sync.value_empty");
    return texts.text("sync.value", {value.is_string() ? value.get<std::string>() : value.dump()});
}

}  // namespace

void markConflictsReviewed(OpenedProject& opened) {
    opened.file.content["conflictsReviewed"] = nowIso();
    opened.memo.valid = false;  // the memo's text has no such entry
    saveProject(opened);
}

std::vector<std::string> conflictLines(const OpenedProject& opened, const Catalogue& texts) {
    std::vector<std::string> lines;
    for (const MergeConflict& conflict : conflictsOf(opened.file.content))
        lines.push_back(
            texts.text(conflict.other == "deleted" ? "sync.conflict_deleted_line" : "sync.conflict_line",
                       {recordName(opened.project, conflict.record, texts), fieldName(conflict.field, texts),
                        valueText(conflict.kept, texts), valueText(conflict.other, texts),
                        conflict.otherBy.empty() ? "?" : conflict.otherBy}));
    return lines;
}

}  // namespace ets
