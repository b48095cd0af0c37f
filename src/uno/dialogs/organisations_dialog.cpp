#include "dialogs/organisations_dialog.hpp"

#include "core/method/method.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace {

// The register dialog: the list on the left, the selected organisation's entry on the right.
// Add, Save and Remove close the dialog with that request; runOrganisationsDialog has the command carry it out
// (changing and saving the project) and shows the dialog again, until Close. The handler itself only reads the
// project, so a button never waits for the project while the command that opened the dialog holds it.
class RegisterDialog : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    using Kind = RegisterRequest::Kind;

    RegisterDialog(const Reference<css::uno::XComponentContext>& context, const Project& project)
        : context_(context), project_(project) {}

    void attach(const Reference<css::awt::XDialog>& dialog) { dialog_ = dialog; }
    std::optional<Kind> takeRequest() { return std::exchange(request_, std::nullopt); }

    void fillList(const std::string& select) {
        names_.clear();
        for (const Organisation* organisation : organisationsByName(project_))
            names_.push_back(organisation->name);
        std::vector<rtl::OUString> items;
        sal_Int16 selected = -1;
        for (const std::string& name : names_) {
            if (name == select)
                selected = static_cast<sal_Int16>(items.size());
            items.push_back(toOUString(name));
        }
        setListItems(dialog_, "OrganisationList", items, selected);
        showEntry(selected >= 0 ? findOrganisationNamed(project_, select) : nullptr);
        fillNominations();
    }

    // The committee's referents with what each named and how many were met (flagged outside 3 to 5).
    void fillNominations() {
        referents_.clear();
        for (const Nomination& row : nominations(project_))
            referents_.push_back(row.referent);
        std::vector<rtl::OUString> lines;
        for (const std::string& line : nominationLines(project_, uiCatalogue(context_), true))
            lines.push_back(toOUString(line));
        setListItems(dialog_, "NominationList", lines, -1);
    }

    // The referent typed in the referent fields.
    Referent referentEntry() const {
        return {toUtf8(controlText(dialog_, "RefNameField")), toUtf8(controlText(dialog_, "RefOrganisationField"))};
    }

    // The organisation selected in the list, nullptr when none.
    const Organisation* selected() const {
        const sal_Int16 position = selectedPosition(dialog_, "OrganisationList");
        if (position < 0 || static_cast<std::size_t>(position) >= names_.size())
            return nullptr;
        return findOrganisationNamed(project_, names_[static_cast<std::size_t>(position)]);
    }

    // Everything the entry shows: a saved entry is the entry the person sees.
    OrganisationFields entryFields(bool adding) const {
        OrganisationFields fields;
        (adding ? fields.name : fields.newName) = toUtf8(controlText(dialog_, "NameField"));
        fields.kind = toUtf8(controlText(dialog_, "KindField"));
        fields.sector = toUtf8(controlText(dialog_, "SectorField"));
        fields.commune = toUtf8(controlText(dialog_, "CommuneField"));
        fields.contact = toUtf8(controlText(dialog_, "ContactField"));
        fields.referent = toUtf8(controlText(dialog_, "ReferentField"));
        fields.notes = toUtf8(controlText(dialog_, "NotesField"));
        fields.plannedDate = dateValue(dialog_, "PlannedField");
        const sal_Int16 role = selectedPosition(dialog_, "RoleList");
        if (role >= 0 && role < static_cast<sal_Int16>(std::size(kOrganisationRoles)))
            fields.role = toString(kOrganisationRoles[static_cast<std::size_t>(role)]);
        const sal_Int16 status = selectedPosition(dialog_, "StatusList");
        if (status >= 0 && status < static_cast<sal_Int16>(std::size(kOrganisationStatuses)))
            fields.status = toString(kOrganisationStatuses[static_cast<std::size_t>(status)]);
        return fields;
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const rtl::OUString& method) override {
        // A UNO method: nothing here can fail in a way worth more than leaving the entry as it is.
        if (method == "select")
            showEntry(selected());
        else if (method == "refselect")
            showReferent();
        else if (method == "refsave" || method == "refremove") {
            request_ = method == "refsave" ? Kind::SaveReferent : Kind::RemoveReferent;
            dialog->endExecute();
        } else if (method == "clear")
            clearEntry();
        else if (method == "add" || method == "save" || method == "remove") {
            request_ = method == "add" ? Kind::Add : method == "save" ? Kind::Save : Kind::Remove;
            dialog->endExecute();
        } else
            return false;
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override {
        return methodNames({"select", "clear", "add", "save", "remove", "refselect", "refsave", "refremove"});
    }

private:
    void showReferent() {
        const sal_Int16 position = selectedPosition(dialog_, "NominationList");
        if (position < 0 || static_cast<std::size_t>(position) >= referents_.size())
            return;
        const std::string& name = referents_[static_cast<std::size_t>(position)];
        const Referent* referent = findReferentNamed(project_, name);
        setControlText(dialog_, "RefNameField", toOUString(name));
        setControlText(dialog_, "RefOrganisationField", toOUString(referent ? referent->organisation : std::string()));
    }

    void showEntry(const Organisation* organisation) {
        if (!organisation) {
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
        setDateValue(dialog_, "PlannedField", organisation->plannedDate);
        selectPosition(dialog_, "RoleList",
                       static_cast<sal_Int16>(
                           std::find(std::begin(kOrganisationRoles), std::end(kOrganisationRoles), organisation->role) -
                           std::begin(kOrganisationRoles)));
        selectPosition(dialog_, "StatusList",
                       static_cast<sal_Int16>(std::find(std::begin(kOrganisationStatuses),
                                                        std::end(kOrganisationStatuses), organisation->status) -
                                              std::begin(kOrganisationStatuses)));
    }

    void clearEntry() {
        for (const char* field :
             {"NameField", "KindField", "SectorField", "CommuneField", "ContactField", "ReferentField", "NotesField"})
            setControlText(dialog_, field, rtl::OUString());
        setDateValue(dialog_, "PlannedField", "");
        selectPosition(dialog_, "RoleList", 0);
        selectPosition(dialog_, "StatusList", 0);
        selectPosition(dialog_, "OrganisationList", -1);
    }

    Reference<css::uno::XComponentContext> context_;
    const Project& project_;
    Reference<css::awt::XDialog> dialog_;
    std::vector<std::string> referents_;  // the nominations list's referents, in the order shown
    std::vector<std::string> names_;      // the list's items, in the order shown
    std::optional<Kind> request_;
};

}  // namespace

