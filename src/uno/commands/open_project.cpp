// vnd.ets:OpenProject — create or open the project folder (or a copy of the demo project) and say who codes here.
// Arguments: Folder (path or file URL), Create (boolean), Demo (boolean), Name, Coder, RestoreBackup.
// Result: the project file's path.

#include "commands/commands.hpp"

#include "core/project/first_run.hpp"
#include "core/project/project_paths.hpp"
#include "core/project/project_store.hpp"
#include "core/text/error.hpp"
#include "dialogs/open_project_dialog.hpp"
#include "office/extension_files.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/user_settings.hpp"

namespace ets::uno::commands {

namespace fs = std::filesystem;

// The one place the dialogs and the arguments end up: a person and a macro get the same project.
CommandOutcome openOrCreateProject(CommandCall& call, const ProjectRequest& request) {
    if (request.folder.empty())
        throw Error("args.missing", {"Folder"});
    checkGivenPath(request.folder, "Folder");
    const fs::path& folder = request.folder;
    if (request.demo) {
        copyDemoProject(extensionFolder() / "demo", folder);
    } else if (request.create) {
        createProject(folder, request.name.empty() ? folder.filename().string() : request.name, request.coder);
    } else if (hasOnlyBackup(folder)) {
        if (!request.restoreBackup)
            throw Error("project.only_backup", {folder.u8string(), (folder / kBackupFileName).u8string()});
        restoreBackup(folder);
    }
    OpenedProject opened = ets::openProject(folder, indexFileFor(call.context, folder),
                                            request.coder.empty() ? call.coder : request.coder);
    if (!request.create && !request.name.empty() && request.name != opened.project.name)
        changeAndSave(opened, [&](Project& project) { project.name = request.name; });
    CommandOutcome outcome = CommandOutcome::done(toOUString((folder / kProjectFileName).string()));
    outcome.opened = std::move(opened);
    if (!request.coder.empty())
        outcome.coder = request.coder;
    return outcome;
}

CommandOutcome openProject(CommandCall& call) {
    if (call.interactive) {
        ProjectRequest current;
        if (call.project) {
            current.folder = call.project->folder;
            current.name = call.project->project.name;
        }
        current.coder = call.coder;
        CommandOutcome outcome = CommandOutcome::cancel();
        runOpenProjectDialog(call.context, call.frame, current, [&](ProjectRequest request) {
            // A folder that lost its project file but kept its backup: the person is asked before it is put back.
            if (!request.create && hasOnlyBackup(request.folder))
                request.restoreBackup = askYesNo(
                    call.context, call.frame,
                    uiText(call.context, "project.restore_question", {(request.folder / kBackupFileName).u8string()}));
            outcome = openOrCreateProject(call, request);
        });
        return outcome;
    }
    ProjectRequest request;
    request.folder = pathFromUserText(toOUString(call.arguments.textOr("Folder", "")));
    request.create = call.arguments.flagOr("Create", false);
    request.demo = call.arguments.flagOr("Demo", false);
    request.name = call.arguments.textOr("Name", "");
    request.coder = call.arguments.textOr("Coder", "");
    request.restoreBackup = call.arguments.flagOr("RestoreBackup", false);
    return openOrCreateProject(call, request);
}

}  // namespace ets::uno::commands
