// vnd.ets:InsertBrief — a two-page brief on one theme, at the cursor of the Writer document or in a new document.
// Arguments: Theme (required), Target = Cursor | NewDocument, Quotes (0..50, default 6), Pseudonymise,
// AnonymiseOrganisations, Hidden (NewDocument only). Result: a sentence with the brief's pages and quotes.

#include "commands/brief_material.hpp"
#include "commands/commands.hpp"
#include "writer/project_transcripts.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"

#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "core/analysis/tally.hpp"
#include "writer/transcript_card.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"
#include "writer/brief_writer.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

namespace ets::uno::commands {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

enum class Target { Cursor, NewDocument };

Target targetArgument(const CommandCall& call)
{
    const std::string target = call.arguments.textOr("Target", "Cursor");
    if (sameName(target, "Cursor"))
        return Target::Cursor;
    if (sameName(target, "NewDocument"))
        return Target::NewDocument;
    throw Error("args.bad_choice", {"Target", target, "Cursor, NewDocument"});
}

Reference<css::text::XTextDocument> newBriefDocument(const CommandCall& call, bool hidden)
{
    Reference<css::text::XTextDocument> document = newWriterDocument(call.context, hidden);
    useA4Pages(document);
    return document;
}

// Where the brief starts: the view cursor, which must be in the body text (not a table, frame, header or note).
Reference<css::text::XTextRange> cursorPosition(const Reference<css::text::XTextDocument>& document)
{
    Reference<css::text::XTextViewCursorSupplier> supplier(Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(),
                                                           UNO_QUERY_THROW);
    Reference<css::text::XTextRange> cursor(supplier->getViewCursor(), UNO_QUERY_THROW);
    if (cursor->getText() != document->getText())
        throw Error("brief.not_in_body");
    return cursor->getEnd();
}

CommandOutcome insert(CommandCall& call, const std::string& themeName, Target target, int quotes, bool pseudonymise,
                      bool anonymiseOrganisations, bool hidden)
{
    OpenedProject& opened = *call.project;
    if (themeName.empty())
        throw Error("args.missing", {"Theme"});
    Reference<css::text::XTextDocument> document;
    if (target == Target::Cursor)
    {
        document = writerDocumentIn(call.frame);
        requireEditable(document);
    }
    const Project project = countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress")).project;
    const std::unique_ptr<Pseudonymiser> pseudonymiser = pseudonymiserFor(call, opened, project, pseudonymise, anonymiseOrganisations);
    BriefOptions options;
    options.quotes = quotes;
    options.pseudonymiser = pseudonymiser.get();
    const Brief brief = composeBrief(project, themeName, options);  // refuses before anything is written

    if (target == Target::NewDocument)
        document = newBriefDocument(call, hidden);
    int pages = 0;
    WrittenBrief written;
    try
    {
        UndoStep undo(document, uiText(call.context, "undo.brief"));
        BriefWriter writer(call.context, document);
        const Reference<css::text::XTextRange> start =
            target == Target::Cursor ? cursorPosition(document) : document->getText()->getStart();
        written = writer.write(writer.emptyParagraphAt(start), brief);
        pages = writer.fit(written);
    }
    catch (...)
    {
        if (target == Target::NewDocument)
            closeQuietly(document);  // no half-written brief stays open (at the cursor, the undo step is the way back)
        throw;
    }
    return CommandOutcome::done(uiText(call.context, "brief.done",
                                       {brief.title, std::to_string(pages), std::to_string(written.quotes.size()),
                                        std::to_string(written.quotesLeftOut)}));
}

// The themes a brief can be written on: those with passages, in the tally's order, with their passages.
std::vector<std::pair<std::string, int>> themesWithPassages(const Project& project)
{
    std::vector<std::pair<std::string, int>> themes;
    for (const ThemeTally& theme : tallyThemes(project).themes)
        if (theme.passages > 0)
            themes.emplace_back(theme.name, theme.passages);
    return themes;
}

CommandOutcome runDialog(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::vector<std::pair<std::string, int>> themes = themesWithPassages(opened.project);
    Dialog dialog(call.context, call.frame, "InsertBrief");
    std::vector<OUString> items;
    for (const auto& [name, passages] : themes)
        items.push_back(toOUString(name) + " (" + OUString::number(passages) + ")");
    setListItems(dialog, "ThemeList", items, items.empty() ? -1 : 0);
    setChecked(dialog, "AtCursor", true);
    setNumericValue(dialog, "QuotesField", 6);
    CommandOutcome outcome = CommandOutcome::cancel();
    dialog.runUntilAccepted([&] {
        const sal_Int16 chosen = selectedPosition(dialog, "ThemeList");
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= themes.size())
            throw Error("args.missing", {"Theme"});
        outcome = insert(call, themes[static_cast<std::size_t>(chosen)].first,
                         isChecked(dialog, "NewDocument") ? Target::NewDocument : Target::Cursor,
                         static_cast<int>(numericValue(dialog, "QuotesField")), isBoxTicked(dialog, "PseudonymiseBox"),
                         isBoxTicked(dialog, "OrganisationsBox"), false);
    });
    return outcome;
}

} // namespace

CommandOutcome insertBrief(CommandCall& call)
{
    if (call.interactive)
        return runDialog(call);
    return insert(call, trimmedName(call.arguments.textOr("Theme", "")), targetArgument(call), quotesArgument(call),
                  call.arguments.flagOr("Pseudonymise", false), call.arguments.flagOr("AnonymiseOrganisations", false),
                  call.arguments.flagOr("Hidden", false));
}

} // namespace ets::uno::commands