std::string runOrganisationsDialog(const Reference<css::uno::XComponentContext>& context,
                                   const Reference<css::frame::XFrame>& frame, const Project& project,
                                   const std::function<RegisterDone(const RegisterRequest&)>& carryOut) {
    rtl::Reference<RegisterDialog> form(new RegisterDialog(context, project));
    Dialog dialog(context, frame, "Organisations", static_cast<cppu::OWeakObject*>(form.get()));
    form->attach(dialog);
    form->fillList(project.organisations.empty() ? std::string() : project.organisations.front().name);
    std::string changed;
    for (;;) {
        dialog.execute();
        const std::optional<RegisterRequest::Kind> asked = form->takeRequest();
        if (!asked)
            break;  // Close, Escape or the window's close box
        RegisterRequest request;
        request.kind = *asked;
        const Organisation* selected = form->selected();
        request.selected = selected ? selected->name : std::string();
        request.entry = form->entryFields(request.kind == RegisterRequest::Kind::Add);
        request.referent = form->referentEntry();
        try {
            const RegisterDone done = carryOut(request);
            if (!done.changed.empty())
                changed = done.changed;
            form->fillList(done.select);
        } catch (const Error& error) {
            showError(context, frame, error);
        }
    }
    form->attach(nullptr);
    return changed;
}

}  // namespace ets::uno
