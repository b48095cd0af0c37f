// vnd.ets:Pseudonyms — the project's list of names to pseudonymise (people named in the transcripts who
// are not on an interview card: colleagues, users, relatives), each with the role that replaces it in quotes.
// Argument: People (one person a line, "name = role"; replaces the list). Result: how many names the list has.

#include "commands/commands.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"

#include "core/text/error.hpp"
#include "core/register/people_list.hpp"
#include "core/project/opened_project.hpp"
#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"


namespace ets::uno::commands {

using css::uno::Reference;

namespace {

// Reads the whole list before touching the project: a bad line changes nothing.
CommandOutcome saveList(CommandCall& call, const std::string& text)
{
    const std::vector<PersonName> people = parsePeopleList(text);
    OpenedProject& opened = *call.project;
    changeAndSave(opened, [&](Project& project) { project.people = people; });
    return CommandOutcome::done(uiText(call.context, "people.saved", {std::to_string(people.size())}));
}

CommandOutcome runDialog(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    Dialog dialog(call.context, call.frame, "Pseudonyms");
    setControlText(dialog, "PeopleField", toOUString(formatPeopleList(opened.project.people)));
    setLabel(dialog, "HintLabel", uiText(call.context, "people.hint"));
    CommandOutcome outcome = CommandOutcome::cancel();
    dialog.runUntilAccepted([&] {
        outcome = saveList(call, toUtf8(controlText(dialog, "PeopleField")));
        showMessage(call.context, call.frame, MessageKind::Info, outcome.message);
    });
    return outcome;
}

} // namespace

CommandOutcome pseudonyms(CommandCall& call)
{
    if (call.interactive)
        return runDialog(call);
    if (!call.arguments.has("People"))
        throw Error("args.missing", {"People"});
    return saveList(call, call.arguments.textOr("People", ""));
}

} // namespace ets::uno::commands
