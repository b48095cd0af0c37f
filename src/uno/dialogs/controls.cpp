#include "dialogs/controls.hpp"

#include "core/text/dates.hpp"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/awt/XDateField.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>

namespace ets::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

template <typename Interface>
Reference<Interface> control(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY);
    return Reference<Interface>(container.is() ? container->getControl(rtl::OUString::createFromAscii(name)) : nullptr,
                                UNO_QUERY);
}

}  // namespace

rtl::OUString controlText(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XTextComponent> text = control<css::awt::XTextComponent>(dialog, name);
    return text.is() ? text->getText() : rtl::OUString();
}

void setControlText(const DialogRef& dialog, const char* name, const rtl::OUString& value) {
    if (Reference<css::awt::XTextComponent> text = control<css::awt::XTextComponent>(dialog, name); text.is())
        text->setText(value);
}

void setLabel(const DialogRef& dialog, const char* name, const rtl::OUString& text) {
    if (Reference<css::awt::XFixedText> label = control<css::awt::XFixedText>(dialog, name); label.is())
        label->setText(text);
}

bool isChecked(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XRadioButton> radio = control<css::awt::XRadioButton>(dialog, name);
    return radio.is() && radio->getState();
}

void setChecked(const DialogRef& dialog, const char* name, bool checked) {
    if (Reference<css::awt::XRadioButton> radio = control<css::awt::XRadioButton>(dialog, name); radio.is())
        radio->setState(checked);
}

bool isBoxTicked(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XCheckBox> box = control<css::awt::XCheckBox>(dialog, name);
    return box.is() && box->getState() == 1;
}

void setBoxTicked(const DialogRef& dialog, const char* name, bool ticked) {
    if (Reference<css::awt::XCheckBox> box = control<css::awt::XCheckBox>(dialog, name); box.is())
        box->setState(ticked ? 1 : 0);
}

double numericValue(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XNumericField> field = control<css::awt::XNumericField>(dialog, name);
    return field.is() ? field->getValue() : 0.0;
}

void setNumericValue(const DialogRef& dialog, const char* name, double value) {
    if (Reference<css::awt::XNumericField> field = control<css::awt::XNumericField>(dialog, name); field.is())
        field->setValue(value);
}

std::string dateValue(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XDateField> field = control<css::awt::XDateField>(dialog, name);
    if (!field.is() || field->isEmpty())
        return {};
    const css::util::Date date = field->getDate();
    return ets::isoDate({date.Year, date.Month, date.Day});
}

void setDateValue(const DialogRef& dialog, const char* name, const std::string& isoDate) {
    Reference<css::awt::XDateField> field = control<css::awt::XDateField>(dialog, name);
    if (!field.is())
        return;
    if (const std::optional<CalendarDate> date = calendarDate(isoDate))
        field->setDate(css::util::Date(static_cast<sal_uInt16>(date->day), static_cast<sal_uInt16>(date->month),
                                       static_cast<sal_Int16>(date->year)));
    else
        field->setEmpty();
}

void setBackgroundColour(const DialogRef& dialog, const char* name, std::optional<int> rgb) {
    Reference<css::awt::XControl> shown = control<css::awt::XControl>(dialog, name);
    if (!shown.is())
        return;
    Reference<css::beans::XPropertySet> model(shown->getModel(), UNO_QUERY);
    if (model.is())
        model->setPropertyValue("BackgroundColor", rgb ? css::uno::Any(static_cast<sal_Int32>(*rgb)) : css::uno::Any());
}

Reference<css::awt::XListBox> listBox(const DialogRef& dialog, const char* name) {
    return control<css::awt::XListBox>(dialog, name);
}

void setListItems(const DialogRef& dialog, const char* name, const std::vector<rtl::OUString>& items,
                  sal_Int16 selected) {
    Reference<css::awt::XListBox> list = listBox(dialog, name);
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

sal_Int16 selectedPosition(const DialogRef& dialog, const char* name) {
    Reference<css::awt::XListBox> list = listBox(dialog, name);
    return list.is() ? list->getSelectedItemPos() : -1;
}

void selectPosition(const DialogRef& dialog, const char* name, sal_Int16 position) {
    Reference<css::awt::XListBox> list = listBox(dialog, name);
    if (!list.is())
        return;
    const sal_Int16 current = list->getSelectedItemPos();
    if (current >= 0)
        list->selectItemPos(current, false);
    if (position >= 0 && position < list->getItemCount())
        list->selectItemPos(position, true);
}

css::uno::Sequence<rtl::OUString> methodNames(std::initializer_list<const char*> names) {
    css::uno::Sequence<rtl::OUString> sequence(static_cast<sal_Int32>(names.size()));
    sal_Int32 i = 0;
    for (const char* name : names)
        sequence[i++] = rtl::OUString::createFromAscii(name);
    return sequence;
}

}  // namespace ets::uno
