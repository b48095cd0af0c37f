// vnd.ets:Passages — the tagged passages of the document or of the whole project.
// Arguments: Scope = Document | Project (default Document), Theme, Organisation, Coder (filters);
// Action = List (default) | GoTo with Anchor (and Transcript for a passage of another document).
// Result of List: a JSON array [{anchor, transcript, themes, organisation, coder, text, memo}].

#include "commands/commands.hpp"
#include "commands/tagging.hpp"

#include "core/codebook.hpp"
#include "core/error.hpp"
#include "project_index.hpp"
#include "uno_strings.hpp"

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

CommandOutcome passages(CommandCall& call)
{
    OpenedProject& opened = Session::instance().current(call.context);
    const std::string action = call.arguments.textOr("Action", "List");
    const std::string scope = call.arguments.textOr("Scope", "Document");
    if (action == "GoTo")
    {
        const std::string anchor = call.arguments.textOr("Anchor", "");
        const std::string elsewhere = call.arguments.textOr("Transcript", "");
        if (elsewhere.empty())
        {
            Transcript::inFrame(call.frame).select(anchor);
            return CommandOutcome::done(toOUString(anchor));
        }
        return CommandOutcome::done(toOUString(openTranscriptAt(call, opened, elsewhere, anchor)));
    }
    if (action != "List")
        throw Error("args.bad_choice", {"Action", action, "List, GoTo"});

    std::string onlyTranscript;
    if (scope == "Document")
    {
        Transcript transcript = Transcript::inFrame(call.frame);
        onlyTranscript = transcriptKey(opened, transcript);
        const IndexUpdate update = indexOpenTranscript(opened, transcript);
        if (update.added + update.removed + update.updated > 0 || !update.createdThemes.empty())
            Session::instance().save();
    }
    else if (scope == "Project")
        refreshProjectIndex(call.context, opened);
    else
        throw Error("args.bad_choice", {"Scope", scope, "Document, Project"});

    std::string themeId;
    if (auto theme = call.arguments.text("Theme"))
        themeId = requireTheme(opened.project, *theme).id;
    const std::string organisation = call.arguments.textOr("Organisation", "");
    const std::string coder = call.arguments.textOr("Coder", "");

    nlohmann::json list = nlohmann::json::array();
    for (const Passage& passage : opened.project.passages)
    {
        if (!onlyTranscript.empty() && passage.transcript != onlyTranscript)
            continue;
        if (!themeId.empty() &&
            std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) == passage.themeIds.end())
            continue;
        const std::string organisationName = organisationOf(opened.project, passage.transcript);
        if (!organisation.empty() && organisationName != organisation)
            continue;
        if (!coder.empty() && passage.coder != coder)
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
    if (call.interactive)
        return runPassagesDialog(call, opened, list);
    return CommandOutcome::done(toOUString(list.dump()));
}

} // namespace ets::uno::commands
