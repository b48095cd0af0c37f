#include "dialogs/agreement_dialog.hpp"

#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

namespace ets::uno {

bool runAgreementDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<std::string>& coders,
                        const std::function<void(const AgreementChoice&)>& accept) {
    Dialog dialog(context, frame, "Agreement");
    std::vector<rtl::OUString> items;
    for (const std::string& coder : coders)
        items.push_back(toOUString(coder));
    setListItems(dialog, "CoderAList", items, items.empty() ? -1 : 0);
    setListItems(dialog, "CoderBList", items, items.size() < 2 ? -1 : 1);
    setNumericValue(dialog, "OverlapField", 80);
    return dialog.runUntilAccepted([&] {
        const auto chosen = [&](const char* list) {
            const sal_Int16 position = selectedPosition(dialog, list);
            return position >= 0 && static_cast<std::size_t>(position) < coders.size()
                       ? coders[static_cast<std::size_t>(position)]
                       : std::string();
        };
        accept(AgreementChoice{chosen("CoderAList"), chosen("CoderBList"), numericValue(dialog, "OverlapField")});
    });
}

}  // namespace ets::uno
