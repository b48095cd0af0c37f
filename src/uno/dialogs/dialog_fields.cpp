#include "dialogs/dialog_fields.hpp"

#include "office/log.hpp"
#include "office/strings.hpp"

#include <com/sun/star/lang/XComponent.hpp>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

Reference<css::awt::XCheckBox> checkBox(const Reference<css::awt::XDialog>& dialog, const char* name)
{
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY);
    return Reference<css::awt::XCheckBox>(
        container.is() ? container->getControl(rtl::OUString::createFromAscii(name)) : nullptr, UNO_QUERY);
}

} // namespace

void setListItems(const Reference<css::awt::XDialog>& dialog, const char* control,
                  const std::vector<rtl::OUString>& items, sal_Int16 selected)
{
    Reference<css::awt::XListBox> list = listBox(dialog, control);
    if (!list.is())
        return;
    list->removeItems(0, list->getItemCount());
    css::uno::Sequence<rtl::OUString> texts(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        texts[static_cast<sal_Int32>(i)] = items[i];
    list->addItems(texts, 0);
    if (selected >= 0 && selected < list->getItemCount())
        list->selectItemPos(selected, true);
}

sal_Int16 selectedPosition(const Reference<css::awt::XDialog>& dialog, const char* control)
{
    Reference<css::awt::XListBox> list = listBox(dialog, control);
    return list.is() ? list->getSelectedItemPos() : -1;
}

void selectPosition(const Reference<css::awt::XDialog>& dialog, const char* control, sal_Int16 position)
{
    Reference<css::awt::XListBox> list = listBox(dialog, control);
    if (!list.is())
        return;
    const sal_Int16 current = list->getSelectedItemPos();
    if (current >= 0)
        list->selectItemPos(current, false);
    if (position >= 0 && position < list->getItemCount())
        list->selectItemPos(position, true);
}

bool isBoxTicked(const Reference<css::awt::XDialog>& dialog, const char* control)
{
    Reference<css::awt::XCheckBox> box = checkBox(dialog, control);
    return box.is() && box->getState() == 1;
}

void setBoxTicked(const Reference<css::awt::XDialog>& dialog, const char* control, bool ticked)
{
    Reference<css::awt::XCheckBox> box = checkBox(dialog, control);
    if (box.is())
        box->setState(ticked ? 1 : 0);
}

DisposeOnExit::~DisposeOnExit()
{
    try
    {
        Reference<css::lang::XComponent> component(dialog_, UNO_QUERY);
        if (component.is())
            component->dispose();
    }
    catch (const css::uno::Exception& exception)
    {
        logError("could not dispose of a dialog", toUtf8(exception.Message)); // never throw from a destructor
    }
}

} // namespace ets::uno
