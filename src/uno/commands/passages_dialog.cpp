// The Passages dialog (dialogs/Passages.xdl): the passages found, and from the list: go to one
// (double-click or the button), re-tag it, or untag it.

#include "commands/tagging.hpp"

#include "core/error.hpp"
#include "dialogs.hpp"
#include "project_index.hpp"
#include "ui_text.hpp"
#include "uno_strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/implbase1.hxx>
#include <nlohmann/json.hpp>
#include <rtl/ref.hxx>
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
    std::string text = passage["text"].get<std::string>();
    if (text.size() > 90)
        text = text.substr(0, 90) + "…";
    std::string line = "[" + themes + "] " + text;
    if (!passage["organisation"].get<std::string>().empty())
        line += " — " + passage["organisation"].get<std::string>();
    return line;
}

class PassageActions : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    PassageActions(CommandCall& call, OpenedProject& opened, nlohmann::json passages)
        : call_(call), opened_(opened), passages_(std::move(passages))
    {
    }

    void fill(const Reference<css::awt::XDialog>& dialog)
    {
        Reference<css::awt::XListBox> list = listBox(dialog, "PassageList");
        list->removeItems(0, list->getItemCount());
        for (std::size_t i = 0; i < passages_.size(); ++i)
            list->addItem(toOUString(describe(passages_[i])), static_cast<sal_Int16>(i));
        setLabel(dialog, "CountLabel", uiText(call_.context, "passages.count", {std::to_string(passages_.size())}));
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override
    {
        const sal_Int16 chosen = listBox(dialog, "PassageList")->getSelectedItemPos();
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= passages_.size())
            return true;
        const nlohmann::json& passage = passages_[static_cast<std::size_t>(chosen)];
        const std::string key = passage["transcript"].get<std::string>();
        const std::string anchor = passage["anchor"].get<std::string>();
        try
        {
            if (method == "goto")
                openTranscriptAt(call_, opened_, key, anchor);
            else if (method == "untag")
            {
                untagPassage(call_, opened_, key, anchor);
                passages_.erase(passages_.begin() + chosen);
                fill(dialog);
            }
            else if (method == "retag")
            {
                openTranscriptAt(call_, opened_, key, anchor);
                Transcript transcript = Transcript::inFrame(
                    css::frame::Desktop::create(call_.context)->getCurrentFrame());
                CommandCall inner{call_.context, css::frame::Desktop::create(call_.context)->getCurrentFrame(),
                                  Arguments(), true};
                runTagDialog(inner, opened_, transcript, transcript.anchorRange(anchor));
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
        Sequence<OUString> names(3);
        names[0] = "goto";
        names[1] = "untag";
        names[2] = "retag";
        return names;
    }

private:
    CommandCall& call_;
    OpenedProject& opened_;
    nlohmann::json passages_;
};

} // namespace

CommandOutcome runPassagesDialog(CommandCall& call, OpenedProject& opened, const nlohmann::json& passages)
{
    rtl::Reference<PassageActions> actions(new PassageActions(call, opened, passages));
    Reference<css::awt::XDialog> dialog =
        createDialog(call.context, call.frame, "Passages", static_cast<cppu::OWeakObject*>(actions.get()));
    actions->fill(dialog);
    dialog->execute();
    Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY)->dispose();
    return CommandOutcome::done(uiText(call.context, "passages.count", {std::to_string(passages.size())}));
}

} // namespace ets::uno::commands
