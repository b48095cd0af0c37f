#include "writer/project_transcripts.hpp"

#include "core/text/error.hpp"
#include "office/progress.hpp"
#include "writer/transcript_card.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <set>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
namespace fs = std::filesystem;

namespace {

fs::path absoluteTranscriptPath(const OpenedProject& opened, const std::string& key)
{
    return opened.folder / fs::u8path(key); // an absolute key stays as it is
}

Reference<css::text::XTextDocument> findOpenDocument(const Reference<css::uno::XComponentContext>& context,
                                                     const fs::path& path)
{
    Reference<css::container::XEnumeration> components =
        css::frame::Desktop::create(context)->getComponents()->createEnumeration();
    const fs::path wanted = fs::weakly_canonical(path);
    while (components->hasMoreElements())
    {
        Reference<css::frame::XModel> model(components->nextElement(), UNO_QUERY);
        if (!model.is() || model->getURL().isEmpty())
            continue;
        if (fs::weakly_canonical(pathFromUserText(model->getURL())) == wanted)
            return Reference<css::text::XTextDocument>(model, UNO_QUERY);
    }
    return nullptr;
}

// Opens a closed transcript without showing it; closed again by the caller through closeHidden().
Reference<css::text::XTextDocument> openHidden(const Reference<css::uno::XComponentContext>& context,
                                               const fs::path& path)
{
    Sequence<css::beans::PropertyValue> arguments(1);
    arguments[0].Name = "Hidden";
    arguments[0].Value <<= true;
    Reference<css::text::XTextDocument> document;
    try
    {
        document.set(css::frame::Desktop::create(context)->loadComponentFromURL(fileUrlFromPath(path), "_blank", 0,
                                                                                 arguments),
                     UNO_QUERY);
    }
    catch (const css::uno::Exception&)
    {
        // Reported below: the person needs the path, not the office's exception.
    }
    if (!document.is())
        throw Error("transcript.unreadable", {path.u8string()});
    return document;
}

void closeHidden(const Reference<css::text::XTextDocument>& document)
{
    Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
    if (closeable.is())
        closeable->close(true);
}

} // namespace

std::set<std::string> knownTranscripts(const Project& project)
{
    std::set<std::string> keys;
    for (const Interview& interview : project.interviews)
        if (!interview.transcript.empty())
            keys.insert(interview.transcript);
    for (const Passage& passage : project.passages)
        keys.insert(passage.transcript);
    return keys;
}

std::string transcriptKey(const OpenedProject& opened, const WriterTranscript& transcript)
{
    const std::string path = transcript.file().string();
    if (path.empty())
        throw Error("transcript.not_saved");
    const fs::path file = fs::weakly_canonical(fs::u8path(path));
    const fs::path folder = fs::weakly_canonical(opened.folder);
    const fs::path relative = file.lexically_relative(folder);
    if (!relative.empty() && *relative.begin() != "..")
        return relative.generic_u8string();
    return file.u8string();
}

IndexUpdate indexOpenTranscript(OpenedProject& opened, WriterTranscript& transcript)
{
    const std::string key = transcriptKey(opened, transcript);
    std::vector<TagRecord> records = transcript.records();
    std::vector<AnchoredText> anchors;
    bool cleaned = false;
    for (const AnchoredText& anchor : transcript.anchors())
    {
        if (!anchor.text.empty())
        {
            anchors.push_back(anchor);
            continue;
        }
        // The passage's whole text was deleted: its tag goes too, leaving nothing behind.
        transcript.removeAnchor(anchor.anchor);
        const std::size_t before = records.size();
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const TagRecord& record) { return record.anchor == anchor.anchor; }),
                      records.end());
        cleaned = cleaned || records.size() != before;
    }
    if (cleaned)
        transcript.setRecords(records);
    // The open document may differ from its file (unsaved tags): the file is read again next time.
    forgetStamp(opened.project, key);
    return indexTranscript(opened.project, key, records, anchors);
}

