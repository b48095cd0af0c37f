#include "dialogs/insert_brief_dialog.hpp"

#include "core/text/error.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"
#include "office/user_settings.hpp"

namespace ets::uno {

bool runInsertBriefDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<OfferedTheme>& themes,
                          const std::function<void(const BriefRequest&)>& accept) {
    Dialog dialog(context, frame, "InsertBrief");
    std::vector<rtl::OUString> items;
    for (const OfferedTheme& theme : themes)
        items.push_back(toOUString(theme.name) + " (" + rtl::OUString::number(theme.passages) + ")");
    setListItems(dialog, "ThemeList", items, items.empty() ? -1 : 0);
    setChecked(dialog, "AtCursor", true);
    // The options' defaults (Tools ▸ Options ▸ ETS Workbench).
    const UserOptions options = readUserOptions(context);
    setNumericValue(dialog, "QuotesField", options.quotesPerBrief);
    setBoxTicked(dialog, "PseudonymiseBox", options.pseudonymise);
    return dialog.runUntilAccepted([&] {
        const sal_Int16 chosen = selectedPosition(dialog, "ThemeList");
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= themes.size())
            throw Error("args.missing", {"Theme"});
        BriefRequest request;
        request.theme = themes[static_cast<std::size_t>(chosen)].name;
        request.target = isChecked(dialog, "NewDocument") ? BriefTarget::NewDocument : BriefTarget::Cursor;
        request.quotes = static_cast<int>(numericValue(dialog, "QuotesField"));
        request.pseudonymise = isBoxTicked(dialog, "PseudonymiseBox");
        request.anonymiseOrganisations = isBoxTicked(dialog, "OrganisationsBox");
        accept(request);
    });
}

}  // namespace ets::uno
