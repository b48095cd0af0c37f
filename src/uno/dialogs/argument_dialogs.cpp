#include "dialogs/argument_dialogs.hpp"

#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "core/text/typography.hpp"
#include "dialogs/controls.hpp"
#include "dialogs/dialog.hpp"
#include "office/strings.hpp"

namespace ets::uno {

bool runThemeAnalysisDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XFrame>& frame,
                            const std::vector<OfferedTheme>& themes,
                            const std::function<void(const AnalysisChoice&)>& accept) {
    Dialog dialog(context, frame, "ThemeAnalysis");
    std::vector<rtl::OUString> items;
    for (const OfferedTheme& theme : themes)
        items.push_back(toOUString(theme.name) + " (" + rtl::OUString::number(theme.passages) + ")");
    setListItems(dialog, "ThemeList", items, items.empty() ? -1 : 0);
    setChecked(dialog, "KindKept", true);
    return dialog.runUntilAccepted([&] {
        const sal_Int16 chosen = selectedPosition(dialog, "ThemeList");
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= themes.size())
            throw Error("args.missing", {"Theme"});
        AnalysisChoice choice;
        choice.theme = themes[static_cast<std::size_t>(chosen)].name;
        if (isChecked(dialog, "KindKnot"))
            choice.kind = "Knot";
        else if (isChecked(dialog, "KindLever"))
            choice.kind = "Lever";
        else if (isChecked(dialog, "KindBoth"))
            choice.kind = "Both";
        accept(choice);
    });
}

std::vector<CarrierLine> carrierLines(const Project& project, const std::vector<OfferedTheme>& themes,
                                      const Catalogue& texts) {
    std::vector<CarrierLine> lines;
    for (const OfferedTheme& offered : themes) {
        const Theme* theme = findThemeNamed(project, offered.name);
        if (!theme)
            continue;
        for (const Carrier& carrier : carrierCandidates(project, theme->id)) {
            std::vector<std::string> evidence;
            evidence.push_back(carrier.recorded
                                   ? texts.text("carrier.recorded") + ", " +
                                         texts.text(std::string_view("brief.willing." + toString(carrier.willing)))
                                   : texts.text("carrier.candidate"));
            if (carrier.passages > 0)
                evidence.push_back(texts.text("count.passages", {std::to_string(carrier.passages)}));
            if (carrier.memos > 0)
                evidence.push_back(texts.text("count.memos", {std::to_string(carrier.memos)}));
            if (carrier.noted)
                evidence.push_back(texts.text("brief.carrier_noted"));
            const std::string capacities = capacitiesText(carrier, texts);
            if (!capacities.empty())
                evidence.push_back(capacities);
            // Typeset in the UI's language: « ; » takes its narrow no-break space in French, none in English. Cut
            // with « … » at what the list shows without scrolling sideways (the fields below say the rest).
            lines.push_back(
                {theme->name, carrier.name,
                 excerpt(typeset(theme->name + " \xC2\xB7 " + carrier.name + " \xE2\x80\x94 " + joined(evidence, "; "),
                                 texts.language()),
                         125)});
        }
    }
    return lines;
}

bool runCarriersDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<CarrierLine>& lines,
                       const std::function<void(const CarrierEdit&)>& accept) {
    Dialog dialog(context, frame, "Carriers");
    std::vector<rtl::OUString> items;
    for (const CarrierLine& line : lines)
        items.push_back(toOUString(line.text));
    setListItems(dialog, "CandidateList", items, items.empty() ? -1 : 0);
    return dialog.runUntilAccepted([&] {
        const sal_Int16 chosen = selectedPosition(dialog, "CandidateList");
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= lines.size())
            throw Error("args.missing", {"Organisation"});
        const CarrierLine& line = lines[static_cast<std::size_t>(chosen)];
        CarrierEdit edit;
        edit.theme = line.theme;
        edit.organisation = line.organisation;
        if (isBoxTicked(dialog, "RemoveBox")) {
            edit.action = "Remove";
            accept(edit);
            return;
        }
        std::vector<std::string> capacities;
        if (isBoxTicked(dialog, "AnalysisBox"))
            capacities.push_back("Analysis");
        if (isBoxTicked(dialog, "ExperienceBox"))
            capacities.push_back("Experience");
        if (isBoxTicked(dialog, "ExpertiseBox"))
            capacities.push_back("Expertise");
        if (!capacities.empty())
            edit.capacities = joined(capacities, ";");
        if (isChecked(dialog, "WillingYes"))
            edit.willing = "Yes";
        else if (isChecked(dialog, "WillingToConfirm"))
            edit.willing = "ToConfirm";
        else if (isChecked(dialog, "WillingNo"))
            edit.willing = "No";
        const std::string contact = toUtf8(controlText(dialog, "ContactField").trim());
        if (!contact.empty())
            edit.contactRole = contact;
        const std::string reason = toUtf8(controlText(dialog, "ReasonField").trim());
        if (!reason.empty())
            edit.reason = reason;
        accept(edit);
    });
}

}  // namespace ets::uno
