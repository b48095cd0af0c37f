#include "app/session.hpp"

#include "core/text/error.hpp"
#include "office/main_thread.hpp"
#include "office/user_settings.hpp"

namespace ets::uno {

using css::uno::Reference;
using css::uno::XComponentContext;

Session& Session::instance() {
    static Session session;
    return session;
}

std::unique_lock<std::recursive_mutex> Session::lockForCommand() {
    if (onOfficeMainThread())
        return std::unique_lock<std::recursive_mutex>(mutex_, std::try_to_lock);
    return std::unique_lock<std::recursive_mutex>(mutex_);
}

OpenedProject& Session::current(const Reference<XComponentContext>& context) {
    if (OpenedProject* opened = currentIfAny(context))
        return *opened;
    throw Error("project.none_open");
}

OpenedProject* Session::currentIfAny(const Reference<XComponentContext>& context) {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (!opened_ && !triedLastProject_) {
        triedLastProject_ = true;
        try {
            const UserSettings settings = readUserSettings(context);
            const std::string& last = settings.lastProjectFolder;
            if (!last.empty() && hasProject(last))
                opened_ = openProject(last, indexFileFor(context, last), settings.coder);
        } catch (const std::exception&) {
            // The last project may have moved or broken since; the person opens one again.
        }
    }
    return opened_ ? &*opened_ : nullptr;
}

void Session::adopt(const Reference<XComponentContext>& context, OpenedProject opened) {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    triedLastProject_ = true;
    opened_ = std::move(opened);
    startWorkDone_ = false;
    UserSettings settings = readUserSettings(context);
    settings.lastProjectFolder = opened_->folder.string();
    writeUserSettings(context, settings);
}

std::string Session::coder(const Reference<XComponentContext>& context) {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    // Read at each command: the options page (Tools ▸ Options ▸ ETS Workbench) may have changed it meanwhile.
    coder_ = readUserSettings(context).coder;
    if (!coder_->empty())
        return *coder_;
    const OpenedProject* project = currentIfAny(context);
    return project ? project->project.settings.coder : std::string();
}

void Session::setCoder(const Reference<XComponentContext>& context, const std::string& coder) {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    UserSettings settings = readUserSettings(context);
    settings.coder = coder;
    writeUserSettings(context, settings);
    coder_ = coder;
}

}  // namespace ets::uno
