#pragma once
// Message boxes shown to a person. Never called when a macro or a test runs a command.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace ets {
class Error;
}

namespace ets::uno {

enum class MessageKind { Info, Error };

void showMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind, const rtl::OUString& text);
// The refusal an ets::Error names, in the user's language.
void showError(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame, const ets::Error& error);
// A yes/no question; true when the person answered yes.
bool askYesNo(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const rtl::OUString& text);

}  // namespace ets::uno
