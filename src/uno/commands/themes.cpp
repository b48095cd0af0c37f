// vnd.ets:Themes — the codebook: add, rename, describe (description, colour, parent), merge, delete.
// Arguments: Action = Add | Rename | Describe | Merge | Delete, Name, NewName, Into, Parent,
// Description, Colour (#RRGGBB), Force. Renaming, merging and deleting rewrite the tags of every
// transcript concerned, open or not. Result: a sentence saying what changed.

#include "commands/commands.hpp"
#include "commands/tagging.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

namespace ets::uno::commands {

namespace {

// Applies a change of the codebook to the transcripts it concerns; the project is saved last, so a
// transcript that cannot be rewritten leaves the codebook unchanged too.
rtl::OUString applyToTranscripts(CommandCall& call, OpenedProject& opened, Project draft, const ThemeChange& change,
                                 const char* doneKey, const std::vector<std::string>& names)
{
    for (const std::string& key : change.transcripts)
        withTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
            refreshTranscriptTags(call, draft, transcript, key);
        });
    opened.project = std::move(draft);
    saveProject(opened);
    std::vector<std::string> args = names;
    args.push_back(std::to_string(change.passages));
    args.push_back(std::to_string(change.transcripts.size()));
    return uiText(call.context, doneKey, args);
}

} // namespace

CommandOutcome changeCodebook(CommandCall& call, const std::string& action)
{
    OpenedProject& opened = *call.project;
    const Arguments& args = call.arguments;
    const std::string name = args.textOr("Name", "");
    // Renaming, merging and deleting work from the index: it must know every passage first,
    // including those tagged in open documents and in files changed since it last read them.
    if (action == "Rename" || action == "Merge" || action == "Delete")
        refreshProjectIndex(call.context, opened);
    Project draft = opened.project;
    if (action == "Add")
    {
        const Theme& added = addTheme(draft, name, args.textOr("Parent", ""), args.textOr("Description", ""),
                                      args.textOr("Colour", ""));
        const std::string addedName = added.name;
        opened.project = std::move(draft);
        saveProject(opened);
        return CommandOutcome::done(uiText(call.context, "themes.added", {addedName}));
    }
    if (action == "Describe")
    {
        requireTheme(draft, name);
        if (auto description = args.text("Description"))
            describeTheme(draft, name, *description);
        if (auto colour = args.text("Colour"))
            setThemeColour(draft, name, *colour);
        if (auto parent = args.text("Parent"))
            setThemeParent(draft, name, *parent);
        opened.project = std::move(draft);
        saveProject(opened);
        return CommandOutcome::done(uiText(call.context, "themes.described", {name}));
    }
    if (action == "Rename")
    {
        const std::string newName = args.textOr("NewName", "");
        const ThemeChange change = renameTheme(draft, name, newName);
        return CommandOutcome::done(applyToTranscripts(call, opened, std::move(draft), change, "themes.renamed",
                                                       {name, newName}));
    }
    if (action == "Merge")
    {
        const std::string into = args.textOr("Into", "");
        const ThemeChange change = mergeTheme(draft, name, into);
        return CommandOutcome::done(applyToTranscripts(call, opened, std::move(draft), change, "themes.merged",
                                                       {name, into}));
    }
    if (action == "Delete")
    {
        const ThemeChange change = deleteTheme(draft, name, args.flagOr("Force", false));
        return CommandOutcome::done(applyToTranscripts(call, opened, std::move(draft), change, "themes.deleted", {name}));
    }
    throw Error("args.bad_choice", {"Action", action, "Add, Rename, Describe, Merge, Delete"});
}

CommandOutcome themes(CommandCall& call)
{
    if (call.interactive)
        return runThemesDialog(call);
    return changeCodebook(call, call.arguments.textOr("Action", ""));
}

} // namespace ets::uno::commands
