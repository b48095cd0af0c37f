#pragma once
// The ETS project this office works on: one per office process, shared by every window and by
// the automation service. Nothing is read before a command asks for the project.

#include "core/project/model.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace ets::uno {

struct OpenedProject {
    std::filesystem::path folder;
    Project project;
};

class Session {
public:
    static Session& instance();

    // The open project, reopening the last one remembered in the user settings the first time.
    // Throws ets::Error("project.none_open") when there is none.
    OpenedProject& current(const css::uno::Reference<css::uno::XComponentContext>& context);
    // Like current() but never throws: nullopt-like nullptr when no project can be had.
    const OpenedProject* currentIfAny(const css::uno::Reference<css::uno::XComponentContext>& context);

    OpenedProject& open(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const std::filesystem::path& folder);
    OpenedProject& create(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const std::filesystem::path& folder, const std::string& name, const std::string& coder);
    // Saves the open project atomically (see core/project_store.hpp).
    void save();

    // The name of the person who codes on this machine (user setting), falling back to the project's.
    std::string coder(const css::uno::Reference<css::uno::XComponentContext>& context);
    void setCoder(const css::uno::Reference<css::uno::XComponentContext>& context, const std::string& coder);

    // Held by every command for its whole run: one command at a time touches the project.
    std::recursive_mutex& mutex() { return mutex_; }

private:
    void remember(const css::uno::Reference<css::uno::XComponentContext>& context);

    std::recursive_mutex mutex_;
    std::optional<OpenedProject> opened_;
    bool triedLastProject_ = false;
};

} // namespace ets::uno
