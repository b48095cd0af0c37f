// vnd.ets:ReviewCopy — a copy of a transcript for the people met to review: no tag, comment or ETS bookmark, the other
// organisations' names replaced by their aliases, no interview card; written as PDF (LibreOffice exports it) or ODT.
// The interview is recorded as sent for review today (the calendar shows it). The transcript itself is never changed:
// the copy is made from a hidden copy of it. Arguments: Transcript (a transcript of the project: its path, absolute
// or relative to the project folder; default: the open document), Format (pdf | odt; default pdf), Folder (where the
// copy goes; default: beside the transcript). Result: the copy's path. From the menu: a dialog asks the format and the
// folder for the open transcript.

#include "commands/commands.hpp"

#include "core/coding/second_coder.hpp"
#include "core/project/free_file_name.hpp"
#include "core/project/project_paths.hpp"
#include "core/register/interview_card.hpp"
#include "core/register/review_copy.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/paperwork_dialogs.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/new_document.hpp"
#include "writer/package_document.hpp"
#include "writer/pdf_export.hpp"
#include "writer/transcript_card.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XBookmarksSupplier.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>

#include <filesystem>
#include <optional>
#include <system_error>
#include <vector>

namespace ets::uno::commands {

namespace {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Sequence<css::beans::PropertyValue> filterNamed(const char* filter) {
    Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "FilterName";
    arguments[0].Value <<= OUString::createFromAscii(filter);
    return arguments;
}

// A closed transcript's copy (never the person's file: opening that would leave a lock file in a shared folder).
Reference<css::text::XTextDocument> openHiddenFile(const Reference<css::uno::XComponentContext>& context,
                                                   const fs::path& file) {
    Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "Hidden";
    arguments[0].Value <<= true;
    Reference<css::text::XTextDocument> document;
    try {
        document.set(
            css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(file), "_blank", 0, arguments),
            UNO_QUERY);
    } catch (const css::uno::Exception&) {
        // Said below, with the file's name.
    }
    if (!document.is())
        throw Error("transcript.unreadable", {file.u8string()});
    return document;
}

// Every comment left after the passages went (a person's own notes are not for the people met either).
void removeComments(const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XTextFieldsSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    std::vector<Reference<css::lang::XComponent>> comments;
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> field(fields->nextElement(), UNO_QUERY);
        if (field.is() && field->supportsService("com.sun.star.text.textfield.Annotation"))
            comments.emplace_back(field, UNO_QUERY);
    }
    for (const Reference<css::lang::XComponent>& comment : comments)
        if (comment.is())
            comment->dispose();
}

// The ETS bookmarks a passage removal may have left (an anchor without a record).
void removeEtsBookmarks(const Reference<css::text::XTextDocument>& document) {
    Reference<css::text::XBookmarksSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> bookmarks = supplier->getBookmarks();
    for (const OUString& name : bookmarks->getElementNames())
        if (name.startsWith("ETS")) {
            Reference<css::text::XTextContent> bookmark(bookmarks->getByName(name), UNO_QUERY);
            if (bookmark.is())
                bookmark->getAnchor()->getText()->removeTextContent(bookmark);
        }
}

// The interview card and the tags' records: the project's business, not the people met's.
void removeEtsProperties(const Reference<css::text::XTextDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::beans::XPropertyContainer> container = supplier->getDocumentProperties()->getUserDefinedProperties();
    Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    for (const css::beans::Property& property : properties->getPropertySetInfo()->getProperties())
        if (property.Name.startsWith(OUString::createFromAscii(kCardPropertyPrefix)))
            container->removeProperty(property.Name);
}

// Each name replaced, whole words, case aside; returns how many places changed.
int replaceNames(const Reference<css::text::XTextDocument>& document, const std::vector<NameReplacement>& names) {
    Reference<css::util::XReplaceable> replaceable(document, UNO_QUERY_THROW);
    int replaced = 0;
    for (const NameReplacement& name : names) {
        Reference<css::util::XReplaceDescriptor> descriptor = replaceable->createReplaceDescriptor();
        descriptor->setSearchString(toOUString(name.pattern));
        descriptor->setReplaceString(toOUString(name.replacement));
        descriptor->setPropertyValue("SearchRegularExpression", Any(true));
        descriptor->setPropertyValue("SearchCaseSensitive", Any(false));
        replaced += static_cast<int>(
            replaceable->replaceAll(Reference<css::util::XSearchDescriptor>(descriptor, UNO_QUERY_THROW)));
    }
    return replaced;
}

struct Source {
    fs::path file;                                   // the transcript's file (empty: never saved)
    Reference<css::text::XTextDocument> open;        // the document when this office has it open
};

// Beside the transcript; in the project folder for one never saved.
fs::path defaultFolder(const OpenedProject& opened, const Source& source) {
    return source.file.empty() ? opened.folder : source.file.parent_path();
}

