#pragma once
// A dialog's list of themes with a filter box (FilterField, ThemeList): the themes ticked are kept while the filter
// hides some of them. The tagging dialog and the search dialog share it.

#include "dialogs/controls.hpp"

#include <set>
#include <string>
#include <vector>

namespace ets::uno {

class ThemeList {
public:
    ThemeList(std::vector<std::string> names, const std::vector<std::string>& chosen)
        : names_(std::move(names)), chosen_(chosen.begin(), chosen.end()) {}

    // Fills the list with the themes the filter keeps, the chosen ones selected.
    void show(const DialogRef& dialog, const std::string& filter);
    // The themes ticked, in the codebook's order (not the clicks').
    std::vector<std::string> chosen(const DialogRef& dialog);

private:
    void remember(const css::uno::Reference<css::awt::XListBox>& list);

    std::vector<std::string> names_;
    std::vector<std::string> shown_;
    std::set<std::string> chosen_;
};

}  // namespace ets::uno
