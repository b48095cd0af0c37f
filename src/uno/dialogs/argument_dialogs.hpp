#pragma once
// The dialogs of the argument (issue 12): ThemeAnalysis (dialogs/ThemeAnalysis.xdl: a theme and its kind) and
// Carriers (dialogs/Carriers.xdl: the candidates of every theme with their evidence, and what to record of one).

#include "core/analysis/carriers.hpp"
#include "core/analysis/theme_analysis.hpp"
#include "core/analysis/brief_document.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ets::uno {

struct AnalysisChoice {
    std::string theme;
    std::optional<std::string> kind;  // "Knot", "Lever", "Both"; empty: unchanged
};
bool runThemeAnalysisDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                            const css::uno::Reference<css::frame::XFrame>& frame,
                            const std::vector<OfferedTheme>& themes,
                            const std::function<void(const AnalysisChoice&)>& accept);

// One line of the Carriers dialog's list: a theme and a candidate, with the evidence to read.
struct CarrierLine {
    std::string theme;
    std::string organisation;
    std::string text;
};
// The lines of every theme's candidates (carrierCandidates), themes in `themes`' order.
std::vector<CarrierLine> carrierLines(const Project& project, const std::vector<OfferedTheme>& themes,
                                      const Catalogue& texts);

bool runCarriersDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<CarrierLine>& lines,
                       const std::function<void(const CarrierEdit&)>& accept);

}  // namespace ets::uno