std::vector<std::string> refreshProjectIndex(const Reference<css::uno::XComponentContext>& context,
                                             OpenedProject& opened,
                                             const std::function<void(std::size_t, std::size_t)>& progress)
{
    std::vector<std::string> unreadable;
    bool changed = false;
    const std::set<std::string> keys = knownTranscripts(opened.project);
    std::size_t looked = 0;
    for (const std::string& key : keys)
    {
        if (progress)
            progress(looked++, keys.size());
        const fs::path path = absoluteTranscriptPath(opened, key);
        try
        {
            if (Reference<css::text::XTextDocument> open = findOpenDocument(context, path); open.is())
            {
                WriterTranscript transcript(open);
                indexOpenTranscript(opened, transcript);
                changed = true;
                continue;
            }
            const TranscriptStamp stamp = stampOf(opened.folder, key);
            if (!needsIndexing(opened.project, stamp))
                continue;
            Reference<css::text::XTextDocument> document = openHidden(context, path);
            try
            {
                WriterTranscript transcript(document);
                indexTranscript(opened.project, key, transcript.records(), transcript.anchors());
            }
            catch (...)
            {
                closeHidden(document);
                throw;
            }
            closeHidden(document);
            recordStamp(opened.project, stamp);
            changed = true;
        }
        catch (const Error&)
        {
            unreadable.push_back(key); // missing, unreadable or damaged tags: the others still count
        }
    }
    if (changed)
        saveProject(opened);
    return unreadable;
}

CountedProject countedProject(const Reference<css::uno::XComponentContext>& context,
                              const Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                              const rtl::OUString& progressText)
{
    CountedProject counted;
    {
        Progress progress(frame, progressText, 0);
        counted.unreadable = refreshProjectIndex(context, opened, [&](std::size_t done, std::size_t total) {
            progress.set(static_cast<sal_Int32>(done), static_cast<sal_Int32>(total));
        });
    }
    counted.project = withoutUnreadable(opened.project, counted.unreadable);
    return counted;
}

namespace
{
// Runs `visit` on the transcript at `key`: on the open document when it is open (what the person sees,
// saved or not), else on the file opened hidden, stored afterwards when `storeClosed`, and closed.
void visitTranscript(const Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                     const std::string& key, const std::function<void(WriterTranscript&)>& visit, bool storeClosed)
{
    const fs::path path = absoluteTranscriptPath(opened, key);
    if (Reference<css::text::XTextDocument> open = findOpenDocument(context, path); open.is())
    {
        WriterTranscript transcript(open);
        visit(transcript);
        return;
    }
    std::error_code missing;
    if (!fs::exists(path, missing))
        throw Error("transcript.missing", {path.u8string()});
    Reference<css::text::XTextDocument> document = openHidden(context, path);
    try
    {
        WriterTranscript transcript(document);
        visit(transcript);
        if (storeClosed)
            Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->store();
    }
    catch (...)
    {
        closeHidden(document);
        throw;
    }
    closeHidden(document);
}
} // namespace

void withTranscript(const Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                    const std::string& key, const std::function<void(WriterTranscript&)>& change)
{
    visitTranscript(context, opened, key, change, true);
}

void readTranscript(const Reference<css::uno::XComponentContext>& context, const OpenedProject& opened,
                    const std::string& key, const std::function<void(WriterTranscript&)>& read)
{
    visitTranscript(context, opened, key, read, false);
}

std::map<std::string, std::string> transcriptCard(const Reference<css::uno::XComponentContext>& context,
                                                  const OpenedProject& opened, const std::string& key)
{
    const fs::path path = absoluteTranscriptPath(opened, key);
    // An open transcript may carry a card not saved yet: it is the one the person sees.
    if (Reference<css::text::XTextDocument> document = findOpenDocument(context, path); document.is())
        return readCardProperties(document);
    return readCardPropertiesOfFile(context, path);
}

} // namespace ets::uno
