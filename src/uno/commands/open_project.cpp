// vnd.ets:OpenProject — create or open the project folder (or a copy of the demo project) and say who codes here.
// Arguments: Folder (path or file URL), Create (boolean), Demo (boolean), Name, Coder, RestoreBackup.
// Result: the project file's path. A copy of the demo comes with its coded passages (demo/passages.json in the .oxt):
// each transcript of the copy is opened hidden, tagged as core demo_passages decides, saved and closed.

#include "commands/commands.hpp"

#include "core/analysis/demo_passages.hpp"
#include "core/coding/tagging.hpp"
#include "core/project/first_run.hpp"
#include "core/project/project_paths.hpp"
#include "core/project/project_store.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "dialogs/open_project_dialog.hpp"
#include "office/extension_files.hpp"
#include "office/log.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/user_settings.hpp"
#include "writer/project_transcripts.hpp"

#include <chrono>

namespace ets::uno::commands {

namespace fs = std::filesystem;

namespace {

// Tags the passages the demo ships (core readDemoPassages, codeDemoTranscript) in the transcripts of its fresh copy,
// each opened hidden, tagged, saved and closed, the progress in the status bar; then saves the project with them. A
// transcript that cannot be tagged is left as copied and its passages counted: the copy itself never fails for them.
DemoCoding codeDemoCopy(CommandCall& call, OpenedProject& opened, const fs::path& passagesFile) {
    const auto started = std::chrono::steady_clock::now();
    const DemoPassages read = readDemoPassages(passagesFile);
    DemoCoding coding;
    const auto grouped = demoPassagesByTranscript(read);
    if (grouped.empty()) {
        if (read.unreadable || read.refused)
            logError("demo passages not read", passagesFile.u8string());
        return coding;
    }
    const std::string date = today();
    const std::string themesLabel = toUtf8(uiText(call.context, "tag.themes_label"));
    const auto total = static_cast<sal_Int32>(read.passages.size());
    Progress progress(call.frame, uiText(call.context, "project.demo_progress"), total);
    sal_Int32 done = 0;
    for (const auto& [key, passages] : grouped) {
        progress.set(done, total);
        const Project before = opened.project;
        try {
            DemoCoding one;
            changeTranscript(call.context, opened, key, [&](WriterTranscript& transcript) {
                requireTaggable(transcript);
                one = codeDemoTranscript(opened.project, key, transcript, passages, date, themesLabel);
                return one.tagged > 0;
            });
            coding += one;  // counted once the transcript is saved
        } catch (const std::exception& error) {
            // The transcript stays as copied (a hidden one is closed unsaved), the project without its passages.
            opened.project = before;
            coding += failedDemoTranscript(key, passages);
            logError("demo transcript not tagged", key + ": " + error.what());
        } catch (const css::uno::Exception& error) {
            opened.project = before;
            coding += failedDemoTranscript(key, passages);
            logError("demo transcript not tagged", key + ": " + toUtf8(error.Message));
        }
        done += static_cast<sal_Int32>(passages.size());
    }
    progress.set(total, total);
    try {
        if (coding.tagged > 0)
            saveProject(opened);
    } catch (const Error& error) {
        // The transcripts hold their passages: the next command reads them again; the copy is still opened.
        logError("demo passages not saved with the project", error.key());
    }
    const auto took =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    for (const std::string& missed : coding.missed)
        logError("demo passage skipped", missed);
    logError("demo copy coded", std::to_string(coding.tagged) + " passages tagged, " +
                                    std::to_string(coding.notFound) + " quotes not found, " +
                                    std::to_string(coding.unknownTheme) + " with unknown themes, " +
                                    std::to_string(coding.failed) + " in transcripts not tagged, " +
                                    std::to_string(read.refused) + " entries refused, in " + std::to_string(took) +
                                    " ms");
    return coding;
}

}  // namespace

// The one place the dialogs and the arguments end up: a person and a macro get the same project.
CommandOutcome openOrCreateProject(CommandCall& call, const ProjectRequest& request) {
    if (request.folder.empty())
        throw Error("args.missing", {"Folder"});
    checkGivenPath(request.folder, "Folder");
    const fs::path& folder = request.folder;
    if (request.demo) {
        copyDemoProject(extensionFolder() / "demo", folder);
    } else if (request.create) {
        createProject(folder, request.name.empty() ? folder.filename().string() : request.name, request.coder,
                      readUserOptions(call.context).placesPerOrganisation);
    } else if (hasOnlyBackup(folder)) {
        if (!request.restoreBackup)
            throw Error("project.only_backup", {folder.u8string(), (folder / kBackupFileName).u8string()});
        restoreBackup(folder);
    }
    OpenedProject opened = ets::openProject(folder, indexFileFor(call.context, folder),
                                            request.coder.empty() ? call.coder : request.coder);
    if (request.demo)
        codeDemoCopy(call, opened, extensionFolder() / "demo" / "passages.json");
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
