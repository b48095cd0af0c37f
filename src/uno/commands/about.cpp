// vnd.ets:About — the version of the extension and the project it works on.

#include "commands/commands.hpp"

#include "core/project/opened_project.hpp"
#include "office/ui_text.hpp"

namespace ets::uno::commands {

CommandOutcome about(CommandCall& call) {
    const OpenedProject* opened = call.project;
    const rtl::OUString text = opened ? uiText(call.context, "about.with_project",
                                               {ETS_VERSION, opened->project.name, opened->folder.string()})
                                      : uiText(call.context, "about.no_project", {ETS_VERSION});
    return reportDone(call, text);
}

}  // namespace ets::uno::commands
