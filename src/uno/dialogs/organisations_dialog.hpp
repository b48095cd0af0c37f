#pragma once
// The register of organisations (dialogs/Organisations.xdl): the list on the left, the chosen organisation's entry on
// the right (Add, Save, Remove), and beside them the steering committee's referents with what each named.

#include "core/register/organisations.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>

namespace ets::uno {

// What a button of the dialog asks for.
struct RegisterRequest {
    enum class Kind { Add, Save, Remove, SaveReferent, RemoveReferent };
    Kind kind = Kind::Add;
    std::string selected;      // the organisation selected in the list; empty when none
    OrganisationFields entry;  // what the entry shows (its name as `name` for Add, as `newName` for Save)
    Referent referent;         // what the referent fields show
};

// What the command did: the organisation or referent changed (empty when nothing was), and the organisation to
// select in the list afterwards.
struct RegisterDone {
    std::string changed;
    std::string select;
};

// Shows the dialog over `project` (read again after every change) until it is closed; each request goes to `carryOut`.
// An ets::Error it throws is shown and what the person typed stays, to be corrected. Returns the last thing changed.
std::string runOrganisationsDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                                   const css::uno::Reference<css::frame::XFrame>& frame, const Project& project,
                                   const std::function<RegisterDone(const RegisterRequest&)>& carryOut);

}  // namespace ets::uno
