// The Passages dialog (dialogs/Passages.xdl): the passages found, and from the list: go to one
// (double-click or the button), re-tag it, or untag it.

#include "commands/tagging.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/message_box.hpp"

#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/implbase1.hxx>
#include <nlohmann/json.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <com/sun/star/frame/Desktop.hpp>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

std::string describe(const nlohmann::json& passage)
{
    std::string themes;
    for (const auto& theme : passage["themes"])
        themes += (themes.empty() ? "" : ", ") + theme.get<std::string>();
    const std::string text = excerpt(passage["text"].get<std::string>(), 90);
    std::string line = "[" + themes + "] " + text;
    if (!passage["organisation"].get<std::string>().empty())
        line += " — " + passage["organisation"].get<std::string>();
    return line;
}

class PassageActions : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    PassageActions(CommandCall& call, OpenedProject& opened, PassageFilter filter)
        : call_(call), opened_(opened), filter_(std::move(filter))
    {
    }

    // The filter lists: the scope, then "all" followed by the choices the project has.
    void fillFilters(const Reference<css::awt::XDialog>& dialog)
    {
        Reference<css::awt::XListBox> scope = listBox(dialog, "ScopeList");
        scope->addItem(uiText(call_.context, "passages.scope_document"), 0);
        scope->addItem(uiText(call_.context, "passages.scope_project"), 1);
        scope->selectItemPos(filter_.scope == "Project" ? 1 : 0, true);
        std::vector<std::string> themes, organisations, coders;
        for (const Theme& theme : opened_.project.themes)
            themes.push_back(theme.name);
        for (const Organisation& organisation : opened_.project.organisations)
            organisations.push_back(organisation.name);
        for (const Passage& passage : opened_.project.passages)
            if (std::find(coders.begin(), coders.end(), passage.coder) == coders.end())
                coders.push_back(passage.coder);
        fillChoices(dialog, "ThemeFilter", themes, filter_.theme);
        fillChoices(dialog, "OrganisationFilter", organisations, filter_.organisation);
        fillChoices(dialog, "CoderFilter", coders, filter_.coder);
    }

    void fill(const Reference<css::awt::XDialog>& dialog)
    {
        passages_ = listPassages(call_, opened_, filter_);
        Reference<css::awt::XListBox> list = listBox(dialog, "PassageList");
        list->removeItems(0, list->getItemCount());
        for (std::size_t i = 0; i < passages_.size(); ++i)
            list->addItem(toOUString(describe(passages_[i])), static_cast<sal_Int16>(i));
        setLabel(dialog, "CountLabel", uiText(call_.context, "passages.count", {std::to_string(passages_.size())}));
    }

    std::size_t count() const { return passages_.size(); }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override
    {
        try
        {
            if (method == "filter")
            {
                filter_.scope = listBox(dialog, "ScopeList")->getSelectedItemPos() == 1 ? "Project" : "Document";
                filter_.theme = chosen(dialog, "ThemeFilter");
                filter_.organisation = chosen(dialog, "OrganisationFilter");
                filter_.coder = chosen(dialog, "CoderFilter");
                fill(dialog);
                return true;
            }
            const sal_Int16 selected = listBox(dialog, "PassageList")->getSelectedItemPos();
            if (selected < 0 || static_cast<std::size_t>(selected) >= passages_.size())
                return true;
            const nlohmann::json& passage = passages_[static_cast<std::size_t>(selected)];
            const std::string key = passage["transcript"].get<std::string>();
            const std::string anchor = passage["anchor"].get<std::string>();
            if (method == "goto")
                openTranscriptAt(call_, opened_, key, anchor);
            else if (method == "untag")
            {
                untagPassage(call_, opened_, key, anchor);
                fill(dialog);
            }
            else if (method == "retag")
            {
                openTranscriptAt(call_, opened_, key, anchor);
                CommandCall inner = call_;
                inner.frame = css::frame::Desktop::create(call_.context)->getCurrentFrame();
                inner.arguments = Arguments();
                inner.interactive = true;
                WriterTranscript transcript = WriterTranscript::inFrame(inner.frame);
                runTagDialog(inner, opened_, transcript, *transcript.anchorSpan(anchor));
                fill(dialog);
            }
            else
                return false;
        }
        catch (const Error& error)
        {
            showMessage(call_.context, call_.frame, MessageKind::Error, uiText(call_.context, error));
        }
        catch (const css::uno::Exception& exception)
        {
            showMessage(call_.context, call_.frame, MessageKind::Error,
                        uiText(call_.context, "error.office", {toUtf8(exception.Message)}));
        }
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override
    {
        return methodNames({"goto", "untag", "retag", "filter"});
    }

private:
    void fillChoices(const Reference<css::awt::XDialog>& dialog, const char* control,
                     const std::vector<std::string>& choices, const std::string& current)
    {
        Reference<css::awt::XListBox> list = listBox(dialog, control);
        list->addItem(uiText(call_.context, "passages.all"), 0);
        sal_Int16 selected = 0;
        for (const std::string& choice : choices)
        {
            if (choice == current)
                selected = list->getItemCount();
            list->addItem(toOUString(choice), list->getItemCount());
        }
        list->selectItemPos(selected, true);
    }

    static std::string chosen(const Reference<css::awt::XDialog>& dialog, const char* control)
    {
        Reference<css::awt::XListBox> list = listBox(dialog, control);
        return list->getSelectedItemPos() <= 0 ? std::string() : toUtf8(list->getSelectedItem());
    }

    CommandCall& call_;
    OpenedProject& opened_;
    PassageFilter filter_;
    nlohmann::json passages_;
};

} // namespace

CommandOutcome runPassagesDialog(CommandCall& call, OpenedProject& opened, PassageFilter filter)
{
    rtl::Reference<PassageActions> actions(new PassageActions(call, opened, std::move(filter)));
    Dialog dialog(call.context, call.frame, "Passages", static_cast<cppu::OWeakObject*>(actions.get()));
    actions->fillFilters(dialog);
    actions->fill(dialog);
    dialog.execute();
    return CommandOutcome::done(uiText(call.context, "passages.count", {std::to_string(actions->count())}));
}

} // namespace ets::uno::commands
