#include "commands/tagging.hpp"

#include "core/text/error.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace ets::uno::commands {

WriterTranscript openTranscriptForTagging(CommandCall& call)
{
    WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
    transcript.requireWritable();
    if (transcript.interviewId().empty())
        throw Error("transcript.no_card");
    if (transcript.file().empty())
        throw Error("transcript.not_saved");
    return transcript;
}

void refreshTranscriptTags(CommandCall& call, const Project& project, WriterTranscript& transcript, const std::string& key)
{
    std::vector<TagRecord> records = transcript.records();
    std::set<std::string> before;
    for (const TagRecord& record : records)
        before.insert(record.anchor);
    refreshRecords(project, records, key);
    const std::string label = toUtf8(uiText(call.context, "tag.themes_label"));
    UndoStep step(transcript.document(), uiText(call.context, "undo.themes"));
    for (const TagRecord& record : records)
    {
        before.erase(record.anchor);
        transcript.setComment(record.anchor, annotationText(record, label));
    }
    for (const std::string& gone : before)
        transcript.removeAnchor(gone);
    transcript.setRecords(records);
}

} // namespace ets::uno::commands

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

namespace ets::uno::commands {

std::string openTranscriptAt(CommandCall& call, OpenedProject& opened, const std::string& key, const std::string& anchor)
{
    const std::filesystem::path path = opened.folder / std::filesystem::u8path(key);
    std::error_code missing;
    if (!std::filesystem::exists(path, missing))
        throw Error("transcript.missing", {path.u8string()});
    // loadComponentFromURL brings an already open document forward instead of opening it twice.
    css::uno::Sequence<css::beans::PropertyValue> none;
    css::uno::Reference<css::text::XTextDocument> document(
        css::frame::Desktop::create(call.context)->loadComponentFromURL(fileUrlFromPath(path), "_default", 0, none),
        css::uno::UNO_QUERY);
    if (!document.is())
        throw Error("transcript.unreadable", {path.u8string()});
    WriterTranscript(document).select(anchor);
    return anchor;
}

void untagPassage(CommandCall& call, OpenedProject& opened, const std::string& key, const std::string& anchor)
{
    withTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
        std::vector<TagRecord> records = transcript.records();
        records.erase(std::remove_if(records.begin(), records.end(),
                                     [&](const TagRecord& record) { return record.anchor == anchor; }),
                      records.end());
        {
            UndoStep step(transcript.document(), uiText(call.context, "undo.untag"));
            transcript.removeAnchor(anchor);
        }
        transcript.setRecords(records);
        indexTranscript(opened.project, key, records, transcript.anchors());
    });
    saveProject(opened);
}

} // namespace ets::uno::commands
