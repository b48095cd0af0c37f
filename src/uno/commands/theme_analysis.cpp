// vnd.ets:ThemeAnalysis — the researcher's analysis of a theme: its kind and five parts, written in the theme's
// analysis document (analyses/<theme>.odt, opened or created) or given as arguments.
// Arguments: Theme (required), Kind = Knot | Lever | Both, Problem, Causes, Existing, Tensions, Proposal, Hidden.
// Result: a sentence naming what was written; with Theme alone, the analysis document's path.

#include "commands/commands.hpp"

#include "core/analysis/brief_document.hpp"
#include "core/analysis/theme_analysis.hpp"
#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "dialogs/argument_dialogs.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/analysis_document.hpp"
#include "writer/new_document.hpp"

#include <com/sun/star/frame/XStorable.hpp>

#include <system_error>

namespace ets::uno::commands {

namespace {

using css::uno::Reference;
namespace fs = std::filesystem;

// Opens (or creates) the theme's analysis document; the kind, when given, is recorded first.
CommandOutcome openDocument(CommandCall& call, const std::string& themeName, const std::optional<std::string>& kind,
                            bool hidden) {
    OpenedProject& opened = *call.project;
    Project draft = opened.project;
    const Theme& theme = requireTheme(draft, themeName);
    const std::string themeId = theme.id;
    if (kind)
        editAnalysis(draft, {theme.name, kind, {}});
    ThemeAnalysis& analysis = analysisOf(draft, *draft.findTheme(themeId));
    const bool recorded = !analysis.document.empty();
    analysis.document = analysisDocumentPath(draft, *draft.findTheme(themeId));
    const fs::path file = opened.folder / fs::u8path(analysis.document);
    std::error_code error;
    const bool exists = fs::exists(file, error);
    if (!recorded || kind)
        changeAndSave(opened, [&](Project& project) { project = draft; });
    Reference<css::text::XTextDocument> document;
    bool loadedHere = true;
    if (exists)
        document = openAnalysisDocument(call.context, file, hidden, loadedHere);
    else
        document = createAnalysisDocument(call.context, opened.project, *opened.project.findTheme(themeId), file,
                                          hidden);
    if (hidden && loadedHere)
        closeQuietly(document);
    if (!call.interactive)
        return CommandOutcome::done(toOUString(file.u8string()));
    return CommandOutcome::done(
        uiText(call.context, exists ? "analysis.opened" : "analysis.created", {theme.name, file.u8string()}));
}

CommandOutcome write(CommandCall& call, const AnalysisEdit& edit) {
    OpenedProject& opened = *call.project;
    Project draft = opened.project;
    const ThemeAnalysis& analysis = editAnalysis(draft, edit);  // every refusal before anything is written
    const Theme& theme = *draft.findTheme(analysis.themeId);
    const fs::path file = opened.folder / fs::u8path(analysis.document);
    std::error_code error;
    if (!edit.parts.empty() && !analysis.document.empty() && fs::exists(file, error)) {
        // The document is the truth: what a macro writes goes under its headings too.
        withAnalysisDocument(call.context, file, [&](const Reference<css::text::XTextDocument>& document) {
            writeAnalysisParts(call.context, document, edit.parts);
            Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)->store();
        });
    }
    const std::string themeName = theme.name;
    std::vector<std::string> what;
    const Catalogue& texts = uiCatalogue(call.context);
    if (edit.kind)
        what.push_back(texts.text(std::string_view("analysis.kind." + toString(*analysis.kind))));
    for (const auto& [part, text] : edit.parts)
        what.push_back(partHeading(part, texts));
    changeAndSave(opened, [&](Project& project) { project = std::move(draft); });
    return CommandOutcome::done(uiText(call.context, "analysis.saved", {themeName, joined(what, ", ")}));
}

}  // namespace

CommandOutcome themeAnalysis(CommandCall& call) {
    if (call.interactive) {
        CommandOutcome outcome = CommandOutcome::cancel();
        runThemeAnalysisDialog(call.context, call.frame, themesForBrief(call.project->project),
                               [&](const AnalysisChoice& choice) {
                                   outcome = openDocument(call, choice.theme, choice.kind, false);
                               });
        if (outcome.success)
            showMessage(call.context, call.frame, MessageKind::Info, outcome.message);
        return outcome;
    }
    AnalysisEdit edit;
    edit.theme = trimmedName(call.arguments.textOr("Theme", ""));
    edit.kind = call.arguments.text("Kind");
    for (AnalysisPart part : kAnalysisParts)
        if (const std::optional<std::string> text = call.arguments.text(toString(part)))
            edit.parts.emplace_back(part, *text);
    if (!edit.kind && edit.parts.empty()) {
        if (edit.theme.empty())
            throw Error("args.missing", {"Theme"});
        return openDocument(call, edit.theme, std::nullopt, call.arguments.flagOr("Hidden", false));
    }
    return write(call, edit);
}

}  // namespace ets::uno::commands
