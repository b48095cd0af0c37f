#include "core/coding/passage_list.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_scope.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "core/text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ets {
namespace {

bool keeps(const std::string& wanted, const std::string& value) { return wanted.empty() || sameName(wanted, value); }

}  // namespace

std::vector<ListedPassage> listPassages(const Project& project, const PassageFilter& filter) {
    const std::string themeId = filter.theme.empty() ? std::string() : requireTheme(project, filter.theme).id;
    const InterviewsByTranscript interviews(project);
    std::vector<ListedPassage> listed;
    for (const Passage& passage : project.passages) {
        if (!filter.transcript.empty() && passage.transcript != filter.transcript)
            continue;
        if (!themeId.empty() &&
            std::find(passage.themeIds.begin(), passage.themeIds.end(), themeId) == passage.themeIds.end())
            continue;
        const Organisation* organisation = interviews.organisationOf(passage.transcript);
        const std::string organisationName = organisation ? organisation->name : std::string();
        if (!keeps(filter.organisation, organisationName) || !keeps(filter.coder, passage.coder))
            continue;
        ListedPassage row{passage.anchor, passage.transcript, {},          organisationName,
                          passage.coder,  passage.text,       passage.memo};
        for (const std::string& id : passage.themeIds)
            if (const Theme* theme = project.findTheme(id))
                row.themes.push_back(theme->name);
        listed.push_back(std::move(row));
    }
    return listed;
}

nlohmann::json passagesJson(const std::vector<ListedPassage>& passages) {
    nlohmann::json list = nlohmann::json::array();
    for (const ListedPassage& passage : passages)
        list.push_back({{"anchor", passage.anchor},
                        {"transcript", passage.transcript},
                        {"themes", passage.themes},
                        {"organisation", passage.organisation},
                        {"coder", passage.coder},
                        {"text", passage.text},
                        {"memo", passage.memo}});
    return list;
}

std::string fixedWidthCell(std::string_view text, std::size_t width) {
    std::vector<std::string> characters;  // each a code point's UTF-8, whitespace runs as one space
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const CodePoint point = nextCodePoint(text, i);
        const bool space = point.value == ' ' || point.value == '\n' || point.value == '\r' || point.value == '\t' ||
                           point.value == 0xA0 || point.value == 0x202F;
        if (space) {
            if (!characters.empty() && characters.back() != " ")
                characters.emplace_back(" ");
        } else if (point.valid) {
            characters.emplace_back(text.substr(start, i - start));
        }
    }
    while (!characters.empty() && characters.back() == " ")
        characters.pop_back();
    std::string cell;
    if (characters.size() > width) {
        characters.resize(width > 0 ? width - 1 : 0);
        while (!characters.empty() && characters.back() == " ")
            characters.pop_back();
        characters.emplace_back("\xE2\x80\xA6");  // …
    }
    for (const std::string& character : characters)
        cell += character;
    for (std::size_t n = characters.size(); n < width; ++n)
        cell += ' ';
    return cell;
}

namespace {

std::string columns(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
        line += (i ? "  " : "") + fixedWidthCell(cells[i], kPassageColumnWidths[i]);
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line;
}

}  // namespace

std::string passageLine(const ListedPassage& passage) {
    return columns({joined(passage.themes, ", "), passage.organisation, passage.text, passage.memo});
}

std::string passageHeader(const Catalogue& texts) {
    return columns({texts.text("passages.column_theme"), texts.text("passages.column_organisation"),
                    texts.text("passages.column_excerpt"), texts.text("passages.column_memo")});
}

FilterChoices filterChoices(const Project& project) {
    FilterChoices choices;
    for (const Theme& theme : project.themes)
        choices.themes.push_back(theme.name);
    for (const Organisation& organisation : project.organisations)
        choices.organisations.push_back(organisation.name);
    for (const Passage& passage : project.passages)
        if (std::find(choices.coders.begin(), choices.coders.end(), passage.coder) == choices.coders.end())
            choices.coders.push_back(passage.coder);
    return choices;
}

}  // namespace ets
