// vnd.ets:Organisations — the register of field organisations: add one, change its entry, remove it; and the steering
// committee's referents. Arguments: Action (Add | Update | Remove | SetReferent | RemoveReferent | Nominations, any
// case), Name, NewName, Kind, Sector, Commune, Contact, Referent, Role, Status, Notes, PlannedDate, Force, Organisation (a
// referent's own). Result: the organisation's or referent's name (a sentence for Remove and RemoveReferent), the
// nominations as JSON.

#include "commands/commands.hpp"

#include "core/method/method.hpp"
#include "core/register/organisations.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/organisations_dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <nlohmann/json.hpp>

namespace ets::uno::commands {

namespace {

OrganisationFields fieldsFromArguments(const Arguments& arguments) {
    OrganisationFields fields;
    fields.name = arguments.text("Name");
    fields.newName = arguments.text("NewName");
    fields.kind = arguments.text("Kind");
    fields.sector = arguments.text("Sector");
    fields.commune = arguments.text("Commune");
    fields.contact = arguments.text("Contact");
    fields.referent = arguments.text("Referent");
    fields.role = arguments.text("Role");
    fields.status = arguments.text("Status");
    fields.notes = arguments.text("Notes");
    fields.plannedDate = arguments.text("PlannedDate");
    return fields;
}

std::string add(OpenedProject& opened, const OrganisationFields& fields) {
    checkOrganisationPlan(opened.project, "", fields, today());
    std::string name;
    changeAndSave(opened, [&](Project& project) { name = addOrganisation(project, fields).name; });
    return name;
}

std::string update(OpenedProject& opened, const std::string& current, const OrganisationFields& fields) {
    checkOrganisationPlan(opened.project, current, fields, today());
    std::string name;
    changeAndSave(opened, [&](Project& project) { name = updateOrganisation(project, current, fields).name; });
    return name;
}

// The sentence that says what became of the organisation and of its interviews.
rtl::OUString remove(CommandCall& call, OpenedProject& opened, const std::string& name, bool force) {
    std::string removed;
    std::size_t detached = 0;
    changeAndSave(opened, [&](Project& project) {
        if (const Organisation* organisation = findOrganisationNamed(project, name))
            removed = organisation->name;
        detached = removeOrganisation(project, name, force);
    });
    return detached == 0 ? uiText(call.context, "organisations.removed", {removed})
                         : uiText(call.context, "organisations.removed_detached", {removed, std::to_string(detached)});
}

std::string setReferentNamed(OpenedProject& opened, const std::string& name, const std::string& organisation) {
    std::string saved;
    changeAndSave(opened, [&](Project& project) { saved = setReferent(project, name, organisation).name; });
    return saved;
}

nlohmann::json nominationsJson(const Project& project) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Nomination& row : nominations(project))
        rows.push_back({{"referent", row.referent},
                        {"organisation", row.organisation},
                        {"listed", row.listed},
                        {"named", row.named},
                        {"interviewed", row.interviewed},
                        {"flag", row.flag}});
    return rows;
}

CommandOutcome runAction(CommandCall& call) {
    OpenedProject& opened = *call.project;
    const Arguments& arguments = call.arguments;
    const std::string action = arguments.required("Action");
    if (sameName(action, "Add"))
        return CommandOutcome::done(toOUString(add(opened, fieldsFromArguments(arguments))));
    if (sameName(action, "Update"))
        return CommandOutcome::done(
            toOUString(update(opened, arguments.required("Name"), fieldsFromArguments(arguments))));
    if (sameName(action, "Remove"))
        return CommandOutcome::done(remove(call, opened, arguments.required("Name"), arguments.flagOr("Force", false)));
    if (sameName(action, "SetReferent"))
        return CommandOutcome::done(
            toOUString(setReferentNamed(opened, arguments.required("Name"), arguments.textOr("Organisation", ""))));
    if (sameName(action, "RemoveReferent")) {
        const std::string name = arguments.required("Name");
        changeAndSave(opened, [&](Project& project) { removeReferent(project, name); });
        return CommandOutcome::done(uiText(call.context, "referent.removed", {name}));
    }
    if (sameName(action, "Nominations"))
        return CommandOutcome::dataResult(toOUString(nominationsJson(opened.project).dump()));
    throw Error("organisations.bad_action", {action});
}

// What a button of the register dialog asked for, carried out.
RegisterDone carryOut(CommandCall& call, const RegisterRequest& request) {
    OpenedProject& opened = *call.project;
    using Kind = RegisterRequest::Kind;
    if (request.kind == Kind::SaveReferent)
        return {setReferentNamed(opened, request.referent.name, request.referent.organisation), request.selected};
    if (request.kind == Kind::RemoveReferent) {
        changeAndSave(opened, [&](Project& project) { removeReferent(project, request.referent.name); });
        return {request.referent.name, request.selected};
    }
    if (request.kind == Kind::Add) {
        const std::string added = add(opened, request.entry);
        return {added, added};
    }
    const Organisation* chosen = findOrganisationNamed(opened.project, request.selected);
    if (!chosen)
        throw Error("organisations.none_selected");
    const std::string name = chosen->name;
    if (request.kind == Kind::Save) {
        const std::string saved = update(opened, name, request.entry);
        return {saved, saved};
    }
    const std::size_t interviews = interviewCount(opened.project, chosen->id);
    // Removing an organisation that has interviews is asked first; its interviews stay, unlinked.
    if (interviews > 0 &&
        !askYesNo(call.context, call.frame,
                  uiText(call.context, "organisations.confirm_remove", {name, std::to_string(interviews)})))
        return {std::string(), name};
    remove(call, opened, name, interviews > 0);
    return {name, std::string()};
}

}  // namespace

CommandOutcome organisations(CommandCall& call) {
    if (!call.interactive)
        return runAction(call);
    const std::string changed =
        runOrganisationsDialog(call.context, call.frame, call.project->project,
                               [&](const RegisterRequest& request) { return carryOut(call, request); });
    return changed.empty() ? CommandOutcome::cancel() : CommandOutcome::done(toOUString(changed));
}

}  // namespace ets::uno::commands
