#include "app/command_table.hpp"

#include "app/session.hpp"
#include "commands/commands.hpp"
#include "core/coding/codebook_rewrite.hpp"
#include "core/project/project_lock.hpp"
#include "core/text/error.hpp"
#include "dialogs/first_run_dialog.hpp"
#include "dialogs/message_box.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/project_transcripts.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>

#include <map>
#include <mutex>

namespace ets::uno {

namespace {

#define ETS_COMMAND_ENTRY(name, function, documents, project, arguments, menu)                                         \
    {#name, &commands::function, Documents::documents, ProjectNeed::project, arguments},
const CommandEntry kCommands[] = {ETS_COMMAND_LIST(ETS_COMMAND_ENTRY)};
#undef ETS_COMMAND_ENTRY

// What a run that was interrupted left to finish, done by the first command on a project: the lock a killed office
// left on a transcript it was rewriting is removed, and the transcripts that wait for a codebook change are rewritten
// where they can be. Never fails the command: what cannot be finished now waits, and is read as it will be.
std::string finishInterruptedWork(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  OpenedProject& opened) {
    try {
        clearStaleRewriteLock(rewriteMarkerOf(opened));
        if (opened.project.pendingRewrites.empty())
            return {};
        OfficeTranscripts files(context, opened);
        return finishedReport(finishPendingRewrites(opened, files, toUtf8(uiText(context, "tag.themes_label"))),
                              uiCatalogue(context));
    } catch (const std::exception& failure) {
        logError("interrupted theme changes could not be finished", failure.what());
    } catch (const css::uno::Exception& failure) {
        logError("interrupted theme changes could not be finished", toUtf8(failure.Message));
    }
    return {};
}

std::mutex& watchersMutex() {
    static std::mutex mutex;
    return mutex;
}

std::map<int, std::function<void()>>& watchers() {
    static std::map<int, std::function<void()>> all;
    return all;
}

// Each watcher once, from a copy: a watcher may add or remove watchers (a panel closed by what it runs).
void notifyWatchers() {
    std::map<int, std::function<void()>> copy;
    {
        std::lock_guard<std::mutex> lock(watchersMutex());
        copy = watchers();
    }
    for (const auto& [id, watcher] : copy) {
        {
            std::lock_guard<std::mutex> lock(watchersMutex());
            if (!watchers().count(id))
                continue;
        }
        try {
            watcher();
        } catch (const std::exception& failure) {
            logError("a view of the project could not follow a command", failure.what());
        } catch (const css::uno::Exception& failure) {
            logError("a view of the project could not follow a command", toUtf8(failure.Message));
        }
    }
}

// A person called a command that needs a project and none is open: the first-run dialog lets them create one, open
// one or try a copy of the demo, and the command goes on in it. Nothing chosen (a dialog cancelled, as every dialog of
// a headless office is): nullptr, and the command says nothing was done, with no message box over the dialog the person
// just closed.
OpenedProject* projectForCommand(CommandCall& call) {
    Session& session = Session::instance();
    if (OpenedProject* opened = session.currentIfAny(call.context))
        return opened;
    if (!call.interactive)
        throw Error("project.none_open");
    call.coder = session.coder(call.context);
    const bool chosen = runFirstRunDialog(call.context, call.frame, session.coder(call.context),
                                          [&](const ProjectRequest& request) {
                                              CommandOutcome outcome = commands::openOrCreateProject(call, request);
                                              if (outcome.coder)
                                                  session.setCoder(call.context, *outcome.coder);
                                              session.adopt(call.context, std::move(*outcome.opened));
                                          });
    return chosen ? &session.current(call.context) : nullptr;
}

bool has(Documents documents, Documents kind) { return (static_cast<int>(documents) & static_cast<int>(kind)) != 0; }

}  // namespace

const CommandEntry* findCommand(const rtl::OUString& name) {
    for (const CommandEntry& entry : kCommands)
        if (name.equalsAscii(entry.name))
            return &entry;
    return nullptr;
}

bool appliesTo(const CommandEntry& command, const css::uno::Reference<css::frame::XFrame>& frame) {
    css::uno::Reference<css::frame::XController> controller = frame.is() ? frame->getController() : nullptr;
    css::uno::Reference<css::lang::XServiceInfo> document(controller.is() ? controller->getModel() : nullptr,
                                                          css::uno::UNO_QUERY);
    if (!document.is())
        return true;
    if (document->supportsService("com.sun.star.text.TextDocument"))
        return has(command.documents, Documents::Writer);
    if (document->supportsService("com.sun.star.sheet.SpreadsheetDocument"))
        return has(command.documents, Documents::Calc);
    return false;
}

CommandOutcome runCommand(const CommandEntry& command, CommandCall& call) {
    CommandOutcome outcome;
    try {
        // The guide opens whatever the project's state, and never waits for it: nothing of the session is touched.
        // Its refusals are thrown, and so shown below.
        if (command.project == ProjectNeed::NoSession)
            return command.function(call);
        Session& session = Session::instance();
        // A person's click (menu, toolbar, sidebar) runs here on the office's main thread, which holds the office: when
        // a macro's command holds the session (and may be waiting for the office), this one is refused at once rather
        // than hanging both. The person is told and starts it again; a macro on another thread waits its turn.
        const std::unique_lock<std::recursive_mutex> lock = session.lockForCommand();
        if (!lock.owns_lock())
            throw Error("command.busy");
        call.project = command.project == ProjectNeed::NeedsProject ? projectForCommand(call)
                                                                    : session.currentIfAny(call.context);
        if (command.project == ProjectNeed::NeedsProject && !call.project) {
            CommandOutcome nothing = CommandOutcome::cancel();
            nothing.message = uiText(call.context, "project.first_run_cancelled");
            return nothing;
        }
        call.coder = session.coder(call.context);
        std::string startReport;
        if (call.project) {
            // What another office saved since is taken in first: a command never acts on a stale project.
            call.project->editor = call.coder;
            refreshProject(*call.project);
            if (session.takeStartWork())
                startReport = finishInterruptedWork(call.context, *call.project);
            followOpenTranscripts(call.context, *call.project);  // moved transcripts open here: the project follows
        }
        outcome = command.function(call);
        if (outcome.coder)
            session.setCoder(call.context, *outcome.coder);
        if (outcome.opened)
            session.adopt(call.context, std::move(*outcome.opened));
        outcome.opened.reset();
        // Whatever the merge settled (values both sides changed, sync copies, a stale lock) is said with the result.
        // A macro reading data gets pure JSON: the report waits for its next command.
        OpenedProject* opened = session.currentIfAny(call.context);
        if (opened && (!outcome.data || call.interactive))
            if (std::string report = takeSyncReport(*opened, uiCatalogue(call.context));
                !report.empty() || !startReport.empty()) {
                if (!startReport.empty())
                    report = startReport + (report.empty() ? "" : "\n") + report;
                if (!outcome.data)
                    outcome.message +=
                        (outcome.message.isEmpty() ? rtl::OUString() : rtl::OUString("\n")) + toOUString(report);
                if (call.interactive)
                    showMessage(call.context, call.frame, MessageKind::Info, toOUString(report));
            }
    } catch (const Error& error) {
        outcome = CommandOutcome::failed(uiText(call.context, error));
    } catch (const css::uno::Exception& exception) {
        logError("UNO exception in a command", toUtf8(exception.Message));
        outcome = CommandOutcome::failed(uiText(call.context, "error.office", {toUtf8(exception.Message)}));
    } catch (const std::exception& exception) {
        logError("exception in a command", exception.what());
        outcome = CommandOutcome::failed(uiText(call.context, "error.internal", {exception.what()}));
    }
    if (!outcome.success && !outcome.cancelled && (call.interactive || call.showsRefusals))
        showMessage(call.context, call.frame, MessageKind::Error, outcome.message);
    if (outcome.success)
        notifyWatchers();
    return outcome;
}

int watchCommands(std::function<void()> watcher) {
    static int last = 0;
    std::lock_guard<std::mutex> lock(watchersMutex());
    watchers()[++last] = std::move(watcher);
    return last;
}

void unwatchCommands(int id) {
    std::lock_guard<std::mutex> lock(watchersMutex());
    watchers().erase(id);
}

}  // namespace ets::uno
