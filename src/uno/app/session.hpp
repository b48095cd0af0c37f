#pragma once
// The ETS project this office works on: one per office process, shared by every window and by the automation
// service, and handed to each command by the command table. Nothing is read before a command asks for it.

#include "core/project/opened_project.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <mutex>
#include <optional>
#include <string>

namespace ets::uno {

class Session {
public:
    static Session& instance();

    // The open project, reopening the last one remembered in the user settings the first time.
    // Throws ets::Error("project.none_open") when there is none.
    OpenedProject& current(const css::uno::Reference<css::uno::XComponentContext>& context);
    // Like current() but never throws: nullptr when no project can be had.
    OpenedProject* currentIfAny(const css::uno::Reference<css::uno::XComponentContext>& context);
    // The project OpenProject opened or created becomes the one the office works on, and is remembered.
    void adopt(const css::uno::Reference<css::uno::XComponentContext>& context, OpenedProject opened);

    // The name of the person who codes on this machine (user setting), falling back to the project's.
    std::string coder(const css::uno::Reference<css::uno::XComponentContext>& context);
    void setCoder(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& coder);

    // True once for each project the office starts working on (the last one reopened, or one OpenProject opened):
    // the first command does what an interrupted run left to finish.
    bool takeStartWork() {
        const bool due = !startWorkDone_;
        startWorkDone_ = true;
        return due;
    }

    // Held by every command for its whole run: one command at a time touches the project.
    std::recursive_mutex& mutex() { return mutex_; }

    // The session's lock for a command about to run on this thread. Any other thread waits for it. The office's main
    // thread only tries it: it holds the office (every call into a document needs it), and a macro's command holding
    // the session on another thread may be waiting for the office, so waiting here would hang both for good. Not
    // owned (owns_lock() false) when the session is busy.
    std::unique_lock<std::recursive_mutex> lockForCommand();

private:
    std::recursive_mutex mutex_;
    std::optional<OpenedProject> opened_;
    std::optional<std::string> coder_;  // the user setting, read once
    bool triedLastProject_ = false;
    bool startWorkDone_ = false;
};

}  // namespace ets::uno
