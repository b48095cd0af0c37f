#pragma once
// The Agreement dialog (dialogs/Agreement.xdl): the two coders compared and the overlap that matches two passages.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>
#include <vector>

namespace ets::uno {

// What the person chose.
struct AgreementChoice {
    std::string coderA;
    std::string coderB;
    double minOverlapPercent = 80;
};

// Offers `coders` (the first two chosen at first) until `accept` takes the choice (an ets::Error it throws is shown and
// the dialog stays); false when the person cancelled.
bool runAgreementDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<std::string>& coders,
                        const std::function<void(const AgreementChoice&)>& accept);

}  // namespace ets::uno
