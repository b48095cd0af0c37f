// vnd.ets:OpenProject — create or open the project folder and say who codes on this machine.
// Arguments: Folder (path or file URL), Create (boolean), Name, Coder. Result: the project file's path.

#include "commands/commands.hpp"
#include "dialogs/dialog_loop.hpp"

#include "core/text/error.hpp"
#include "core/project/project_store.hpp"
#include "dialogs/dialogs.hpp"
#include "app/session.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <cppuhelper/implbase1.hxx>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace {

struct ProjectRequest {
    std::filesystem::path folder;
    bool create = false;
    std::string name;
    std::string coder;
};

// The one place both the dialog and the arguments end up: a person and a macro get the same project.
CommandOutcome openOrCreate(CommandCall& call, const ProjectRequest& request)
{
    if (request.folder.empty())
        throw Error("args.missing", {"Folder"});
    Session& session = Session::instance();
    if (!request.coder.empty())
        session.setCoder(call.context, request.coder);
    OpenedProject* opened = nullptr;
    if (request.create)
    {
        std::string name = request.name.empty() ? request.folder.filename().string() : request.name;
        opened = &session.create(call.context, request.folder, name, request.coder);
    }
    else
    {
        opened = &session.open(call.context, request.folder);
        if (!request.name.empty() && request.name != opened->project.name)
        {
            opened->project.name = request.name;
            session.save();
        }
    }
    return CommandOutcome::done(toOUString((opened->folder / kProjectFileName).string()));
}

// The Browse button of the dialog: picks a folder and writes it into the folder field.
class BrowseHandler : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    explicit BrowseHandler(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const rtl::OUString& method) override
    {
        if (method != "browse")
            return false;
        try
        {
            auto picker = css::ui::dialogs::FolderPicker::create(context_);
            const rtl::OUString current = controlText(dialog, "FolderField");
            if (!current.isEmpty())
                picker->setDisplayDirectory(fileUrlFromPath(pathFromUserText(current)));
            if (picker->execute() == css::ui::dialogs::ExecutableDialogResults::OK)
                setControlText(dialog, "FolderField", toOUString(pathFromUserText(picker->getDirectory()).string()));
        }
        catch (const css::uno::Exception&)
        {
            // A missing folder picker leaves the field to be typed by hand.
        }
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override
    {
        return methodNames({"browse"});
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

CommandOutcome runDialog(CommandCall& call)
{
    Session& session = Session::instance();
    Reference<css::awt::XDialog> dialog =
        createDialog(call.context, call.frame, "OpenProject", static_cast<cppu::OWeakObject*>(new BrowseHandler(call.context)));
    const OpenedProject* current = session.currentIfAny(call.context);
    if (current)
    {
        setControlText(dialog, "FolderField", toOUString(current->folder.string()));
        setControlText(dialog, "NameField", toOUString(current->project.name));
    }
    setControlText(dialog, "CoderField", toOUString(session.coder(call.context)));
    setChecked(dialog, current ? "OpenRadio" : "CreateRadio", true);

    CommandOutcome outcome = untilDone(call, dialog, [&] {
        ProjectRequest request;
        request.folder = pathFromUserText(controlText(dialog, "FolderField"));
        request.create = isChecked(dialog, "CreateRadio");
        request.name = toUtf8(controlText(dialog, "NameField").trim());
        request.coder = toUtf8(controlText(dialog, "CoderField").trim());
        return openOrCreate(call, request);
    });
    Reference<css::lang::XComponent>(dialog, UNO_QUERY)->dispose();
    return outcome;
}

} // namespace

CommandOutcome openProject(CommandCall& call)
{
    if (call.interactive)
        return runDialog(call);
    ProjectRequest request;
    request.folder = pathFromUserText(toOUString(call.arguments.textOr("Folder", "")));
    request.create = call.arguments.flagOr("Create", false);
    request.name = call.arguments.textOr("Name", "");
    request.coder = call.arguments.textOr("Coder", "");
    return openOrCreate(call, request);
}

} // namespace ets::uno::commands
