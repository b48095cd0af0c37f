#pragma once
// Dialogs and message boxes shown to a person. Never called when a macro or a test runs a command.

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace ets::uno {

enum class MessageKind { Info, Error };

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind, const rtl::OUString& text);
// A yes/no question; true when the person answered yes.
bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text);

// Loads dialogs/<name>.xdl of the extension over the frame's window; its buttons call `handler`
// (an XDialogEventHandler) through "vnd.sun.star.UNO:<method>" events. The handler may be empty.
css::uno::Reference<css::awt::XDialog> createDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                                                     const css::uno::Reference<css::frame::XFrame>& frame,
                                                     const char* name,
                                                     const css::uno::Reference<css::uno::XInterface>& handler);

} // namespace ets::uno

namespace ets::uno {

// Reading and filling the controls of a dialog made by createDialog(), by their XDL names.
rtl::OUString controlText(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
void setControlText(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control, const rtl::OUString& text);
bool isChecked(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
void setChecked(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control, bool checked);

} // namespace ets::uno

#include <com/sun/star/awt/XListBox.hpp>

#include <initializer_list>

namespace ets::uno {

// The list box of a dialog by its XDL name (empty reference when there is none).
css::uno::Reference<css::awt::XListBox> listBox(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
// The method names a dialog's event handler answers (XDialogEventHandler::getSupportedMethodNames).
css::uno::Sequence<rtl::OUString> methodNames(std::initializer_list<const char*> names);

// Replaces a dialog label's text (labels are fixed texts: XFixedText).
void setLabel(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control, const rtl::OUString& text);

} // namespace ets::uno
