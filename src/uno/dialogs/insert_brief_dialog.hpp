#pragma once
// The InsertBrief dialog (dialogs/InsertBrief.xdl): the theme among those offered, at the cursor or in a new document,
// how many quotes, pseudonymised or not.

#include "core/analysis/brief_document.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <vector>

namespace ets::uno {

// Shows the dialog with `themes` (the first one chosen) until `accept` takes what the person asked for (an ets::Error
// it throws is shown and the dialog stays, as filled); false when they cancelled.
bool runInsertBriefDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<OfferedTheme>& themes,
                          const std::function<void(const BriefRequest&)>& accept);

}  // namespace ets::uno
