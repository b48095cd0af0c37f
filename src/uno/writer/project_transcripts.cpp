#include "writer/project_transcripts.hpp"

#include "core/coding/odt_transcript.hpp"
#include "core/coding/passage_index.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/transcript_moves.hpp"
#include "core/project/project_lock.hpp"
#include "core/project/project_paths.hpp"
#include "core/text/error.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_undo_step.hpp"
#include "writer/new_document.hpp"
#include "writer/transcript_card.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>

#include <algorithm>
#include <cctype>
#include <set>

#include <unistd.h>

namespace ets::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
namespace fs = std::filesystem;

namespace {

// Opens a closed transcript without showing it; closed again by the caller through closeHidden(). One another
// LibreOffice has open is opened read only: LibreOffice refuses it otherwise, and it is read, not changed.
Reference<css::text::XTextDocument> openHidden(const Reference<css::uno::XComponentContext>& context,
                                               const fs::path& path, bool readOnly = false) {
    Sequence<css::beans::PropertyValue> arguments(2);
    arguments[0].Name = "Hidden";
    arguments[0].Value <<= true;
    arguments[1].Name = "ReadOnly";
    arguments[1].Value <<= readOnly;
    Reference<css::text::XTextDocument> document;
    try {
        document.set(
            css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(path), "_blank", 0, arguments),
            UNO_QUERY);
    } catch (const css::uno::Exception&) {
        // Reported below: the person needs the path, not the office's exception.
    }
    if (!document.is())
        throw Error("transcript.unreadable", {path.u8string()});
    return document;
}

void closeHidden(const Reference<css::text::XTextDocument>& document) {
    Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
    if (closeable.is())
        closeable->close(true);
}

// A closed .odt the core could not read from its zip, loaded in LibreOffice instead: said with the command's result
// (takeSyncReport). A DOCX is always LibreOffice's to read: nothing to say.
void noteReadByOffice(OpenedProject& opened, const std::string& key, const fs::path& path) {
    std::string extension = path.extension().u8string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<std::string>& read = opened.officeReadTranscripts;
    if (extension == ".odt" && std::find(read.begin(), read.end(), key) == read.end())
        read.push_back(key);
}

// Runs `visit` on the transcript at `key`: on the open document when it is open, else on the file opened hidden,
// stored afterwards when `storeClosed` and `visit` says it changed it, and closed.
void visitTranscript(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                     const std::string& key, const std::function<bool(WriterTranscript&)>& visit, bool storeClosed) {
    const fs::path path = transcriptFile(opened.folder, key);
    if (Reference<css::text::XTextDocument> open = openTextDocument(context, path); open.is()) {
        WriterTranscript transcript(open);
        visit(transcript);
        return;
    }
    std::error_code missing;
    if (!fs::exists(path, missing))
        throw Error("transcript.missing", {path.u8string()});
    const std::optional<LockHolder> holder = officeLockOf(path);
    if (holder && storeClosed)
        throw Error("transcript.held", {key, holder->who});
    if (holder)
        opened.heldTranscripts[key] = holder->who;  // read as last saved: the command says so
    Reference<css::text::XTextDocument> document = openHidden(context, path, holder.has_value());
    try {
        // Nobody sees it and it is closed at once: recording undo actions and laying out each change would only cost
        // time (tagging a hundred passages of a long transcript several times over).
        if (Reference<css::document::XUndoManagerSupplier> undo(document, UNO_QUERY); undo.is())
            undo->getUndoManager()->lock();
        Reference<css::frame::XModel>(document, css::uno::UNO_QUERY_THROW)->lockControllers();
        WriterTranscript transcript(document);
        if (visit(transcript) && storeClosed)
            Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->store();
    } catch (...) {
        closeHidden(document);
        throw;
    }
    closeHidden(document);
}

}  // namespace

