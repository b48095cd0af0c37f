// vnd.ets:Organisations — the register of field organisations: add one, change its entry, remove it.
// Arguments: Action (Add | Update | Remove | SetReferent | RemoveReferent | Nominations), Name, NewName, Kind, Sector, Commune, Contact, Referent,
// Role, Status, Notes, Force. Result: the organisation's name (a sentence for Remove).

#include "commands/commands.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"

#include "core/text/error.hpp"
#include "core/method/method.hpp"
#include "core/register/organisations.hpp"
#include "commands/referents.hpp"
#include "core/project/opened_project.hpp"
#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <array>
#include <utility>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace {

// The order of the role and status lists of the dialog (their labels are in the .properties).
constexpr std::array<OrganisationRole, 3> kRoles = {OrganisationRole::Knot, OrganisationRole::Lever,
                                                     OrganisationRole::Both};
constexpr std::array<OrganisationStatus, 5> kStatuses = {
    OrganisationStatus::Identified, OrganisationStatus::Contacted, OrganisationStatus::Planned,
    OrganisationStatus::Interviewed, OrganisationStatus::Declined};

std::string lowerAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string requireText(const Arguments& arguments, const char* name)
{
    std::optional<std::string> value = arguments.text(name);
    if (!value)
        throw Error("args.missing", {name});
    return *value;
}

OrganisationFields fieldsFromArguments(const Arguments& arguments)
{
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
    return fields;
}

std::string add(OpenedProject& opened, const OrganisationFields& fields)
{
    std::string name;
    changeAndSave(opened, [&](Project& project) { name = addOrganisation(project, fields).name; });
    return name;
}

std::string update(OpenedProject& opened, const std::string& current, const OrganisationFields& fields)
{
    std::string name;
    changeAndSave(opened, [&](Project& project) { name = updateOrganisation(project, current, fields).name; });
    return name;
}

