#include "dialogs/open_project_dialog.hpp"

#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <cppuhelper/implbase1.hxx>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace {

// The Browse button: picks a folder and writes it into the folder field.
class BrowseHandler : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    explicit BrowseHandler(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const rtl::OUString& method) override {
        if (method != "browse")
            return false;
        try {
            auto picker = css::ui::dialogs::FolderPicker::create(context_);
            const rtl::OUString current = controlText(dialog, "FolderField");
            if (!current.isEmpty())
                picker->setDisplayDirectory(fileUrlFromPath(pathFromUserText(current)));
            if (picker->execute() == css::ui::dialogs::ExecutableDialogResults::OK)
                setControlText(dialog, "FolderField", toOUString(pathFromUserText(picker->getDirectory()).string()));
        } catch (const css::uno::Exception&) {
            // A missing folder picker leaves the field to be typed by hand.
        }
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override { return methodNames({"browse"}); }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

bool runOpenProjectDialog(const Reference<css::uno::XComponentContext>& context,
                          const Reference<css::frame::XFrame>& frame, const ProjectRequest& current,
                          const std::function<void(const ProjectRequest&)>& accept) {
    Dialog dialog(context, frame, "OpenProject", static_cast<cppu::OWeakObject*>(new BrowseHandler(context)));
    const bool hasProject = !current.folder.empty();
    if (hasProject) {
        setControlText(dialog, "FolderField", toOUString(current.folder.string()));
        setControlText(dialog, "NameField", toOUString(current.name));
    }
    setControlText(dialog, "CoderField", toOUString(current.coder));
    setChecked(dialog, hasProject ? "OpenRadio" : "CreateRadio", true);
    return dialog.runUntilAccepted([&] {
        ProjectRequest request;
        request.folder = pathFromUserText(controlText(dialog, "FolderField"));
        request.create = isChecked(dialog, "CreateRadio");
        request.name = toUtf8(controlText(dialog, "NameField").trim());
        request.coder = toUtf8(controlText(dialog, "CoderField").trim());
        accept(request);
    });
}

}  // namespace ets::uno
