// vnd.ets:OpenProject — create or open the project folder and say who codes on this machine.
// Arguments: Folder (path or file URL), Create (boolean), Name, Coder. Result: the project file's path.

#include "commands/commands.hpp"

#include "core/project/project_store.hpp"
#include "core/text/error.hpp"
#include "dialogs/open_project_dialog.hpp"
#include "office/strings.hpp"

namespace ets::uno::commands {

namespace {

// The one place both the dialog and the arguments end up: a person and a macro get the same project.
CommandOutcome openOrCreate(const ProjectRequest& request) {
    if (request.folder.empty())
        throw Error("args.missing", {"Folder"});
    OpenedProject opened;
    opened.folder = request.folder;
    if (request.create) {
        const std::string name = request.name.empty() ? request.folder.filename().string() : request.name;
        opened.project = createProject(request.folder, name, request.coder);
    } else {
        opened.project = loadProject(request.folder);
        if (!request.name.empty() && request.name != opened.project.name)
            changeAndSave(opened, [&](Project& project) { project.name = request.name; });
    }
    CommandOutcome outcome = CommandOutcome::done(toOUString((opened.folder / kProjectFileName).string()));
    outcome.opened = std::move(opened);
    if (!request.coder.empty())
        outcome.coder = request.coder;
    return outcome;
}

}  // namespace

CommandOutcome openProject(CommandCall& call) {
    if (call.interactive) {
        ProjectRequest current;
        if (call.project) {
            current.folder = call.project->folder;
            current.name = call.project->project.name;
        }
        current.coder = call.coder;
        CommandOutcome outcome = CommandOutcome::cancel();
        runOpenProjectDialog(call.context, call.frame, current,
                             [&](const ProjectRequest& request) { outcome = openOrCreate(request); });
        return outcome;
    }
    ProjectRequest request;
    request.folder = pathFromUserText(toOUString(call.arguments.textOr("Folder", "")));
    request.create = call.arguments.flagOr("Create", false);
    request.name = call.arguments.textOr("Name", "");
    request.coder = call.arguments.textOr("Coder", "");
    return openOrCreate(request);
}

}  // namespace ets::uno::commands
