// vnd.ets:InsertBrief — a two-page brief on one theme, at the cursor of the Writer document or in a new document.
// Arguments: Theme (required), Target = Cursor | NewDocument, Quotes (0..50, default the options'), Pseudonymise
// (default the options'),
// AnonymiseOrganisations, Hidden (NewDocument only). Result: a sentence with the brief's pages and quotes.

#include "commands/commands.hpp"

#include "core/analysis/brief_document.hpp"
#include "core/coding/codebook.hpp"
#include "office/strings.hpp"
#include "writer/analysis_document.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/insert_brief_dialog.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/user_settings.hpp"
#include "writer/brief_writer.hpp"
#include "writer/new_document.hpp"
#include "writer/project_transcripts.hpp"
#include "writer/transcript_card.hpp"

namespace ets::uno::commands {

namespace {

using css::uno::Reference;

CommandOutcome insert(CommandCall& call, const BriefRequest& request) {
    OpenedProject& opened = *call.project;
    if (request.theme.empty())
        throw Error("args.missing", {"Theme"});
    Reference<css::text::XTextDocument> document;
    if (request.target == BriefTarget::Cursor) {
        document = writerDocumentIn(call.frame);
        requireEditable(document);
    }
    // The researcher's parts are read back from the theme's analysis document (the document is the truth).
    Project counted = countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress")).project;
    const std::string themeId = requireTheme(counted, request.theme).id;
    const AnalysesRead analyses = readAnalyses(call.context, opened.folder, std::move(counted), {themeId});
    const Project& project = analyses.project;
    const std::unique_ptr<Pseudonymiser> pseudonymiser =
        request.pseudonymise ? projectPseudonymiser(call.context, opened, project, request.anonymiseOrganisations)
                             : nullptr;
    BriefOptions options;
    options.quotes = request.quotes;
    options.pseudonymiser = pseudonymiser.get();
    const Brief brief = composeBrief(project, request.theme, options);  // refuses before anything is written

    if (request.target == BriefTarget::NewDocument) {
        document = newWriterDocument(call.context, request.hidden);
        useA4Pages(document);
    }
    int pages = 0;
    WrittenBrief written;
    try {
        UndoStep undo(document, uiText(call.context, "undo.brief"));
        BriefWriter writer(call.context, document);
        const Reference<css::text::XTextRange> start =
            request.target == BriefTarget::Cursor ? viewCursorInBody(document) : document->getText()->getStart();
        written = writer.write(emptyParagraphAt(start), brief);
        pages = writer.fit(written);
    } catch (...) {
        if (request.target == BriefTarget::NewDocument)
            closeQuietly(document);  // no half-written brief stays open (at the cursor, the undo step is the way back)
        throw;
    }
    rtl::OUString message = uiText(call.context, "brief.done",
                                   {brief.title, std::to_string(pages), std::to_string(written.quotes.size()),
                                    std::to_string(written.quotesLeftOut)});
    const std::string missing = missingPartsNote(brief, documentCatalogue(call.context));
    if (!missing.empty())
        message += "\n" + toOUString(missing);
    for (const std::string& note : analyses.notes)
        message += "\n" + toOUString(note);
    return CommandOutcome::done(message);
}

// Quotes: absent, the options' number (Tools ▸ Options ▸ ETS Workbench); else a whole number from 0 to 50 (brief.bad_quotes).
int quotesArgument(const CommandCall& call) {
    if (!call.arguments.has("Quotes"))
        return readUserOptions(call.context).quotesPerBrief;
    std::optional<double> quotes;
    try {
        quotes = call.arguments.number("Quotes");
    } catch (const Error&) {
        throw Error("brief.bad_quotes", {call.arguments.textOr("Quotes", "")});
    }
    if (!quotes)
        throw Error("brief.bad_quotes", {std::string()});
    return briefQuotes(*quotes);
}

}  // namespace

CommandOutcome insertBrief(CommandCall& call) {
    if (call.interactive) {
        CommandOutcome outcome = CommandOutcome::cancel();
        runInsertBriefDialog(call.context, call.frame, themesForBrief(call.project->project),
                             [&](const BriefRequest& request) { outcome = insert(call, request); });
        return outcome;
    }
    BriefRequest request;
    request.theme = trimmedName(call.arguments.textOr("Theme", ""));
    request.target = briefTarget(call.arguments.textOr("Target", "Cursor"));
    request.quotes = quotesArgument(call);
    request.pseudonymise = call.arguments.flagOr("Pseudonymise", readUserOptions(call.context).pseudonymise);
    request.anonymiseOrganisations = call.arguments.flagOr("AnonymiseOrganisations", false);
    request.hidden = call.arguments.flagOr("Hidden", false);
    return insert(call, request);
}

}  // namespace ets::uno::commands
