#include "app/session.hpp"

#include "core/text/error.hpp"
#include "core/project/project_store.hpp"
#include "office/user_settings.hpp"

namespace ets::uno {

using css::uno::Reference;
using css::uno::XComponentContext;

Session& Session::instance()
{
    static Session session;
    return session;
}

OpenedProject& Session::current(const Reference<XComponentContext>& context)
{
    if (currentIfAny(context))
        return *opened_;
    throw Error("project.none_open");
}

const OpenedProject* Session::currentIfAny(const Reference<XComponentContext>& context)
{
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (!opened_ && !triedLastProject_)
    {
        triedLastProject_ = true;
        try
        {
            const std::string last = readUserSettings(context).lastProjectFolder;
            if (!last.empty() && hasProject(last))
                opened_ = OpenedProject{last, loadProject(last)};
        }
        catch (const std::exception&)
        {
            // The last project may have moved or broken since; the person opens one again.
        }
    }
    return opened_ ? &*opened_ : nullptr;
}

OpenedProject& Session::open(const Reference<XComponentContext>& context, const std::filesystem::path& folder)
{
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    Project project = loadProject(folder);
    triedLastProject_ = true;
    opened_ = OpenedProject{folder, std::move(project)};
    remember(context);
    return *opened_;
}

OpenedProject& Session::create(const Reference<XComponentContext>& context, const std::filesystem::path& folder,
                               const std::string& name, const std::string& coder)
{
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    Project project = createProject(folder, name, coder);
    triedLastProject_ = true;
    opened_ = OpenedProject{folder, std::move(project)};
    remember(context);
    return *opened_;
}

void Session::save()
{
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (!opened_)
        throw Error("project.none_open");
    saveProject(opened_->folder, opened_->project);
}

std::string Session::coder(const Reference<XComponentContext>& context)
{
    std::string name = readUserSettings(context).coder;
    if (name.empty())
        if (const OpenedProject* project = currentIfAny(context))
            name = project->project.settings.coder;
    return name;
}

void Session::setCoder(const Reference<XComponentContext>& context, const std::string& coder)
{
    UserSettings settings = readUserSettings(context);
    settings.coder = coder;
    writeUserSettings(context, settings);
}

void Session::remember(const Reference<XComponentContext>& context)
{
    UserSettings settings = readUserSettings(context);
    settings.lastProjectFolder = opened_->folder.string();
    writeUserSettings(context, settings);
}

} // namespace ets::uno
