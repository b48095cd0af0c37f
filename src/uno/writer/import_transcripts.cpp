#include "writer/import_transcripts.hpp"

#include "core/coding/passage_index.hpp"
#include "core/project/free_file_name.hpp"
#include "core/project/project_paths.hpp"
#include "core/refi/import_transcript.hpp"
#include "core/text/error.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/new_document.hpp"
#include "writer/writer_transcript.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>

namespace ets::uno {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
namespace fs = std::filesystem;

// Builds, tags and saves one transcript at `target`; records its interview and passages in `draft`.
void importOne(const Reference<css::uno::XComponentContext>& context, const OpenedProject& opened, Project& draft,
               const refi::PlannedTranscript& planned, const fs::path& target, const std::string& fallbackCoder) {
    const Reference<css::text::XTextDocument> document = newWriterDocument(context, true);
    try {
        // A new document has nothing to undo, and nobody sees it: recording and repainting would only cost time.
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager()->lock();
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->lockControllers();
        WriterTranscript transcript(document);
        const std::string key = projectPathOf(opened.folder, target);
        refi::importTranscript(draft, transcript, planned, key, fallbackCoder,
                               toUtf8(uiText(context, "tag.themes_label")));
        css::uno::Sequence<css::beans::PropertyValue> store(1);
        store[0].Name = "FilterName";
        store[0].Value <<= rtl::OUString("writer8");
        Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeAsURL(fileUrlFromPath(target), store);
        recordStamp(draft, stampOf(opened.folder, key));
    } catch (...) {
        closeQuietly(document);
        throw;
    }
    closeQuietly(document);
}

}  // namespace

void carryOutImport(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                    OpenedProject& opened, const refi::ImportPlan& plan, const std::string& fallbackCoder) {
    Project draft = opened.project;
    refi::addThemesAndOrganisations(draft, plan);
    const fs::path folder = opened.folder / "transcripts";
    std::vector<fs::path> created;
    try {
        if (!plan.transcripts.empty()) {
            std::error_code error;
            fs::create_directories(folder, error);
            if (error)
                throw Error("project.folder_not_writable", {folder.u8string()});
        }
        Progress progress(frame, uiText(context, "refi.progress_import"),
                          static_cast<sal_Int32>(plan.transcripts.size()));
        for (std::size_t i = 0; i < plan.transcripts.size(); ++i) {
            progress.set(static_cast<sal_Int32>(i), static_cast<sal_Int32>(plan.transcripts.size()));
            const fs::path name = fs::u8path(plan.transcripts[i].fileName);
            const fs::path target = freeFileName(folder, name.stem().u8string(), {name.extension().u8string()});
            created.push_back(target);  // before it is written: a failure after the save must not leave it behind
            importOne(context, opened, draft, plan.transcripts[i], target, fallbackCoder);
        }
        changeAndSave(opened, [&](Project& project) { project = std::move(draft); });
    } catch (...) {
        for (const fs::path& path : created) {
            std::error_code ignored;  // the first failure is the one reported
            fs::remove(path, ignored);
        }
        throw;
    }
}

}  // namespace ets::uno
