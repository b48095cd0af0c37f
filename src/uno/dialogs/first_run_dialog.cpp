#include "dialogs/first_run_dialog.hpp"

#include "core/project/first_run.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <cppuhelper/implbase1.hxx>

#include <cstdlib>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace {

FirstRunChoice chosen(const DialogRef& dialog) {
    if (isChecked(dialog, "DemoRadio"))
        return FirstRunChoice::Demo;
    if (isChecked(dialog, "OpenRadio"))
        return FirstRunChoice::Open;
    return FirstRunChoice::Create;
}

// Browse picks a folder; choosing create or demo proposes a free folder under the person's documents, unless they
// typed one of their own.
class FirstRunHandler : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    explicit FirstRunHandler(Reference<css::uno::XComponentContext> context) : context_(std::move(context)) {
        const char* home = std::getenv("HOME");
        documents_ = documentsFolder(home && *home ? std::filesystem::path(home) : std::filesystem::current_path());
    }

    rtl::OUString proposal(FirstRunChoice choice) const {
        if (choice == FirstRunChoice::Open)
            return rtl::OUString();
        const char* key = choice == FirstRunChoice::Demo ? "project.first_run_demo_folder" : "project.first_run_new_folder";
        return toOUString(proposedProjectFolder(documents_, toUtf8(uiText(context_, key))).string());
    }

    void propose(const DialogRef& dialog) {
        const rtl::OUString now = controlText(dialog, "FolderField");
        if (!now.isEmpty() && now != proposed_)
            return;  // the person's own folder stays
        proposed_ = proposal(chosen(dialog));
        setControlText(dialog, "FolderField", proposed_);
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const rtl::OUString& method) override {
        if (method == "choice") {
            propose(dialog);
            return true;
        }
        if (method != "browse")
            return false;
        try {
            auto picker = css::ui::dialogs::FolderPicker::create(context_);
            const rtl::OUString current = controlText(dialog, "FolderField");
            picker->setDisplayDirectory(fileUrlFromPath(current.isEmpty() ? documents_ : pathFromUserText(current)));
            if (picker->execute() == css::ui::dialogs::ExecutableDialogResults::OK)
                setControlText(dialog, "FolderField", toOUString(pathFromUserText(picker->getDirectory()).string()));
        } catch (const css::uno::Exception&) {
            // A missing folder picker leaves the field to be typed by hand.
        }
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override { return methodNames({"browse", "choice"}); }

private:
    Reference<css::uno::XComponentContext> context_;
    std::filesystem::path documents_;
    rtl::OUString proposed_;
};

}  // namespace

bool runFirstRunDialog(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::frame::XFrame>& frame, const std::string& coder,
                       const std::function<void(const ProjectRequest&)>& accept) {
    auto* handler = new FirstRunHandler(context);
    Reference<css::uno::XInterface> keep(static_cast<cppu::OWeakObject*>(handler));
    Dialog dialog(context, frame, "FirstRun", keep);
    setControlText(dialog, "CoderField", toOUString(coder));
    setChecked(dialog, "CreateRadio", true);
    handler->propose(dialog);
    return dialog.runUntilAccepted([&] {
        ProjectRequest request;
        const FirstRunChoice choice = chosen(dialog);
        request.folder = pathFromUserText(controlText(dialog, "FolderField"));
        request.create = choice == FirstRunChoice::Create;
        request.demo = choice == FirstRunChoice::Demo;
        if (request.create)
            request.name = toUtf8(controlText(dialog, "NameField").trim());
        request.coder = toUtf8(controlText(dialog, "CoderField").trim());
        accept(request);
    });
}

}  // namespace ets::uno
