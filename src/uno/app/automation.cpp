#include "app/automation.hpp"

#include "app/command_table.hpp"
#include "app/service_names.hpp"
#include "app/session.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/frame/Desktop.hpp>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using org::etsworkbench::CommandResult;
using rtl::OUString;

Automation::Automation(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

CommandResult SAL_CALL Automation::execute(const OUString& command, const Sequence<css::beans::NamedValue>& arguments) {
    Reference<css::frame::XFrame> frame;
    try {
        frame = css::frame::Desktop::create(context_)->getCurrentFrame();
    } catch (const css::uno::Exception&) {
        // Commands that need a document say so themselves.
    }
    return executeInFrame(frame, command, arguments);
}

CommandResult SAL_CALL Automation::executeInFrame(const Reference<css::frame::XFrame>& frame, const OUString& command,
                                                  const Sequence<css::beans::NamedValue>& arguments) {
    const CommandEntry* entry = findCommand(command);
    if (!entry)
        return CommandResult(false, uiText(context_, "command.unknown", {toUtf8(command)}));
    CommandCall call;
    call.context = context_;
    call.frame = frame;
    call.arguments = Arguments::fromNamedValues(arguments);
    const CommandOutcome outcome = runCommand(*entry, call);
    return CommandResult(outcome.success, outcome.message);
}

CommandResult SAL_CALL Automation::openProject(const OUString& folder, sal_Bool create, const OUString& name,
                                               const OUString& coder) {
    Sequence<css::beans::NamedValue> arguments(4);
    arguments[0] = css::beans::NamedValue("Folder", Any(folder));
    arguments[1] = css::beans::NamedValue("Create", Any(static_cast<bool>(create)));
    arguments[2] = css::beans::NamedValue("Name", Any(name));
    arguments[3] = css::beans::NamedValue("Coder", Any(coder));
    return execute("OpenProject", arguments);
}

OUString SAL_CALL Automation::getProjectFolder() {
    try {
        const std::unique_lock<std::recursive_mutex> lock = Session::instance().lockForCommand();
        if (!lock.owns_lock())
            return OUString();  // a Basic macro on the main thread while another command works: not known now
        const OpenedProject* opened = Session::instance().currentIfAny(context_);
        return opened ? toOUString(opened->folder.string()) : OUString();
    } catch (const std::exception&) {
        return OUString();
    }
}

CommandResult SAL_CALL Automation::about() { return execute("About", Sequence<css::beans::NamedValue>()); }

namespace {
const ServiceNames kNames{"org.etsworkbench.AutomationImpl", "org.etsworkbench.Automation"};
}

OUString SAL_CALL Automation::getImplementationName() { return kNames.implementationName(); }
sal_Bool SAL_CALL Automation::supportsService(const OUString& name) { return kNames.supports(name); }
Sequence<OUString> SAL_CALL Automation::getSupportedServiceNames() { return kNames.services(); }

}  // namespace ets::uno
