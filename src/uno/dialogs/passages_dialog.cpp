#include "dialogs/passages_dialog.hpp"

#include "core/text/error.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"
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

class PassagesHandler : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    PassagesHandler(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                    PassagesQuery query, const PassagesActions& actions)
        : context_(context), frame_(frame), query_(std::move(query)), actions_(actions) {}

    // The filter lists: the scope, then "all" followed by the choices the project has.
    void fillFilters(const Reference<css::awt::XDialog>& dialog, const FilterChoices& choices) {
        Reference<css::awt::XListBox> scope = listBox(dialog, "ScopeList");
        scope->addItem(uiText(context_, "passages.scope_document"), 0);
        scope->addItem(uiText(context_, "passages.scope_project"), 1);
        scope->selectItemPos(query_.wholeProject ? 1 : 0, true);
        fillChoices(dialog, "ThemeFilter", choices.themes, query_.filter.theme);
        fillChoices(dialog, "OrganisationFilter", choices.organisations, query_.filter.organisation);
        fillChoices(dialog, "CoderFilter", choices.coders, query_.filter.coder);
    }

    void fill(const Reference<css::awt::XDialog>& dialog) {
        passages_ = actions_.list(query_);
        std::vector<OUString> lines;
        for (const ListedPassage& passage : passages_)
            lines.push_back(toOUString(passageLine(passage)));
        setListItems(dialog, "PassageList", lines, -1);
        setLabel(dialog, "CountLabel", uiText(context_, "passages.count", {std::to_string(passages_.size())}));
        setLabel(dialog, "HeaderLabel", toOUString(passageHeader(uiCatalogue(context_))));
    }

    std::size_t count() const { return passages_.size(); }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override {
        try {
            if (method == "filter") {
                query_.wholeProject = selectedPosition(dialog, "ScopeList") == 1;
                query_.filter.theme = chosen(dialog, "ThemeFilter");
                query_.filter.organisation = chosen(dialog, "OrganisationFilter");
                query_.filter.coder = chosen(dialog, "CoderFilter");
                fill(dialog);
                return true;
            }
            const sal_Int16 selected = selectedPosition(dialog, "PassageList");
            if (selected < 0 || static_cast<std::size_t>(selected) >= passages_.size())
                return true;
            const ListedPassage passage = passages_[static_cast<std::size_t>(selected)];
            if (method == "goto")
                actions_.goTo(passage);
            else if (method == "keyquote")
                actions_.keyQuote(passage, query_.filter.theme);
            else if (method == "untag" || method == "retag") {
                (method == "untag" ? actions_.untag : actions_.retag)(passage);
                fill(dialog);
            } else
                return false;
        } catch (const Error& error) {
            showError(context_, frame_, error);
        } catch (const css::uno::Exception& exception) {
            showMessage(context_, frame_, MessageKind::Error,
                        uiText(context_, "error.office", {toUtf8(exception.Message)}));
        } catch (const std::exception& exception) {  // a key quote saves the project: nothing may cross into the office
            showMessage(context_, frame_, MessageKind::Error, uiText(context_, "error.internal", {exception.what()}));
        }
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override {
        return methodNames({"goto", "untag", "retag", "keyquote", "filter"});
    }

private:
    void fillChoices(const Reference<css::awt::XDialog>& dialog, const char* control,
                     const std::vector<std::string>& choices, const std::string& current) {
        std::vector<OUString> items{uiText(context_, "passages.all")};
        sal_Int16 selected = 0;
        for (const std::string& choice : choices) {
            if (choice == current)
                selected = static_cast<sal_Int16>(items.size());
            items.push_back(toOUString(choice));
        }
        setListItems(dialog, control, items, selected);
    }

    static std::string chosen(const Reference<css::awt::XDialog>& dialog, const char* control) {
        Reference<css::awt::XListBox> list = listBox(dialog, control);
        return list->getSelectedItemPos() <= 0 ? std::string() : toUtf8(list->getSelectedItem());
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    PassagesQuery query_;
    const PassagesActions& actions_;
    std::vector<ListedPassage> passages_;
};

}  // namespace

std::size_t runPassagesDialog(const Reference<css::uno::XComponentContext>& context,
                              const Reference<css::frame::XFrame>& frame, const FilterChoices& choices,
                              const PassagesQuery& initial, const PassagesActions& actions) {
    rtl::Reference<PassagesHandler> handler(new PassagesHandler(context, frame, initial, actions));
    Dialog dialog(context, frame, "Passages", static_cast<cppu::OWeakObject*>(handler.get()));
    handler->fillFilters(dialog, choices);
    handler->fill(dialog);
    dialog.execute();
    return handler->count();
}

}  // namespace ets::uno
