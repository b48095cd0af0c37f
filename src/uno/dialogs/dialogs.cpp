#include "dialogs/dialogs.hpp"

#include "office/extension_files.hpp"
#include "office/ui_text.hpp"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/NamedValue.hpp>

#include <string>

namespace ets::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using rtl::OUString;

namespace {

Reference<css::awt::XWindowPeer> parentPeer(const Reference<css::frame::XFrame>& frame)
{
    if (!frame.is())
        return nullptr;
    return Reference<css::awt::XWindowPeer>(frame->getContainerWindow(), UNO_QUERY);
}

} // namespace

void showMessage(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                 MessageKind kind, const rtl::OUString& text)
{
    Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), UNO_QUERY);
    if (!factory.is())
        return;
    const auto type = kind == MessageKind::Error ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX;
    Reference<css::awt::XMessageBox> box = factory->createMessageBox(
        parentPeer(frame), type, css::awt::MessageBoxButtons::BUTTONS_OK, uiText(context, "app.title"), text);
    if (box.is())
        box->execute();
}

bool askYesNo(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
              const rtl::OUString& text)
{
    Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), UNO_QUERY);
    if (!factory.is())
        return false;
    Reference<css::awt::XMessageBox> box = factory->createMessageBox(
        parentPeer(frame), css::awt::MessageBoxType_QUERYBOX,
        css::awt::MessageBoxButtons::BUTTONS_YES_NO | css::awt::MessageBoxButtons::DEFAULT_BUTTON_NO,
        uiText(context, "app.title"), text);
    return box.is() && box->execute() == css::awt::MessageBoxResults::YES;
}

Reference<css::awt::XDialog> createDialog(const Reference<css::uno::XComponentContext>& context,
                                          const Reference<css::frame::XFrame>& frame, const char* name,
                                          const Reference<css::uno::XInterface>& handler)
{
    const std::string path = std::string("dialogs/") + name + ".xdl";
    Sequence<css::beans::NamedValue> arguments(2);
    arguments[0] = css::beans::NamedValue("ParentWindow", Any(parentPeer(frame)));
    arguments[1] = css::beans::NamedValue("EventHandler", Any(handler));
    return css::awt::DialogProvider2::create(context)->createDialogWithArguments(extensionFileUrl(path.c_str()), arguments);
}

} // namespace ets::uno

#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>

namespace ets::uno {

namespace {

Reference<css::awt::XControl> control(const Reference<css::awt::XDialog>& dialog, const char* name)
{
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY);
    return container.is() ? container->getControl(OUString::createFromAscii(name)) : nullptr;
}

} // namespace

rtl::OUString controlText(const Reference<css::awt::XDialog>& dialog, const char* name)
{
    Reference<css::awt::XTextComponent> text(control(dialog, name), UNO_QUERY);
    return text.is() ? text->getText() : rtl::OUString();
}

void setControlText(const Reference<css::awt::XDialog>& dialog, const char* name, const rtl::OUString& value)
{
    Reference<css::awt::XTextComponent> text(control(dialog, name), UNO_QUERY);
    if (text.is())
        text->setText(value);
}

bool isChecked(const Reference<css::awt::XDialog>& dialog, const char* name)
{
    Reference<css::awt::XRadioButton> radio(control(dialog, name), UNO_QUERY);
    return radio.is() && radio->getState();
}

void setChecked(const Reference<css::awt::XDialog>& dialog, const char* name, bool checked)
{
    Reference<css::awt::XRadioButton> radio(control(dialog, name), UNO_QUERY);
    if (radio.is())
        radio->setState(checked);
}

} // namespace ets::uno

#include <com/sun/star/awt/XFixedText.hpp>

namespace ets::uno {

Reference<css::awt::XListBox> listBox(const Reference<css::awt::XDialog>& dialog, const char* name)
{
    return Reference<css::awt::XListBox>(control(dialog, name), UNO_QUERY);
}

Sequence<rtl::OUString> methodNames(std::initializer_list<const char*> names)
{
    Sequence<rtl::OUString> sequence(static_cast<sal_Int32>(names.size()));
    sal_Int32 i = 0;
    for (const char* name : names)
        sequence[i++] = rtl::OUString::createFromAscii(name);
    return sequence;
}

void setLabel(const Reference<css::awt::XDialog>& dialog, const char* name, const rtl::OUString& text)
{
    Reference<css::awt::XFixedText> label(control(dialog, name), UNO_QUERY);
    if (label.is())
        label->setText(text);
}

} // namespace ets::uno