IndexRefresh refreshProjectIndex(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                                 const std::function<void(std::size_t, std::size_t)>& progress) {
    IndexRefresh refresh;
    bool changed = false;
    bool broughtThemes = false;  // a transcript from another project brought themes: that is a change of the project
    const std::set<std::string> keys = knownTranscripts(opened.project);
    std::size_t looked = 0;
    for (const std::string& key : keys) {
        if (progress)
            progress(looked++, keys.size());
        const fs::path path = transcriptFile(opened.folder, key);
        try {
            if (Reference<css::text::XTextDocument> open = openTextDocument(context, path); open.is()) {
                WriterTranscript transcript(open);
                broughtThemes |=
                    !indexDocument(opened.project, transcriptKey(opened.folder, transcript.file()), transcript)
                         .createdThemes.empty();
                changed = true;
                continue;
            }
            const TranscriptStamp stamp = stampOf(opened.folder, key);
            const std::optional<LockHolder> holder = officeLockOf(path);
            if (holder) {
                refresh.held.emplace_back(key, holder->who);
                opened.heldTranscripts[key] = holder->who;
            }
            if (!needsIndexing(opened.project, stamp))
                continue;
            if (const std::unique_ptr<OdtTranscript> direct = readOdtTranscript(path)) {
                // Read from its zip, as Writer would give it: no document loaded.
                broughtThemes |= !indexTranscript(opened.project, key, direct->records(), direct->anchors())
                                      .createdThemes.empty();
            } else {
                Reference<css::text::XTextDocument> document = openHidden(context, path, holder.has_value());
                noteReadByOffice(opened, key, path);  // once LibreOffice could: else it is said as unreadable
                try {
                    WriterTranscript transcript(document);
                    broughtThemes |= !indexTranscript(opened.project, key, transcript.records(), transcript.anchors())
                                          .createdThemes.empty();
                } catch (...) {
                    closeHidden(document);
                    throw;
                }
                closeHidden(document);
            }
            recordStamp(opened.project, stamp);
            changed = true;
        } catch (const Error&) {
            refresh.unreadable.push_back(key);  // missing, unreadable or damaged tags: the others still count
        }
    }
    if (broughtThemes)
        saveProject(opened);
    else if (changed)
        saveIndex(opened);  // the index only: a command that reads never writes the project file
    return refresh;
}

CountedProject countedProject(const Reference<css::uno::XComponentContext>& context,
                              const Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                              const rtl::OUString& progressText) {
    CountedProject counted;
    {
        Progress progress(frame, progressText, 0);
        IndexRefresh refresh = refreshProjectIndex(context, opened, [&](std::size_t done, std::size_t total) {
            progress.set(static_cast<sal_Int32>(done), static_cast<sal_Int32>(total));
        });
        counted.unreadable = std::move(refresh.unreadable);
        counted.held = std::move(refresh.held);
    }
    counted.project = withoutUnreadable(opened.project, counted.unreadable);
    opened.leftOutTranscripts = counted.unreadable;  // said with the command's result (takeSyncReport)
    return counted;
}

void withTranscript(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                    const std::string& key, const std::function<void(WriterTranscript&)>& change) {
    visitTranscript(
        context, opened, key,
        [&](WriterTranscript& transcript) {
            change(transcript);
            return true;
        },
        true);
}

void changeTranscript(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                      const std::string& key, const std::function<bool(WriterTranscript&)>& change) {
    visitTranscript(context, opened, key, change, true);
}

void readTranscript(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                    const std::string& key, const std::function<void(TranscriptDocument&)>& read) {
    const fs::path path = transcriptFile(opened.folder, key);
    bool refused = false;
    if (!openTextDocument(context, path).is()) {
        // A closed .odt is read from its zip; LibreOffice loads what that reader refuses (a DOCX, a damaged file).
        std::error_code missing;
        if (!fs::exists(path, missing))
            throw Error("transcript.missing", {path.u8string()});
        if (const std::optional<LockHolder> holder = officeLockOf(path))
            opened.heldTranscripts[key] = holder->who;  // read as last saved: the command says so
        if (const std::unique_ptr<OdtTranscript> direct = readOdtTranscript(path)) {
            read(*direct);
            return;
        }
        refused = true;
    }
    visitTranscript(
        context, opened, key,
        [&](WriterTranscript& transcript) {
            read(transcript);
            return false;
        },
        false);
    if (refused)
        noteReadByOffice(opened, key, path);  // once LibreOffice could: else the command fails with why
}

std::map<std::string, std::string> transcriptCard(const Reference<css::uno::XComponentContext>& context,
                                                  const OpenedProject& opened, const std::string& key) {
    const fs::path path = transcriptFile(opened.folder, key);
    // An open transcript may carry a card not saved yet: it is the one the person sees.
    if (Reference<css::text::XTextDocument> document = openTextDocument(context, path); document.is())
        return readCardProperties(document);
    return readCardPropertiesOfFile(context, path);
}

