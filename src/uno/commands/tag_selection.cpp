// vnd.ets:TagSelection — the selected passage of the transcript gets one or more themes and a memo.
// Arguments: Themes (";"-separated names; unknown names become new themes), Memo, KeyQuote (the passage is a key
// quote for these themes), MemoThemes (";"-separated: the themes the memo was written for).
// Result: the name of the passage's anchor (bookmark) in the document.
// vnd.ets:QuickTag — the same tagging with one theme of the codebook, as the ETS sidebar's click and the shortcuts
// Ctrl+Alt+1…9 do it. Arguments: Theme (a name of the codebook) or Number (1..9: the sidebar's n-th theme).

#include "commands/commands.hpp"

#include "core/analysis/theme_analysis.hpp"
#include "core/coding/codebook.hpp"
#include "core/coding/tagging.hpp"
#include "core/coding/theme_panel.hpp"
#include "core/project/project_paths.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/tag_dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_undo_step.hpp"
#include "writer/view_lock.hpp"
#include "writer/project_transcripts.hpp"
#include "writer/writer_transcript.hpp"

#include <cmath>

namespace ets::uno::commands {

// The themes used last, first in the dialog and the sidebar: a coder usually tags a run of passages alike.
std::vector<std::string>& recentThemes() {
    static std::vector<std::string> recent;
    return recent;
}

namespace {

// One undo step in the document; the project is saved only when the codebook grew (the passage itself lives in the
// document, and the index that mirrors it is saved with the project's next save: see core/coding/passage_index.hpp).
std::string tag(CommandCall& call, WriterTranscript& transcript, const TextSpan& span,
                const std::vector<std::string>& themes, const std::string& memo, bool keyQuote = false,
                const std::optional<std::vector<std::string>>& memoThemes = std::nullopt) {
    OpenedProject& opened = *call.project;
    if (memoThemes)  // refused before anything is tagged: a memo's theme must be one of the passage's
        for (const std::string& name : *memoThemes)
            if (std::none_of(themes.begin(), themes.end(),
                             [&](const std::string& given) { return sameName(given, name); }))
                throw Error("keyquote.not_tagged", {trimmedName(name)});
    const TagRequest request{themes, memo, call.coder, today(), toUtf8(uiText(call.context, "tag.themes_label"))};
    Tagged tagged;
    {
        TranscriptUndoStep step(transcript.document(), uiText(call.context, "undo.tag"));
        const ViewLock locked(css::uno::Reference<css::frame::XModel>(transcript.document(), css::uno::UNO_QUERY_THROW));
        tagged = tagSpan(opened.project, transcriptKey(opened.folder, transcript.file()), transcript, span, request);
    }
    const std::string key = transcriptKey(opened.folder, transcript.file());
    const auto passage =
        std::find_if(opened.project.passages.begin(), opened.project.passages.end(),
                     [&](const Passage& p) { return p.transcript == key && p.anchor == tagged.anchor; });
    if ((keyQuote || memoThemes) && passage != opened.project.passages.end()) {
        const std::string passageId = passage->id;
        changeAndSave(opened, [&](Project& project) {
            if (keyQuote)
                setKeyQuote(project, passageId, themes, true);
            if (memoThemes)
                setMemoThemes(project, passageId, *memoThemes);
        });
    } else if (!tagged.createdThemes.empty())
        saveProject(opened);
    return tagged.anchor;
}

}  // namespace

CommandOutcome tagSpanWithDialog(CommandCall& call, WriterTranscript& transcript, const TextSpan& span) {
    const SpanTags current = tagsOver(call.project->project, transcript, span, call.coder);
    CommandOutcome outcome = CommandOutcome::cancel();
    runTagDialog(call.context, call.frame, span.text(), themeChoices(call.project->project, recentThemes()),
                 current.themes, current.memo, [&](const TagChoice& choice) {
                     outcome =
                         CommandOutcome::done(toOUString(tag(call, transcript, span, choice.themes, choice.memo)));
                     rememberThemes(recentThemes(), choice.themes);
                 });
    return outcome;
}

CommandOutcome tagSelection(CommandCall& call) {
    WriterTranscript transcript = WriterTranscript::toTag(call.frame);
    const std::unique_ptr<WriterSpan> selection = transcript.selection();
    rewriteIfPending(call.context, *call.project, transcript);  // a codebook change it waited for, first
    if (call.interactive)
        return tagSpanWithDialog(call, transcript, *selection);
    return CommandOutcome::done(
        toOUString(tag(call, transcript, *selection, splitList(call.arguments.textOr("Themes", "")),
                       call.arguments.textOr("Memo", ""), call.arguments.flagOr("KeyQuote", false),
                       call.arguments.has("MemoThemes")
                           ? std::optional<std::vector<std::string>>(splitList(call.arguments.textOr("MemoThemes", "")))
                           : std::nullopt)));
}

CommandOutcome quickTag(CommandCall& call) {
    if (call.interactive)
        return tagSelection(call);  // without arguments: the tagging dialog
    std::string theme;
    if (call.arguments.has("Number")) {
        const double number = call.arguments.number("Number").value_or(0);
        // Checked before the conversion: a number out of int's range must not reach it.
        const bool whole = number >= 1 && number <= kThemeShortcuts && number == std::floor(number);
        const std::optional<std::string> numbered =
            whole ? shortcutTheme(call.project->project, static_cast<int>(number)) : std::nullopt;
        if (!numbered)
            throw Error("quicktag.no_theme", {call.arguments.textOr("Number", "")});
        theme = *numbered;
    } else
        theme = requireTheme(call.project->project, call.arguments.required("Theme")).name;  // never a new theme
    WriterTranscript transcript = WriterTranscript::toTag(call.frame);
    const std::unique_ptr<WriterSpan> selection = transcript.selection();
    rewriteIfPending(call.context, *call.project, transcript);
    const std::string anchor = tag(call, transcript, *selection, {theme}, "");
    rememberThemes(recentThemes(), {theme});
    return CommandOutcome::done(toOUString(anchor));
}

}  // namespace ets::uno::commands
