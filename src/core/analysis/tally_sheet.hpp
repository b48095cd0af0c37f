#pragma once
// The tally as vnd.ets:TallyThemes writes it: the themes × organisations block (sheet « Thèmes ») with its chart, the
// quotes block (sheet « Citations ») with a link to each passage, and the sentence that reports it.

#include "core/analysis/tally.hpp"
#include "core/layout/sheet_block.hpp"
#include "core/text/catalogue.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ets {

inline constexpr const char* kTallyBlock = "ETS_Tally";
inline constexpr const char* kQuotesBlock = "ETS_Quotes";

// The organisations of the tally, without the column of the passages that have none.
int countedOrganisations(const Tally& tally);

// Header (theme, organisations, interviews, passages, share, then one column per organisation), a row per theme, a
// total row; bold header and total, shares in percent, each theme in its codebook colour (white text on a dark one),
// sub-themes indented; the chart of themes by number of organisations beside it.
SheetBlock tallyThemesBlock(const Tally& tally, const Catalogue& texts);

// A row per quote with a link opening its transcript (a relative path is under `projectFolder`) at its bookmark; the
// passage and its memo wrapped in wide columns.
SheetBlock tallyQuotesBlock(const Tally& tally, const Catalogue& texts, const std::filesystem::path& projectFolder);

// "Décompte mis à jour : 4 thème(s)…", followed by a warning naming the transcripts that could not be read.
std::string tallyMessage(const Tally& tally, const std::vector<std::string>& unreadable, const std::string& themesSheet,
                         const std::string& quotesSheet, const Catalogue& texts);

}  // namespace ets
