#include "dialogs/theme_list.hpp"

#include "core/coding/tagging.hpp"
#include "office/strings.hpp"

namespace ets::uno {

void ThemeList::show(const DialogRef& dialog, const std::string& filter) {
    css::uno::Reference<css::awt::XListBox> list = listBox(dialog, "ThemeList");
    remember(list);
    list->removeItems(0, list->getItemCount());
    shown_.clear();
    for (const std::string& name : names_)
        if (matchesFilter(name, filter))
            shown_.push_back(name);
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        list->addItem(toOUString(shown_[i]), static_cast<sal_Int16>(i));
        if (chosen_.count(shown_[i]))
            list->selectItemPos(static_cast<sal_Int16>(i), true);
    }
}

std::vector<std::string> ThemeList::chosen(const DialogRef& dialog) {
    remember(listBox(dialog, "ThemeList"));
    std::vector<std::string> result;
    for (const std::string& name : names_)
        if (chosen_.count(name))
            result.push_back(name);
    return result;
}

void ThemeList::remember(const css::uno::Reference<css::awt::XListBox>& list) {
    std::set<std::size_t> selected;
    for (const sal_Int16 position : list->getSelectedItemsPos())
        selected.insert(static_cast<std::size_t>(position));
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        if (selected.count(i))
            chosen_.insert(shown_[i]);
        else
            chosen_.erase(shown_[i]);
    }
}

}  // namespace ets::uno
