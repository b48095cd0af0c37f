#include "dialogs/tag_dialog.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/names.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/theme_list.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

// Keeps the ticked themes while the filter hides some of them (dialogs/theme_list).
class ThemeChooser : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    ThemeChooser(std::vector<std::string> names, const std::vector<std::string>& chosen)
        : themes_(std::move(names), chosen) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override {
        if (method != "filter")
            return false;
        show(dialog, toUtf8(controlText(dialog, "FilterField")));
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override { return methodNames({"filter"}); }

    void show(const Reference<css::awt::XDialog>& dialog, const std::string& filter) { themes_.show(dialog, filter); }
    std::vector<std::string> chosen(const Reference<css::awt::XDialog>& dialog) { return themes_.chosen(dialog); }

private:
    ThemeList themes_;
};

}  // namespace

bool runTagDialog(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                  const std::string& passage, const std::vector<std::string>& offered,
                  const std::vector<std::string>& ticked, const std::string& memo,
                  const std::function<void(const TagChoice&)>& accept) {
    rtl::Reference<ThemeChooser> chooser(new ThemeChooser(offered, ticked));
    Dialog dialog(context, frame, "TagSelection", static_cast<cppu::OWeakObject*>(chooser.get()));
    setLabel(dialog, "PassageLabel", uiText(context, "tag.passage_quoted", {excerpt(passage, 160)}));
    setControlText(dialog, "MemoField", toOUString(memo));
    chooser->show(dialog, "");
    return dialog.runUntilAccepted([&] {
        TagChoice choice{chooser->chosen(dialog), toUtf8(controlText(dialog, "MemoField").trim())};
        for (const std::string& created : splitList(toUtf8(controlText(dialog, "NewThemeField"))))
            choice.themes.push_back(created);
        accept(choice);
    });
}

}  // namespace ets::uno
