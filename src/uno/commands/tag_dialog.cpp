// The TagSelection dialog (dialogs/TagSelection.xdl): the codebook with a filter box, the themes
// already on the passage selected, a field to create a theme on the spot, and a memo.

#include "commands/tagging.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/awt/XDialogEventHandler.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <set>

namespace ets::uno::commands {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

namespace {

// Themes used last come first in the list: a coder usually tags a run of passages alike.
std::vector<std::string>& recentThemes()
{
    static std::vector<std::string> recent;
    return recent;
}

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return text;
}

// Keeps the ticked themes while the filter hides some of them.
class ThemeChooser : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    ThemeChooser(std::vector<std::string> names, std::set<std::string> chosen)
        : names_(std::move(names)), chosen_(std::move(chosen))
    {
    }

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XDialog>& dialog, const Any&,
                                        const OUString& method) override
    {
        if (method != "filter")
            return false;
        show(dialog, toUtf8(controlText(dialog, "FilterField")));
        return true;
    }

    Sequence<OUString> SAL_CALL getSupportedMethodNames() override
    {
        return methodNames({"filter"});
    }

    // Fills the list with the themes whose name contains `filter`, the chosen ones selected.
    void show(const Reference<css::awt::XDialog>& dialog, const std::string& filter)
    {
        Reference<css::awt::XListBox> list = listBox(dialog, "ThemeList");
        remember(list);
        list->removeItems(0, list->getItemCount());
        shown_.clear();
        const std::string wanted = lowerAscii(filter);
        for (const std::string& name : names_)
            if (wanted.empty() || lowerAscii(name).find(wanted) != std::string::npos)
                shown_.push_back(name);
        for (std::size_t i = 0; i < shown_.size(); ++i)
        {
            list->addItem(toOUString(shown_[i]), static_cast<sal_Int16>(i));
            if (chosen_.count(shown_[i]))
                list->selectItemPos(static_cast<sal_Int16>(i), true);
        }
    }

    std::vector<std::string> chosen(const Reference<css::awt::XDialog>& dialog)
    {
        remember(listBox(dialog, "ThemeList"));
        std::vector<std::string> result;
        for (const std::string& name : names_) // codebook order, not click order
            if (chosen_.count(name))
                result.push_back(name);
        return result;
    }

private:
    void remember(const Reference<css::awt::XListBox>& list)
    {
        std::set<std::size_t> selected;
        for (const sal_Int16 position : list->getSelectedItemsPos())
            selected.insert(static_cast<std::size_t>(position));
        for (std::size_t i = 0; i < shown_.size(); ++i)
        {
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

} // namespace

CommandOutcome runTagDialog(CommandCall& call, OpenedProject& opened, WriterTranscript& transcript,
                            const TextSpan& range)
{
    // The themes of a passage over exactly this text are ticked: the dialog then edits it.
    std::set<std::string> ticked;
    std::string memo;
    const std::optional<std::string> spanning = transcript.anchorOver(range);
    for (const TagRecord& record : transcript.records())
    {
        if (!spanning || record.anchor != *spanning)
            continue;
        for (const ThemeRef& theme : record.themes)
            if (const Theme* known = opened.project.findTheme(theme.id))
                ticked.insert(known->name);
        memo = record.memo;
    }
    std::vector<std::string> names;
    for (const std::string& recent : recentThemes())
        if (findThemeNamed(opened.project, recent))
            names.push_back(recent);
    for (const Theme& theme : opened.project.themes)
        if (std::find(names.begin(), names.end(), theme.name) == names.end())
            names.push_back(theme.name);

    rtl::Reference<ThemeChooser> chooser(new ThemeChooser(names, ticked));
    Dialog dialog(call.context, call.frame, "TagSelection", static_cast<cppu::OWeakObject*>(chooser.get()));
    setLabel(dialog, "PassageLabel", uiText(call.context, "tag.passage_quoted", {excerpt(range.text(), 160)}));
    setControlText(dialog, "MemoField", toOUString(memo));
    chooser->show(dialog, "");

    CommandOutcome outcome = CommandOutcome::cancel();
    dialog.runUntilAccepted([&] {
        std::vector<std::string> themes = chooser->chosen(dialog);
        for (const std::string& created : splitList(toUtf8(controlText(dialog, "NewThemeField"))))
            themes.push_back(created);
        const std::string anchor =
            tagRange(call, opened, transcript, range, themes, toUtf8(controlText(dialog, "MemoField").trim()));
        std::vector<std::string>& recent = recentThemes();
        for (auto it = themes.rbegin(); it != themes.rend(); ++it)
        {
            recent.erase(std::remove(recent.begin(), recent.end(), *it), recent.end());
            recent.insert(recent.begin(), *it);
        }
        outcome = CommandOutcome::done(toOUString(anchor));
    });
    return outcome;
}

} // namespace ets::uno::commands