Source sourceOf(CommandCall& call) {
    Source source;
    if (auto given = call.arguments.text("Transcript")) {
        const std::string key = trimmedName(*given);
        source.file = transcriptFile(call.project->folder, key);
        if (key.empty() || !fs::is_regular_file(source.file))
            throw Error("transcript.missing", {source.file.u8string()});
        source.open = openTextDocument(call.context, source.file);
    } else {
        source.open = writerDocumentIn(call.frame);
        source.file = WriterTranscript(source.open).file();
    }
    return source;
}

// The copy of `source` in `format`, in `givenFolder` (empty: beside the transcript), then the interview recorded as
// sent. Nothing is written, nor the project changed, when a check fails.
CommandOutcome writeReviewCopy(CommandCall& call, const Source& source, const std::string& formatText,
                               const std::optional<fs::path>& givenFolder) {
    OpenedProject& opened = *call.project;
    const Catalogue& texts = uiCatalogue(call.context);
    const ReviewFormat format = parseReviewFormat(formatText);
    const std::string shownName =
        source.file.empty() ? toUtf8(uiText(call.context, "review.file_label")) : source.file.filename().u8string();

    fs::path scratch;  // a closed transcript's copy, where nobody sees it
    const auto removeScratch = [&scratch] {
        std::error_code ignored;
        if (!scratch.empty())
            fs::remove(scratch, ignored);
    };

    fs::path target;
    int replaced = 0;
    std::string interviewId;
    Reference<css::text::XTextDocument> copy;
    try {
        if (source.open.is()) {  // as it is now, with its unsaved edits
            copy = openHiddenCopy(call.context, source.open);
        } else {
            scratch = freeFileName(fs::temp_directory_path(), "ets-review-copy", {source.file.extension().u8string()});
            fs::copy_file(source.file, scratch);
            copy = openHiddenFile(call.context, scratch);
        }
        WriterTranscript transcript(copy);
        const Interview& interview = reviewedInterview(opened.project, transcript.interviewId(), shownName);
        interviewId = interview.id;

        const fs::path folder = givenFolder ? *givenFolder : defaultFolder(opened, source);
        std::error_code error;
        fs::create_directories(folder, error);
        if (error || !fs::is_directory(folder))
            throw Error("project.folder_not_writable", {folder.u8string()});
        target = reviewCopyPath(folder, source.file.empty() ? fs::u8path(shownName) : source.file, format,
                                texts.text("review.file_label"));

        removeAllPassages(transcript);
        removeComments(copy);
        removeEtsBookmarks(copy);
        removeEtsProperties(copy);
        replaced = replaceNames(copy, otherOrganisationNames(opened.project, interview.organisationId, texts));
        if (format == ReviewFormat::Pdf)
            exportPdf(copy, target);
        else
            Reference<css::frame::XStorable>(copy, UNO_QUERY_THROW)
                ->storeToURL(fileUrlFromPath(target), filterNamed("writer8"));
    } catch (...) {
        if (copy.is())
            closeQuietly(copy);
        removeScratch();
        if (!target.empty()) {
            std::error_code ignored;
            fs::remove(target, ignored);
        }
        throw;
    }
    closeQuietly(copy);
    removeScratch();

    const std::string sentOn = today();
    try {
        changeAndSave(opened, [&](Project& project) { recordReviewSent(project, interviewId, sentOn); });
    } catch (...) {
        std::error_code ignored;  // a copy the project does not know was sent is not left behind
        fs::remove(target, ignored);
        throw;
    }
    const OUString path = toOUString(target.u8string());
    if (!call.interactive)
        return CommandOutcome::done(path);
    return reportDone(call, uiText(call.context, "review.done",
                                   {target.u8string(), std::to_string(replaced), longDate(sentOn, texts)}));
}

}  // namespace

CommandOutcome reviewCopy(CommandCall& call) {
    if (!call.interactive) {
        const Source source = sourceOf(call);
        return writeReviewCopy(call, source, call.arguments.textOr("Format", ""), call.arguments.path("Folder"));
    }
    const Source source = sourceOf(call);
    // A document that is no transcript of the project is said at once, before the dialog asks anything.
    reviewedInterview(call.project->project, WriterTranscript(source.open).interviewId(),
                      source.file.empty() ? toUtf8(uiText(call.context, "review.file_label"))
                                          : source.file.filename().u8string());
    CommandOutcome outcome = CommandOutcome::cancel();
    runReviewCopyDialog(call.context, call.frame, defaultFolder(*call.project, source).u8string(),
                        [&](const std::string& format, const std::string& folder) {
                            std::optional<fs::path> chosen;
                            if (!folder.empty()) {
                                chosen = pathFromUserText(toOUString(folder));
                                checkGivenPath(*chosen, "Folder");
                            }
                            outcome = writeReviewCopy(call, source, format, chosen);
                        });
    return outcome;
}

}  // namespace ets::uno::commands
