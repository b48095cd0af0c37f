// vnd.ets:Carriers — records (or forgets) that an organisation of the register can carry a theme: its capacities,
// willingness, contact role and reason. Without arguments: the candidates of every theme with their evidence.
// Arguments: Action = Set | Remove, Theme, Organisation, Capacity (";"-separated), Willing, ContactRole, Reason.
// Result: a sentence.

#include "commands/commands.hpp"

#include "core/analysis/brief_document.hpp"
#include "core/analysis/carriers.hpp"
#include "core/coding/codebook.hpp"
#include "core/register/organisations.hpp"
#include "dialogs/argument_dialogs.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

namespace {

CommandOutcome record(CommandCall& call, const CarrierEdit& edit) {
    OpenedProject& opened = *call.project;
    std::string sentence;
    changeAndSave(opened, [&](Project& project) { sentence = editCarriers(project, edit); });
    const Theme* theme = findThemeNamed(opened.project, edit.theme);
    const Organisation* organisation = findOrganisationNamed(opened.project, edit.organisation);
    return CommandOutcome::done(uiText(call.context, sentence.c_str(), {organisation ? organisation->name : edit.organisation, theme ? theme->name : edit.theme}));
}

}  // namespace

CommandOutcome carriers(CommandCall& call) {
    if (call.interactive) {
        const std::vector<CarrierLine> lines =
            carrierLines(call.project->project, themesForBrief(call.project->project), uiCatalogue(call.context));
        CommandOutcome outcome = CommandOutcome::cancel();
        runCarriersDialog(call.context, call.frame, lines, [&](const CarrierEdit& edit) {
            outcome = record(call, edit);
        });
        if (outcome.success)
            showMessage(call.context, call.frame, MessageKind::Info, outcome.message);
        return outcome;
    }
    CarrierEdit edit;
    edit.action = call.arguments.textOr("Action", "Set");
    edit.theme = call.arguments.textOr("Theme", "");
    edit.organisation = call.arguments.textOr("Organisation", "");
    edit.capacities = call.arguments.text("Capacity");
    edit.willing = call.arguments.text("Willing");
    edit.contactRole = call.arguments.text("ContactRole");
    edit.reason = call.arguments.text("Reason");
    return record(call, edit);
}

}  // namespace ets::uno::commands
