#pragma once
// The Passages dialog (dialogs/Passages.xdl): the scope (this document or the whole project) and the filters at the
// top, the passages found, and from the list: go to one (double-click or the button), re-tag it, untag it, or mark
// it as a key quote (or not).

#include "core/coding/passage_list.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <vector>

namespace ets::uno {

struct PassagesQuery {
    bool wholeProject = false;  // else the passages of the document in the frame
    PassageFilter filter;
};

// What the command does for the dialog's buttons; an ets::Error or an office error they throw is shown.
struct PassagesActions {
    std::function<std::vector<ListedPassage>(const PassagesQuery&)> list;
    std::function<void(const ListedPassage&)> goTo;
    std::function<void(const ListedPassage&)> untag;
    std::function<void(const ListedPassage&)> retag;
    // Marks the passage as a key quote for the theme filtered on (else for each of its themes), or unmarks it.
    std::function<void(const ListedPassage&, const std::string& theme)> keyQuote;
};

// Shows the dialog until it is closed; returns how many passages it listed last.
std::size_t runPassagesDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                              const css::uno::Reference<css::frame::XFrame>& frame, const FilterChoices& choices,
                              const PassagesQuery& initial, const PassagesActions& actions);

}  // namespace ets::uno
