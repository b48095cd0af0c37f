// vnd.ets:Pseudonyms — the project's list of names to pseudonymise (people named in the transcripts who
// are not on an interview card: colleagues, users, relatives), each with the role that replaces it in quotes.
// Argument: People (one person a line, "name = role"; replaces the list). Result: how many names the list has.

#include "commands/commands.hpp"

#include "core/register/people_list.hpp"
#include "core/text/error.hpp"
#include "dialogs/message_box.hpp"
#include "dialogs/pseudonyms_dialog.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

namespace {

// Reads the whole list before touching the project: a bad line changes nothing.
CommandOutcome saveList(CommandCall& call, const std::string& text) {
    const std::vector<PersonName> people = parsePeopleList(text);
    changeAndSave(*call.project, [&](Project& project) { project.people = people; });
    return CommandOutcome::done(uiText(call.context, "people.saved", {std::to_string(people.size())}));
}

}  // namespace

CommandOutcome pseudonyms(CommandCall& call) {
    if (call.interactive) {
        CommandOutcome outcome = CommandOutcome::cancel();
        runPseudonymsDialog(call.context, call.frame, formatPeopleList(call.project->project.people),
                            [&](const std::string& text) {
                                outcome = saveList(call, text);
                                showMessage(call.context, call.frame, MessageKind::Info, outcome.message);
                            });
        return outcome;
    }
    if (!call.arguments.has("People"))
        throw Error("args.missing", {"People"});
    return saveList(call, call.arguments.textOr("People", ""));
}

}  // namespace ets::uno::commands
