#include "dialogs/tag_dialog.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/names.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <set>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

// Keeps the ticked themes while the filter hides some of them.
class ThemeChooser : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    ThemeChooser(std::vector<std::string> names, const std::vector<std::string>& chosen)
        : names_(std::move(names)), chosen_(chosen.begin(), chosen.end()) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override {
        if (method != "filter")
            return false;
        show(dialog, toUtf8(controlText(dialog, "FilterField")));
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override { return methodNames({"filter"}); }

    // Fills the list with the themes the filter keeps, the chosen ones selected.
    void show(const Reference<css::awt::XDialog>& dialog, const std::string& filter) {
        Reference<css::awt::XListBox> list = listBox(dialog, "ThemeList");
        remember(list);
        list->removeItems(0, list->getItemCount());
        shown_.clear();
        for (const std::string& name : names_)
            if (matchesFilter(name, filter))
                shown_.push_back(name);
        for (std::size_t i = 0; i < shown_.size(); ++i) {
            list->addItem(toOUString(shown_[i]), static_cast<sal_Int16>(i));
            if (chosen_.count(shown_[i]))
                list->selectItemPos(static_cast<sal_Int16>(i), true);
        }
    }

    std::vector<std::string> chosen(const Reference<css::awt::XDialog>& dialog) {
        remember(listBox(dialog, "ThemeList"));
        std::vector<std::string> result;
        for (const std::string& name : names_)  // the codebook's order, not the clicks'
            if (chosen_.count(name))
                result.push_back(name);
        return result;
    }

private:
    void remember(const Reference<css::awt::XListBox>& list) {
        std::set<std::size_t> selected;
        for (const sal_Int16 position : list->getSelectedItemsPos())
            selected.insert(static_cast<std::size_t>(position));
        for (std::size_t i = 0; i < shown_.size(); ++i) {
            if (selected.count(i))
                chosen_.insert(shown_[i]);
            else
                chosen_.erase(shown_[i]);
        }
    }

    std::vector<std::string> names_;
    std::vector<std::string> shown_;
    std::set<std::string> chosen_;
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
