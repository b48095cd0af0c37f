#pragma once
// The first-run dialog (dialogs/FirstRun.xdl): a command needed a project and found none. The person creates one,
// opens one, or opens a copy of the demo project, in one dialog; the command then goes on in that project.

#include "dialogs/open_project_dialog.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace ets::uno {

// Shows the dialog until `accept` takes the request (an ets::Error it throws is shown and the dialog stays); false
// when the person gave up (and at once in a headless office, where dialogs cancel themselves).
bool runFirstRunDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame, const std::string& coder,
                       const std::function<void(const ProjectRequest&)>& accept);

}  // namespace ets::uno
