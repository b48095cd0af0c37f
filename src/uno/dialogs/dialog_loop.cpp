#include "dialogs/dialog_loop.hpp"

#include "core/text/error.hpp"
#include "dialogs/dialogs.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>

namespace ets::uno::commands {

CommandOutcome untilDone(CommandCall& call, const css::uno::Reference<css::awt::XDialog>& dialog,
                         const std::function<CommandOutcome()>& attempt)
{
    while (dialog->execute() == css::ui::dialogs::ExecutableDialogResults::OK)
    {
        try
        {
            return attempt();
        }
        catch (const Error& error)
        {
            showMessage(call.context, call.frame, MessageKind::Error, uiText(call.context, error));
        }
    }
    return CommandOutcome::cancel();
}

} // namespace ets::uno::commands
