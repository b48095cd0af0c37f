// vnd.ets:Passages — the tagged passages of the document or of the whole project.
// Arguments: Scope = Document | Project (default Document), Theme, Organisation, Coder (filters);
// Action = List (default) | GoTo with Anchor (and WriterTranscript for a passage of another document).
// Result of List: a JSON array [{anchor, transcript, themes, organisation, coder, text, memo}].

#include "commands/commands.hpp"
#include "commands/tagging.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "writer/project_transcripts.hpp"
#include "office/strings.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ets::uno::commands {

namespace {

std::string organisationOf(const Project& project, const std::string& transcript)
{
    for (const Interview& interview : project.interviews)
        if (interview.transcript == transcript)
            if (const Organisation* organisation = project.findOrganisation(interview.organisationId))
                return organisation->name;
    return std::string();
}

} // namespace

nlohmann::json listPassages(CommandCall& call, OpenedProject& opened, const PassageFilter& filter)
{
    std::string onlyTranscript;
    if (filter.scope == "Document")
    {
        WriterTranscript transcript = WriterTranscript::inFrame(call.frame);
        onlyTranscript = transcriptKey(opened, transcript);
        const IndexUpdate update = indexOpenTranscript(opened, transcript);
        if (update.added + update.removed + update.updated > 0 || !update.createdThemes.empty())
            saveProject(opened);
    }
    else if (filter.scope == "Project")
        refreshProjectIndex(call.context, opened);
    else
        throw Error("args.bad_choice", {"Scope", filter.scope, "Document, Project"});

    const std::string themeId = filter.theme.empty() ? std::string() : requireTheme(opened.project, filter.theme).id;
    nlohmann::json list = nlohmann::json::array();
    for (const Passage& passage : opened.project.passages)
    {
        if (!onlyTranscript.empty() && passage.transcript != onlyTranscript)
            continue;
        if (!themeId.empty() &&
            std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) == passage.themeIds.end())
            continue;
        const std::string organisationName = organisationOf(opened.project, passage.transcript);
        if (!filter.organisation.empty() && organisationName != filter.organisation)
            continue;
        if (!filter.coder.empty() && passage.coder != filter.coder)
            continue;
        nlohmann::json themes = nlohmann::json::array();
        for (const std::string& id : passage.themeIds)
            if (const Theme* theme = opened.project.findTheme(id))
                themes.push_back(theme->name);
        list.push_back({{"anchor", passage.anchor},
                        {"transcript", passage.transcript},
                        {"themes", themes},
                        {"organisation", organisationName},
                        {"coder", passage.coder},
                        {"text", passage.text},
                        {"memo", passage.memo}});
    }
    return list;
}

CommandOutcome passages(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    const std::string action = call.arguments.textOr("Action", "List");
    if (action == "GoTo")
    {
        const std::string anchor = call.arguments.textOr("Anchor", "");
        const std::string elsewhere = call.arguments.textOr("Transcript", "");
        if (elsewhere.empty())
        {
            WriterTranscript::inFrame(call.frame).select(anchor);
            return CommandOutcome::done(toOUString(anchor));
        }
        return CommandOutcome::done(toOUString(openTranscriptAt(call, opened, elsewhere, anchor)));
    }
    if (action != "List")
        throw Error("args.bad_choice", {"Action", action, "List, GoTo"});
    PassageFilter filter;
    filter.scope = call.arguments.textOr("Scope", "Document");
    filter.theme = call.arguments.textOr("Theme", "");
    filter.organisation = call.arguments.textOr("Organisation", "");
    filter.coder = call.arguments.textOr("Coder", "");
    if (call.interactive)
        return runPassagesDialog(call, opened, filter);
    return CommandOutcome::done(toOUString(listPassages(call, opened, filter).dump()));
}

} // namespace ets::uno::commands
