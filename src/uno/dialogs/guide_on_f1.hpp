#pragma once
// F1 opens the user guide while an ETS dialog or message box is shown, instead of LibreOffice's help.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace ets::uno {

// While one lives, F1 opens the user guide at `topic` (a section of the guide; one it lacks opens the guide at its
// start), and LibreOffice's help, which would go to the network when its local help is not installed, is never asked.
// They nest, the innermost winning: a message box over a dialog (no topic of its own: std::nullopt) keeps the dialog's
// topic, and without a dialog under it opens the guide at its start. Made and ended on the office's main thread, where
// dialogs run.
class GuideOnF1 {
public:
    GuideOnF1(const css::uno::Reference<css::uno::XComponentContext>& context, std::optional<std::string> topic);
    ~GuideOnF1();
    GuideOnF1(const GuideOnF1&) = delete;
    GuideOnF1& operator=(const GuideOnF1&) = delete;

private:
    bool installed_ = false;
};

}  // namespace ets::uno
