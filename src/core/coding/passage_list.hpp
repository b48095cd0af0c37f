#pragma once
// The list of tagged passages that vnd.ets:Passages gives a macro (as JSON) and shows a person (one line each), with
// the filters a person chooses from.

#include "core/project/model.hpp"

#include <nlohmann/json_fwd.hpp>

#include "core/text/catalogue.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ets {

// Empty fields keep every passage. Names compare as the core compares names (trimmed, without regard to case).
struct PassageFilter {
    std::string transcript;  // a project path: only this transcript's passages
    std::string theme;       // passages carrying this theme (its name)
    std::string organisation;
    std::string coder;
};

struct ListedPassage {
    std::string anchor;
    std::string transcript;
    std::vector<std::string> themes;  // names, in the passage's order
    std::string organisation;         // of the transcript's interview; empty when none
    std::string coder;
    std::string text;
    std::string memo;
};

// The passages of the project's index that the filter keeps, in index order. Throws theme.unknown {name} for a theme
// filter naming no theme.
std::vector<ListedPassage> listPassages(const Project& project, const PassageFilter& filter);

// [{anchor, transcript, themes, organisation, coder, text, memo}], as the automation contract gives it.
nlohmann::json passagesJson(const std::vector<ListedPassage>& passages);

// The Passages dialog's list is in a fixed-width font, one passage a line in columns that fit its width, so that
// nothing needs scrolling sideways: theme(s), organisation, the text's beginning, the memo, each cut with « … » or
// padded with spaces to its width in characters, two spaces between columns.
inline constexpr std::size_t kPassageColumnWidths[] = {22, 18, 48, 18};
std::string passageLine(const ListedPassage& passage);
// The columns' headings above the list, laid out as the lines ("passages.column_*" of the catalogue).
std::string passageHeader(const Catalogue& texts);
// `text` on one line (line breaks and tabs as spaces, spaces run together) in exactly `width` characters: cut with
// « … » when longer, padded with spaces when shorter.
std::string fixedWidthCell(std::string_view text, std::size_t width);

// What the dialog's filters offer: the codebook's themes, the register's organisations, the passages' coders (each
// once, in order of appearance).
struct FilterChoices {
    std::vector<std::string> themes;
    std::vector<std::string> organisations;
    std::vector<std::string> coders;
};
FilterChoices filterChoices(const Project& project);

}  // namespace ets
