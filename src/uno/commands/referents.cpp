#include "commands/referents.hpp"

#include "core/text/error.hpp"
#include "core/method/method.hpp"
#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <nlohmann/json.hpp>

namespace ets::uno::commands {

namespace {

std::string requireName(const Arguments& arguments)
{
    std::optional<std::string> name = arguments.text("Name");
    if (!name)
        throw Error("args.missing", {"Name"});
    return *name;
}

} // namespace

std::optional<CommandOutcome> runReferentAction(CommandCall& call, OpenedProject& opened, const std::string& action)
{
    if (action == "setreferent")
    {
        const std::string name = requireName(call.arguments);
        const std::string organisation = call.arguments.textOr("Organisation", "");
        std::string saved;
        changeAndSave(opened, [&](Project& project) { saved = setReferent(project, name, organisation).name; });
        return CommandOutcome::done(toOUString(saved));
    }
    if (action == "removereferent")
    {
        const std::string name = requireName(call.arguments);
        changeAndSave(opened, [&](Project& project) { removeReferent(project, name); });
        return CommandOutcome::done(uiText(call.context, "referent.removed", {name}));
    }
    if (action == "nominations")
    {
        nlohmann::json rows = nlohmann::json::array();
        for (const Nomination& row : nominations(opened.project))
            rows.push_back({{"referent", row.referent},   {"organisation", row.organisation}, {"listed", row.listed},
                            {"named", row.named},         {"interviewed", row.interviewed},   {"flag", row.flag}});
        return CommandOutcome::done(toOUString(rows.dump()));
    }
    return std::nullopt;
}

} // namespace ets::uno::commands
