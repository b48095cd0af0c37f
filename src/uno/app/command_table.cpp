#include "commands/command.hpp"

#include "commands/commands.hpp"
#include "core/text/error.hpp"
#include "dialogs/dialogs.hpp"
#include "office/log.hpp"
#include "app/session.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <mutex>
#include <utility>

namespace ets::uno {

namespace {

struct CommandEntry {
    const char* name;
    CommandFunction function;
};

// The single list of commands: the menu (extension/Addons.xcu), the dispatch and the service all go through it.
const CommandEntry kCommands[] = {
    {"OpenProject", &commands::openProject},
    {"About", &commands::about},
    {"Organisations", &commands::organisations},
    {"RecordInterview", &commands::recordInterview},
    {"NewTranscript", &commands::newTranscript},
    {"Themes", &commands::themes},
    {"TagSelection", &commands::tagSelection},
    {"Untag", &commands::untag},
    {"Passages", &commands::passages},
    {"TallyThemes", &commands::tallyThemes},
    {"OrganisationsSheet", &commands::organisationsSheet},
    {"LogHours", &commands::logHours},
    {"HoursSheet", &commands::hoursSheet},
    {"InterviewGuide", &commands::interviewGuide},
    {"Programme", &commands::programme},
    {"InsertBrief", &commands::insertBrief},
    {"Deliverable", &commands::deliverable},
    {"Pseudonyms", &commands::pseudonyms},
    {"ExportQdpx", &commands::exportQdpx},
    {"ExportQdc", &commands::exportQdc},
    {"ImportQdpx", &commands::importQdpx},
    {"ImportQdc", &commands::importQdc},
};

} // namespace

CommandFunction findCommand(const rtl::OUString& name)
{
    for (const CommandEntry& entry : kCommands)
        if (name.equalsAscii(entry.name))
            return entry.function;
    return nullptr;
}

CommandOutcome runCommand(CommandFunction command, CommandCall& call)
{
    CommandOutcome outcome;
    try
    {
        std::lock_guard<std::recursive_mutex> lock(Session::instance().mutex());
        outcome = command(call);
    }
    catch (const Error& error)
    {
        outcome = CommandOutcome{false, uiText(call.context, error), false};
    }
    catch (const css::uno::Exception& exception)
    {
        logError("UNO exception in a command", toUtf8(exception.Message));
        outcome = CommandOutcome{false, uiText(call.context, "error.office", {toUtf8(exception.Message)}), false};
    }
    catch (const std::exception& exception)
    {
        logError("exception in a command", exception.what());
        outcome = CommandOutcome{false, uiText(call.context, "error.internal", {exception.what()}), false};
    }
    if (!outcome.success && !outcome.cancelled && call.interactive)
        showMessage(call.context, call.frame, MessageKind::Error, outcome.message);
    return outcome;
}

} // namespace ets::uno
