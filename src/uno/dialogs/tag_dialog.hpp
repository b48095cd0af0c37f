#pragma once
// The TagSelection dialog (dialogs/TagSelection.xdl): the passage quoted, the codebook with a filter box, the themes
// already on the passage ticked, a field to create themes on the spot, and a memo.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>
#include <vector>

namespace ets::uno {

struct TagChoice {
    std::vector<std::string> themes;  // ticked in the codebook's order, then the new ones typed
    std::string memo;
};

// Shows the dialog: `passage` (its text), the `offered` themes in that order with `ticked` ones selected, `memo`;
// until `accept` takes the person's choice (an ets::Error it throws is shown and the dialog stays). False: cancelled.
bool runTagDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const std::string& passage,
                  const std::vector<std::string>& offered, const std::vector<std::string>& ticked,
                  const std::string& memo, const std::function<void(const TagChoice&)>& accept);

}  // namespace ets::uno
