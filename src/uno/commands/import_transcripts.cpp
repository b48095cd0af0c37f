// Carrying out a REFI-QDA import plan in the open project (see exchange.hpp): the part that needs
// LibreOffice, since each text source becomes a real Writer transcript with real ETS tags.

#include "office/progress.hpp"
#include "commands/exchange.hpp"

#include "calc/spreadsheet.hpp"
#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/project/free_file_name.hpp"
#include "core/project/transcript_path.hpp"
#include "core/register/interview_card.hpp"
#include "core/coding/passage_index.hpp"
#include "core/coding/tag_record.hpp"
#include "writer/transcript_card.hpp"
#include "office/log.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"
#include "writer/plain_text.hpp"
#include "writer/writer_transcript.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <map>

namespace ets::uno::commands {

namespace {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace fs = std::filesystem;

// Builds, tags and saves one transcript; records its interview and passages in `draft`.
void importTranscript(CommandCall& call, const OpenedProject& opened, Project& draft,
                      const refi::PlannedTranscript& planned, const fs::path& target, const std::string& fallbackCoder)
{
    const Reference<css::text::XTextDocument> document = newWriterDocument(call.context, true);
    try
    {
        // A new document has nothing to undo, and nobody sees it: recording and repainting would only cost time.
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager()->lock();
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->lockControllers();
        WriterTranscript transcript(document);
        transcript.writeText(planned.text);
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        for (const refi::PlannedPassage& passage : planned.passages)
            spans.emplace_back(passage.start, passage.end);
        const auto ranges = transcript.spansAt(spans);

        const std::string label = toUtf8(uiText(call.context, "tag.themes_label"));
        std::vector<TagRecord> records;
        std::map<std::string, const refi::PlannedPassage*> expected;
        for (std::size_t k = 0; k < planned.passages.size(); ++k)
        {
            const refi::PlannedPassage& passage = planned.passages[k];
            TagRecord record;
            record.anchor = newAnchorName();
            record.coder = passage.coder.empty() ? fallbackCoder : passage.coder;
            record.created = passage.created;
            record.memo = passage.memo;
            for (const std::string& name : passage.themes)
            {
                const Theme& theme = requireTheme(draft, name);
                record.themes.push_back(ThemeRef{theme.id, theme.name});
            }
            transcript.addAnchor(*ranges[k], record.anchor, record.coder, annotationText(record, label));
            records.push_back(record);
            expected[record.anchor] = &passage;
        }
        transcript.setRecords(records);

        // Each tag must sit on exactly the text the file selected, or nothing is imported.
        const std::vector<AnchoredText> anchors = transcript.anchors();
        int moved = static_cast<int>(records.size() - anchors.size());
        for (const AnchoredText& anchor : anchors)
        {
            const auto passage = expected.find(anchor.anchor);
            if (passage == expected.end() || passage->second->text != anchor.text)
                ++moved;
        }
        if (moved != 0)
            throw Error("refi.passages_moved", {planned.source, std::to_string(moved)});

        InterviewCard card = planned.card;
        card.transcript = transcriptPathInProject(target, opened.folder);
        const std::string id = refi::recordImportedInterview(draft, card);
        writeCardProperties(document, cardToProperties(card, id));

        Sequence<css::beans::PropertyValue> store(1);
        store[0].Name = "FilterName";
        store[0].Value <<= rtl::OUString("writer8");
        Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeAsURL(fileUrlFromPath(target), store);
        indexTranscript(draft, card.transcript, records, anchors);
        recordStamp(draft, stampOf(opened.folder, card.transcript));
    }
    catch (...)
    {
        closeQuietly(document);
        throw;
    }
    closeQuietly(document);
}

rtl::OUString summaryText(CommandCall& call, const refi::ImportPlan& plan, const fs::path& file)
{
    rtl::OUString text = uiText(call.context, "refi.imported_from", {file.filename().u8string()});
    const std::vector<refi::SummaryLine> lines = plan.summary();
    const std::size_t imported = lines.size() - plan.skipped.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
    {
        if (i == imported)
            text += "\n" + uiText(call.context, "refi.summary_left_out");
        text += toOUString("\n\u2022 ") + uiText(call.context, lines[i].key.c_str(), lines[i].args); // OUString + "..." would read the bullet's UTF-8 bytes as Latin-1
    }
    if (plan.skipped.empty())
        text += "\n" + uiText(call.context, "refi.nothing_skipped");
    return text;
}

} // namespace

rtl::OUString carryOutImport(CommandCall& call, OpenedProject& opened, const refi::ImportPlan& plan, const fs::path& file)
{
    Project draft = opened.project;
    refi::addThemesAndOrganisations(draft, plan);
    const std::string fallbackCoder = call.coder;
    const fs::path folder = opened.folder / "transcripts";
    std::vector<fs::path> created;
    try
    {
        if (!plan.transcripts.empty())
        {
            std::error_code error;
            fs::create_directories(folder, error);
            if (error)
                throw Error("project.folder_not_writable", {folder.u8string()});
        }
        Progress progress(call.frame, uiText(call.context, "refi.progress_import"),
                                static_cast<sal_Int32>(plan.transcripts.size()));
        for (std::size_t i = 0; i < plan.transcripts.size(); ++i)
        {
            progress.set(static_cast<sal_Int32>(i), static_cast<sal_Int32>(plan.transcripts.size()));
            // Numbered when the name is taken: an import never replaces a file.
            const fs::path name = fs::u8path(plan.transcripts[i].fileName);
            const fs::path target = freeFileName(folder, name.stem().u8string(), {name.extension().u8string()});
            created.push_back(target);  // before it is written: a failure after the save must not leave it behind
            importTranscript(call, opened, draft, plan.transcripts[i], target, fallbackCoder);
        }
        std::swap(opened.project, draft);
        try
        {
            saveProject(opened);
        }
        catch (...)
        {
            std::swap(opened.project, draft);  // the file was not written: memory follows the file
            throw;
        }
    }
    catch (...)
    {
        for (const fs::path& path : created)
        {
            std::error_code ignored;  // the first failure is the one reported
            fs::remove(path, ignored);
        }
        throw;
    }
    return summaryText(call, plan, file);
}

} // namespace ets::uno::commands
