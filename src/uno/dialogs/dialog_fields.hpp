#pragma once
// Small readers and writers for the list boxes and check boxes of the register and interview
// card dialogs, by their XDL names (the text fields are in dialogs.hpp).

#include "dialogs/dialogs.hpp"

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>

#include <string>
#include <utility>
#include <vector>

namespace ets::uno {

// Replaces the items of a list box; `selected` is the position to select, -1 for none.
void setListItems(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control,
                  const std::vector<rtl::OUString>& items, sal_Int16 selected);
// The selected position, -1 when nothing is selected.
sal_Int16 selectedPosition(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
void selectPosition(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control, sal_Int16 position);

bool isBoxTicked(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control);
void setBoxTicked(const css::uno::Reference<css::awt::XDialog>& dialog, const char* control, bool ticked);

// Disposes a dialog however the command leaves it, a failure included.
class DisposeOnExit {
public:
    explicit DisposeOnExit(css::uno::Reference<css::awt::XDialog> dialog) : dialog_(std::move(dialog)) {}
    ~DisposeOnExit();
    DisposeOnExit(const DisposeOnExit&) = delete;
    DisposeOnExit& operator=(const DisposeOnExit&) = delete;

private:
    css::uno::Reference<css::awt::XDialog> dialog_;
};

} // namespace ets::uno
