#pragma once
// The Pseudonyms dialog (dialogs/Pseudonyms.xdl): the project's list of names to pseudonymise, one person a line.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>

namespace ets::uno {

// Shows the list as `list` writes it until `accept` takes the text the person typed (an ets::Error it throws is shown
// and the dialog stays, as typed); false when they cancelled.
bool runPseudonymsDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame, const std::string& list,
                         const std::function<void(const std::string&)>& accept);

}  // namespace ets::uno
