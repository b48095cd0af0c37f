// vnd.ets:Passages — the tagged passages of the document or of the whole project.
// Arguments: Scope = Document | Project (default Document), Theme, Organisation, Coder (filters);
// Action = List (default) | GoTo with Anchor (and Transcript for a passage of another document) | Next | Previous
// (from the cursor, Ctrl+Alt+N and Ctrl+Alt+P) | Memo with Memo (and Anchor; default: the coder's passage under the
// cursor; what the sidebar's memo box saves).
// Result of List: a JSON array [{anchor, transcript, themes, organisation, coder, text, memo}].

#include "commands/commands.hpp"

#include "core/analysis/theme_analysis.hpp"
#include "core/coding/codebook.hpp"
#include "core/coding/passage_steps.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/lists.hpp"
#include "core/project/project_paths.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/passages_dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_undo_step.hpp"
#include "writer/project_transcripts.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <nlohmann/json.hpp>

namespace ets::uno::commands {

namespace {

// The passages the query asks for, once the index knows the document's (or the project's) latest tags.
std::vector<ListedPassage> list(CommandCall& call, const PassagesQuery& query) {
    OpenedProject& opened = *call.project;
    PassageFilter filter = query.filter;
    if (query.wholeProject)
        refreshProjectIndex(call.context, opened);
    else {
        WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
        filter.transcript = transcriptKey(opened.folder, transcript.file());
        const IndexUpdate update = indexDocument(opened.project, filter.transcript, transcript);
        if (!update.createdThemes.empty())
            saveProject(opened);  // the document brought themes the codebook lacked
        else if (update.added + update.removed + update.updated > 0)
            saveIndex(opened);
    }
    return listPassages(opened.project, filter);
}

void untag(CommandCall& call, const ListedPassage& passage) {
    OpenedProject& opened = *call.project;
    withTranscript(call.context, opened, passage.transcript, [&](WriterTranscript& transcript) {
        TranscriptUndoStep step(transcript.document(), uiText(call.context, "undo.untag"));
        untagPassage(opened.project, passage.transcript, transcript, passage.anchor);
    });
    saveIndex(opened);
}

// Opens the passage's transcript at it and runs the tagging dialog there, as TagSelection would.
void retag(CommandCall& call, const ListedPassage& passage) {
    showPassage(call.context, *call.project, passage.transcript, passage.anchor);
    CommandCall there = call;
    there.frame = css::frame::Desktop::create(call.context)->getCurrentFrame();
    there.arguments = Arguments();
    there.interactive = true;
    WriterTranscript transcript = WriterTranscript::inFrame(there.frame);
    tagSpanWithDialog(there, transcript, *transcript.anchorSpan(passage.anchor));
}

// Marks the passage as a key quote for `theme` (else for each of its themes), or unmarks it when it is one already;
// says which.
void toggleKeyQuote(CommandCall& call, const ListedPassage& listed, const std::string& theme) {
    OpenedProject& opened = *call.project;
    const auto found = std::find_if(opened.project.passages.begin(), opened.project.passages.end(), [&](const Passage& p) {
        return p.transcript == listed.transcript && p.anchor == listed.anchor;
    });
    if (found == opened.project.passages.end())
        throw Error("passage.unknown", {listed.anchor});
    const std::string passageId = found->id;
    const std::vector<std::string> themes = theme.empty() ? listed.themes : std::vector<std::string>{theme};
    const Theme* first = themes.empty() ? nullptr : findThemeNamed(opened.project, themes.front());
    const bool key = !(first && isKeyQuote(opened.project, *found, first->id));
    changeAndSave(opened, [&](Project& project) { setKeyQuote(project, passageId, themes, key); });
    showMessage(call.context, call.frame, MessageKind::Info,
                uiText(call.context, key ? "keyquote.marked" : "keyquote.unmarked", {joined(themes, ", ")}));
}

PassagesQuery queryFromArguments(const Arguments& arguments) {
    PassagesQuery query;
    const std::string scope = arguments.textOr("Scope", "Document");
    if (!sameName(scope, "Document") && !sameName(scope, "Project"))
        throw Error("args.bad_choice", {"Scope", scope, "Document, Project"});
    query.wholeProject = sameName(scope, "Project");
    query.filter.theme = arguments.textOr("Theme", "");
    query.filter.organisation = arguments.textOr("Organisation", "");
    query.filter.coder = arguments.textOr("Coder", "");
    return query;
}

// The memo of a passage of the transcript in the frame, written from the sidebar: the coder's own passage at Anchor,
// else under the cursor. One undo step; the project's index follows at once, as for tagging.
CommandOutcome setMemo(CommandCall& call) {
    OpenedProject& opened = *call.project;
    WriterTranscript transcript = WriterTranscript::toTag(call.frame);
    std::string anchor = call.arguments.textOr("Anchor", "");
    if (anchor.empty()) {
        const std::optional<TagRecord> own =
            ownPassageAt(transcript.records(), transcript.anchorsAt(*transcript.cursor()), call.coder);
        if (!own)
            throw Error("memo.no_passage");
        anchor = own->anchor;
    }
    const std::string memo = call.arguments.textOr("Memo", "");
    TranscriptUndoStep step(transcript.document(), uiText(call.context, "undo.memo"));
    setPassageMemo(opened.project, transcriptKey(opened.folder, transcript.file()), transcript, anchor, memo,
                   call.coder, toUtf8(uiText(call.context, "tag.themes_label")));
    return CommandOutcome::done(toOUString(anchor));
}

}  // namespace

CommandOutcome passages(CommandCall& call) {
    const std::string action = call.arguments.textOr("Action", "List");
    if (sameName(action, "GoTo")) {
        const std::string anchor = call.arguments.textOr("Anchor", "");
        const std::string elsewhere = call.arguments.textOr("Transcript", "");
        if (elsewhere.empty())
            WriterTranscript::inFrame(call.frame).select(anchor);
        else
            showPassage(call.context, *call.project, elsewhere, anchor);
        return CommandOutcome::done(toOUString(anchor));
    }
    if (const std::optional<PassageStep> step = passageStep(action)) {
        // From the keyboard: the next or previous passage from the cursor, selected (filters Theme and Coder).
        WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
        const std::optional<std::string> anchor =
            passageFrom(call.project->project, transcript, *transcript.cursor(), *step,
                        call.arguments.textOr("Theme", ""), call.arguments.textOr("Coder", ""));
        if (!anchor)
            throw Error(*step == PassageStep::Next ? "passages.none_after" : "passages.none_before");
        transcript.select(*anchor);
        return CommandOutcome::done(toOUString(*anchor));
    }
    if (sameName(action, "Memo"))
        return setMemo(call);
    if (!sameName(action, "List"))
        throw Error("args.bad_choice", {"Action", action, "List, GoTo, Next, Previous, Memo"});
    const PassagesQuery query = queryFromArguments(call.arguments);
    if (!call.interactive)
        return CommandOutcome::dataResult(toOUString(passagesJson(list(call, query)).dump()));
    const PassagesActions actions{[&](const PassagesQuery& asked) { return list(call, asked); },
                                  [&](const ListedPassage& passage) {
                                      showPassage(call.context, *call.project, passage.transcript, passage.anchor);
                                  },
                                  [&](const ListedPassage& passage) { untag(call, passage); },
                                  [&](const ListedPassage& passage) { retag(call, passage); },
                                  [&](const ListedPassage& passage, const std::string& theme) {
                                      toggleKeyQuote(call, passage, theme);
                                  }};
    const std::size_t shown =
        runPassagesDialog(call.context, call.frame, filterChoices(call.project->project), query, actions);
    return CommandOutcome::done(uiText(call.context, "passages.count", {std::to_string(shown)}));
}

}  // namespace ets::uno::commands
