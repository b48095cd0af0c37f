// vnd.ets:Deliverable — the deliverable of the exploratory phase, as one new Writer document saved with its PDF:
// a cover (project, date, authors) with the table of contents, the themes and problems as a table, then one
// brief per theme, each on a new page and within two pages.
// Arguments: Themes (";"-separated; default every theme with passages), Folder (default the project folder),
// Pseudonymise (default the options', Tools ▸ Options ▸ ETS Workbench), AnonymiseOrganisations, Pdf (default true: the PDF beside the .odt), Hidden (close the
// document once saved). Result: the .odt's path.

#include "commands/commands.hpp"

#include "core/analysis/brief_document.hpp"
#include "core/analysis/deliverable.hpp"
#include "core/coding/codebook.hpp"
#include "core/project/free_file_name.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "dialogs/message_box.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/user_settings.hpp"
#include "writer/analysis_document.hpp"
#include "writer/deliverable_writer.hpp"
#include "writer/new_document.hpp"
#include "writer/project_transcripts.hpp"
#include "writer/transcript_card.hpp"

#include <filesystem>
#include <optional>

namespace ets::uno::commands {

namespace {

namespace fs = std::filesystem;

struct Written {
    fs::path odt;
    fs::path pdf;
    std::size_t themes = 0;
    int pages = 0;
    std::string notes;  // themes without analysis, analysis documents deleted or without their headings
};

Written makeDeliverable(CommandCall& call, const std::vector<std::string>& themeNames, const fs::path& folder,
                        bool pseudonymise, bool anonymiseOrganisations, bool hidden, bool pdf = true) {
    OpenedProject& opened = *call.project;
    for (const std::string& name : themeNames)
        requireTheme(opened.project, name);  // an unknown name is refused before any transcript is read
    std::error_code error;
    fs::create_directories(folder, error);
    if (error || !fs::is_directory(folder))
        throw Error("project.folder_not_writable", {folder.u8string()});

    Project counted =
        countedProject(call.context, call.frame, opened, uiText(call.context, "deliverable.progress")).project;
    const std::vector<std::string> names = deliverableThemes(counted, themeNames);
    std::vector<std::string> themeIds;
    for (const std::string& name : names)
        themeIds.push_back(requireTheme(counted, name).id);
    // The researcher's parts are read back from the analysis documents (the document is the truth).
    const AnalysesRead analyses = readAnalyses(call.context, opened.folder, std::move(counted), themeIds);
    const Project& project = analyses.project;
    const std::unique_ptr<Pseudonymiser> pseudonymiser =
        pseudonymise ? projectPseudonymiser(call.context, opened, project, anonymiseOrganisations) : nullptr;
    BriefOptions options;
    options.pseudonymiser = pseudonymiser.get();
    DeliverableContent content;
    // Every refusal comes before a document exists; no passage is quoted in two briefs while another would do.
    const Catalogue& texts = documentCatalogue(call.context);
    content.briefs = composeBriefs(project, names, options,
                                   [&](Brief brief) { return withQuotesForPages(std::move(brief), texts); });
    const std::vector<Brief>& briefs = content.briefs;
    const std::string date = today();
    content.cover = deliverableCover(project, call.coder, date, pseudonymise, texts);
    content.furniture = pageFurniture(project, texts);
    content.introduction =
        deliverableIntroduction(project, static_cast<int>(briefs.size()), pseudonymise, pseudonymiser.get(), texts);
    content.themes = themesTable(briefs, project, pseudonymiser.get(), texts);
    content.programme = deliverableProgramme(project, date, pseudonymiser.get(), texts);
    content.annexes = deliverableAnnexes(project, pseudonymiser.get(), texts);

    Written written;
    written.odt = freeFileName(folder, deliverableFileStem(texts, date), {".odt", ".pdf"});  // never over an earlier PDF
    written.pdf = written.odt;
    written.pdf.replace_extension(".pdf");
    written.themes = briefs.size();
    written.notes = themesWithoutAnalysisNote(briefs, texts);
    for (const std::string& note : analyses.notes)
        written.notes += (written.notes.empty() ? "" : "\n") + note;
    {
        Progress progress(call.frame, uiText(call.context, "deliverable.progress"),
                          static_cast<sal_Int32>(briefs.size()));
        written.pages = writeDeliverable(call.context, content, written.odt,
                                         pdf ? std::optional<fs::path>(written.pdf) : std::nullopt,
                                         [&](std::size_t done) {
                                             progress.set(static_cast<sal_Int32>(done),
                                                          static_cast<sal_Int32>(briefs.size()));
                                         });
    }
    if (!hidden)
        openForPerson(call.context, written.odt);  // the file as saved, for the person to read and edit
    return written;
}

}  // namespace

CommandOutcome deliverable(CommandCall& call) {
    OpenedProject& opened = *call.project;
    if (call.interactive) {
        const bool pseudonymise =
            askYesNo(call.context, call.frame, uiText(call.context, "deliverable.ask_pseudonymise"));
        const Written written = makeDeliverable(call, {}, opened.folder, pseudonymise, false, false);
        const rtl::OUString message = uiText(call.context, "deliverable.done",
                                             {written.odt.u8string(), std::to_string(written.themes),
                                              std::to_string(written.pages), written.pdf.u8string()}) +
                                      (written.notes.empty() ? rtl::OUString() : "\n" + toOUString(written.notes));
        showMessage(call.context, call.frame, MessageKind::Info, message);
        return CommandOutcome::done(message);
    }
    const fs::path folder = call.arguments.path("Folder").value_or(opened.folder);
    const Written written = makeDeliverable(call, splitList(call.arguments.textOr("Themes", "")), folder,
                                            call.arguments.flagOr("Pseudonymise", readUserOptions(call.context).pseudonymise),
                                            call.arguments.flagOr("AnonymiseOrganisations", false),
                                            call.arguments.flagOr("Hidden", false), call.arguments.flagOr("Pdf", true));
    return CommandOutcome::done(toOUString(written.odt.u8string()));
}

}  // namespace ets::uno::commands
