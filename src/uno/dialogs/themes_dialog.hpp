#pragma once
// The Themes dialog (dialogs/Themes.xdl): the codebook as an indented list with each theme's passages; the selected
// theme's name, description, colour and parent edited in place; add, merge and delete from buttons.

#include "core/coding/theme_edit.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <functional>

namespace ets::uno {

// Shows the dialog over `project` (read again after every edit) until it is closed. Each button asks `apply` for
// the edit, as vnd.ets:Themes would be asked by a macro; it returns the sentence to show, or throws an ets::Error,
// which is shown. Deleting a theme says first what will happen to its passages and asks.
void runThemesDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, const Project& project,
                     const std::function<rtl::OUString(const ThemeEdit&)>& apply);

}  // namespace ets::uno