void rewriteIfPending(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened,
                      WriterTranscript& transcript) {
    if (opened.project.pendingRewrites.empty() || transcript.file().empty() || transcript.isReadOnly())
        return;
    const std::string key = followedTranscriptKey(opened, transcript);
    if (!pendingRewriteOf(opened.project, key))
        return;
    // A transcript with changes of the person's own is rewritten but left for the person to save: the rewrite stays
    // pending until a save carries it (applying it again to a rewritten transcript changes nothing).
    Reference<css::util::XModifiable> modifiable(transcript.document(), UNO_QUERY);
    const bool ownChanges = modifiable.is() && modifiable->isModified();
    rewritePending(opened.project, key, transcript, toUtf8(uiText(context, "tag.themes_label")));
    if (ownChanges)
        return;
    Reference<css::frame::XStorable>(transcript.document(), css::uno::UNO_QUERY_THROW)->store();
    changeAndSave(opened, [&](Project& project) { forgetPendingRewrite(project, key); });
}

OfficeTranscripts::OfficeTranscripts(Reference<css::uno::XComponentContext> context, const OpenedProject& opened)
    : context_(std::move(context)), folder_(opened.folder), marker_(rewriteMarkerOf(opened)) {}

// The codebook change is committed before any transcript is rewritten: whatever the office throws here must come back
// as this transcript's refusal (it then waits), never end the whole change as an office error.
bool OfficeTranscripts::rewrite(const std::string& key, const std::function<void(TranscriptDocument&)>& change) try {
    const fs::path path = transcriptFile(folder_, key);
    const auto store = [&](const Reference<css::text::XTextDocument>& document) {
        try {
            Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->store();
        } catch (const css::uno::Exception&) {
            throw Error("transcript.unwritable", {path.u8string()});
        }
    };
    if (Reference<css::text::XTextDocument> open = openTextDocument(context_, path); open.is()) {
        WriterTranscript transcript(open);
        if (transcript.isReadOnly())
            throw Error("transcript.unwritable", {path.u8string()});
        Reference<css::util::XModifiable> modifiable(open, UNO_QUERY);
        const bool ownChanges = modifiable.is() && modifiable->isModified();
        {
            TranscriptUndoStep step(open, uiText(context_, "undo.themes"));
            change(transcript);
        }
        if (ownChanges)
            return false;  // the person saves it with their own changes
        store(open);
        return true;
    }
    std::error_code missing;
    if (!fs::exists(path, missing))
        throw Error("transcript.missing", {path.u8string()});
    if (const std::optional<LockHolder> holder = officeLockOf(path))
        throw Error("transcript.held", {key, holder->who});
    if (::access(path.c_str(), W_OK) != 0)  // read only, immutable, on a read-only share: said as such, not as damage
        throw Error("transcript.unwritable", {path.u8string()});
    markRewriting(marker_, path);
    Reference<css::text::XTextDocument> document;
    try {
        document = openHidden(context_, path);
        WriterTranscript transcript(document);
        if (transcript.isReadOnly())  // a file LibreOffice may not write: opened read only
            throw Error("transcript.unwritable", {path.u8string()});
        change(transcript);
        store(document);
    } catch (...) {
        if (document.is())
            closeHidden(document);
        unmarkRewriting(marker_);
        throw;
    }
    closeHidden(document);
    unmarkRewriting(marker_);
    return true;
} catch (const css::uno::Exception&) {
    throw Error("transcript.unwritable", {transcriptFile(folder_, key).u8string()});
}

fs::path rewriteMarkerOf(const OpenedProject& opened) {
    return opened.indexFile.empty() ? fs::path() : opened.indexFile.parent_path() / "rewriting";
}

void followOpenTranscripts(const Reference<css::uno::XComponentContext>& context, OpenedProject& opened) {
    Reference<css::container::XEnumeration> components =
        css::frame::Desktop::create(context)->getComponents()->createEnumeration();
    while (components->hasMoreElements()) {
        Reference<css::frame::XModel> model(components->nextElement(), UNO_QUERY);
        Reference<css::text::XTextDocument> document(model, UNO_QUERY);
        if (!document.is() || model->getURL().isEmpty())
            continue;
        try {
            WriterTranscript transcript(document);
            if (!transcript.interviewId().empty())
                followedTranscriptKey(opened, transcript);
        } catch (const Error&) {
            // A document that is no transcript of this project, or a project that cannot be saved now: not followed.
        }
    }
}

void showPassage(const Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                 const std::string& key, const std::string& anchor) {
    const fs::path path = transcriptFile(opened.folder, key);
    std::error_code missing;
    if (!fs::exists(path, missing))
        throw Error("transcript.missing", {path.u8string()});
    // loadComponentFromURL brings an already open document forward instead of opening it twice.
    Reference<css::text::XTextDocument> document(
        css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(path), "_default", 0,
                                                                   Sequence<css::beans::PropertyValue>()),
        UNO_QUERY);
    if (!document.is())
        throw Error("transcript.unreadable", {path.u8string()});
    WriterTranscript(document).select(anchor);
}

}  // namespace ets::uno