// The sentence that says what became of the organisation and of its interviews.
rtl::OUString remove(CommandCall& call, OpenedProject& opened, const std::string& name, bool force)
{
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

CommandOutcome runAction(CommandCall& call)
{
    const std::string action = lowerAscii(requireText(call.arguments, "Action"));
    OpenedProject& opened = *call.project;
    const OrganisationFields fields = fieldsFromArguments(call.arguments);
    if (action == "add")
        return CommandOutcome::done(toOUString(add(opened, fields)));
    if (action == "update")
        return CommandOutcome::done(toOUString(update(opened, requireText(call.arguments, "Name"), fields)));
    if (action == "remove")
        return CommandOutcome::done(
            remove(call, opened, requireText(call.arguments, "Name"), call.arguments.flagOr("Force", false)));
    if (std::optional<CommandOutcome> done = runReferentAction(call, opened, action))
        return *done;
    throw Error("organisations.bad_action", {*call.arguments.text("Action")});
}

// The register dialog: the list on the left, the selected organisation's entry on the right.
// Add, Save and Remove close the dialog with that request; runDialog carries it out (changing and
// saving the project) and shows the dialog again, until Close. The handler itself only reads the
// project, so a button never waits for the project while the command that opened the dialog holds it.
class RegisterDialog : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    enum class Request { None, Add, Save, Remove, SaveReferent, RemoveReferent };

    RegisterDialog(const Reference<css::uno::XComponentContext>& context, const Project& project)
        : context_(context), project_(project)
    {
    }

    void attach(const Reference<css::awt::XDialog>& dialog) { dialog_ = dialog; }
    Request takeRequest() { return std::exchange(request_, Request::None); }

    void fillList(const std::string& select)
    {
        names_.clear();
        for (const Organisation& organisation : project_.organisations)
            names_.push_back(organisation.name);
        std::sort(names_.begin(), names_.end(), [](const std::string& a, const std::string& b) {
            return lowerAscii(a) < lowerAscii(b);
        });
        std::vector<rtl::OUString> items;
        sal_Int16 selected = -1;
        for (const std::string& name : names_)
        {
            if (name == select)
                selected = static_cast<sal_Int16>(items.size());
            items.push_back(toOUString(name));
        }
        setListItems(dialog_, "OrganisationList", items, selected);
        showEntry(selected >= 0 ? findOrganisationNamed(project_, select) : nullptr);
        fillNominations();
    }

    // The committee's referents with what each named and how many were met (flagged outside 3 to 5).
    void fillNominations()
    {
        referents_.clear();
        for (const Nomination& row : nominations(project_))
            referents_.push_back(row.referent);
        std::vector<rtl::OUString> lines;
        for (const std::string& line : nominationLines(project_, uiCatalogue(context_), true))
            lines.push_back(toOUString(line));
        setListItems(dialog_, "NominationList", lines, -1);
    }

    // The referent typed in the referent fields: {name, their organisation}.
    std::pair<std::string, std::string> referentEntry() const
    {
        return {toUtf8(controlText(dialog_, "RefNameField")), toUtf8(controlText(dialog_, "RefOrganisationField"))};
    }

    // The organisation selected in the list, nullptr when none.
    const Organisation* selected() const
    {
        const sal_Int16 position = selectedPosition(dialog_, "OrganisationList");
        if (position < 0 || static_cast<std::size_t>(position) >= names_.size())
            return nullptr;
        return findOrganisationNamed(project_, names_[static_cast<std::size_t>(position)]);
    }

    // Everything the entry shows: a saved entry is the entry the person sees.
    OrganisationFields entryFields(bool adding) const
    {
        OrganisationFields fields;
        (adding ? fields.name : fields.newName) = toUtf8(controlText(dialog_, "NameField"));
        fields.kind = toUtf8(controlText(dialog_, "KindField"));
        fields.sector = toUtf8(controlText(dialog_, "SectorField"));
        fields.commune = toUtf8(controlText(dialog_, "CommuneField"));
        fields.contact = toUtf8(controlText(dialog_, "ContactField"));
        fields.referent = toUtf8(controlText(dialog_, "ReferentField"));
        fields.notes = toUtf8(controlText(dialog_, "NotesField"));
        const sal_Int16 role = selectedPosition(dialog_, "RoleList");
        if (role >= 0 && role < static_cast<sal_Int16>(kRoles.size()))
            fields.role = toString(kRoles[static_cast<std::size_t>(role)]);
        const sal_Int16 status = selectedPosition(dialog_, "StatusList");
        if (status >= 0 && status < static_cast<sal_Int16>(kStatuses.size()))
            fields.status = toString(kStatuses[static_cast<std::size_t>(status)]);
        return fields;
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const rtl::OUString& method) override
    {
        // A UNO method: nothing here can fail in a way worth more than leaving the entry as it is.
        if (method == "select")
            showEntry(selected());
        else if (method == "refselect")
            showReferent();
        else if (method == "refsave" || method == "refremove")
        {
            request_ = method == "refsave" ? Request::SaveReferent : Request::RemoveReferent;
            dialog->endExecute();
        }
        else if (method == "clear")
            clearEntry();
        else if (method == "add" || method == "save" || method == "remove")
        {
            request_ = method == "add" ? Request::Add : method == "save" ? Request::Save : Request::Remove;
            dialog->endExecute();
        }
        else
            return false;
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override
    {
        return methodNames({"select", "clear", "add", "save", "remove", "refselect", "refsave", "refremove"});
    }

private:
    void showReferent()
    {
        const sal_Int16 position = selectedPosition(dialog_, "NominationList");
        if (position < 0 || static_cast<std::size_t>(position) >= referents_.size())
            return;
        const std::string& name = referents_[static_cast<std::size_t>(position)];
        const Referent* referent = findReferentNamed(project_, name);
        setControlText(dialog_, "RefNameField", toOUString(name));
        setControlText(dialog_, "RefOrganisationField", toOUString(referent ? referent->organisation : std::string()));
    }

    void showEntry(const Organisation* organisation)
    {
        if (!organisation)
        {
            clearEntry();
            return;
        }
        setControlText(dialog_, "NameField", toOUString(organisation->name));
        setControlText(dialog_, "KindField", toOUString(organisation->kind));
        setControlText(dialog_, "SectorField", toOUString(organisation->sector));
        setControlText(dialog_, "CommuneField", toOUString(organisation->commune));
        setControlText(dialog_, "ContactField", toOUString(organisation->contact));
        setControlText(dialog_, "ReferentField", toOUString(organisation->referent));
        setControlText(dialog_, "NotesField", toOUString(organisation->notes));
        selectPosition(dialog_, "RoleList",
                       static_cast<sal_Int16>(std::find(kRoles.begin(), kRoles.end(), organisation->role) - kRoles.begin()));
        selectPosition(dialog_, "StatusList",
                       static_cast<sal_Int16>(std::find(kStatuses.begin(), kStatuses.end(), organisation->status) -
                                              kStatuses.begin()));
    }

    void clearEntry()
    {
        for (const char* field :
             {"NameField", "KindField", "SectorField", "CommuneField", "ContactField", "ReferentField", "NotesField"})
            setControlText(dialog_, field, rtl::OUString());
        selectPosition(dialog_, "RoleList", 0);
        selectPosition(dialog_, "StatusList", 0);
        selectPosition(dialog_, "OrganisationList", -1);
    }

    Reference<css::uno::XComponentContext> context_;
    const Project& project_;
    Reference<css::awt::XDialog> dialog_;
    std::vector<std::string> referents_; // the nominations list's referents, in the order shown
    std::vector<std::string> names_; // the list's items, in the order shown
    Request request_ = Request::None;
};

struct Done {
    std::string changed; // the organisation added, saved or removed; empty when nothing was done
    std::string select;  // the one to select in the list afterwards
};

// Carries out what the person asked.
Done carryOut(CommandCall& call, OpenedProject& opened, RegisterDialog& form, RegisterDialog::Request request)
{
    if (request == RegisterDialog::Request::SaveReferent || request == RegisterDialog::Request::RemoveReferent)
    {
        const auto [name, organisation] = form.referentEntry();
        const Organisation* shown = form.selected();
        const std::string select = shown ? shown->name : std::string();
        if (request == RegisterDialog::Request::SaveReferent)
            changeAndSave(opened, [&](Project& project) { setReferent(project, name, organisation); });
        else
            changeAndSave(opened, [&](Project& project) { removeReferent(project, name); });
        return {name, select};
    }
    const Organisation* chosen = form.selected();
    if (request == RegisterDialog::Request::Add)
    {
        const std::string added = add(opened, form.entryFields(true));
        return {added, added};
    }
    if (!chosen)
        throw Error("organisations.none_selected");
    const std::string name = chosen->name;
    if (request == RegisterDialog::Request::Save)
    {
        const std::string saved = update(opened, name, form.entryFields(false));
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

CommandOutcome runDialog(CommandCall& call)
{
    OpenedProject& opened = *call.project;
    rtl::Reference<RegisterDialog> form(new RegisterDialog(call.context, opened.project));
    Dialog dialog(call.context, call.frame, "Organisations", static_cast<cppu::OWeakObject*>(form.get()));
    form->attach(dialog);
    form->fillList(opened.project.organisations.empty() ? std::string() : opened.project.organisations.front().name);
    std::string changed;
    for (;;)
    {
        dialog.execute();
        const RegisterDialog::Request request = form->takeRequest();
        if (request == RegisterDialog::Request::None)
            break; // Close, Escape or the window's close box
        try
        {
            const Done done = carryOut(call, opened, *form, request);
            if (!done.changed.empty())
                changed = done.changed;
            form->fillList(done.select);
        }
        catch (const Error& error)
        {
            // What the person typed stays in the entry, to be corrected.
            showError(call.context, call.frame, error);
        }
    }
    form->attach(nullptr);
    return changed.empty() ? CommandOutcome::cancel() : CommandOutcome::done(toOUString(changed));
}

} // namespace

CommandOutcome organisations(CommandCall& call)
{
    return call.interactive ? runDialog(call) : runAction(call);
}

} // namespace ets::uno::commands
