// vnd.ets:Conflicts — the values two offices changed differently, which a save or a refresh had to settle: the later
// one was kept, the other set aside here for a person to review. Argument: Action = List (default) | Reviewed (the
// list is emptied, in the file too). Result of List: a JSON array [{record, field, kept, other, otherBy, at}].

#include "commands/commands.hpp"

#include "core/project/project_merge.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <nlohmann/json.hpp>

namespace ets::uno::commands {

CommandOutcome conflicts(CommandCall& call) {
    OpenedProject& opened = *call.project;
    const std::string action = call.arguments.textOr("Action", "List");
    if (sameName(action, "Reviewed")) {
        markConflictsReviewed(opened);
        return CommandOutcome::done(uiText(call.context, "conflicts.reviewed"));
    }
    if (!sameName(action, "List"))
        throw Error("args.bad_choice", {"Action", action, "List, Reviewed"});
    const std::vector<MergeConflict> kept = conflictsOf(opened.file.content);
    if (!call.interactive) {
        nlohmann::json list = nlohmann::json::array();
        for (const MergeConflict& conflict : kept)
            list.push_back(conflictJson(conflict));
        return CommandOutcome::dataResult(toOUString(list.dump()));
    }
    if (kept.empty())
        return reportDone(call, uiText(call.context, "conflicts.none"));
    std::string lines;
    for (const std::string& line : conflictLines(opened, uiCatalogue(call.context)))
        lines += "\n\xE2\x80\xA2 " + line;  // a bullet
    if (askYesNo(call.context, call.frame, uiText(call.context, "conflicts.list", {lines})))
        markConflictsReviewed(opened);
    return CommandOutcome::done(toOUString(lines));
}

}  // namespace ets::uno::commands
