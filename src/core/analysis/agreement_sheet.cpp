#include "core/analysis/agreement_sheet.hpp"

#include "core/coding/codebook.hpp"
#include "core/coding/passage_index.hpp"
#include "core/coding/second_coder.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/numbers.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <filesystem>
#include <set>
#include <system_error>

namespace ets {
namespace {

const char* const kUndefined = "—";

SheetCell share(const std::optional<double>& value) {
    return value ? SheetCell::numberCell(*value) : SheetCell::textCell(kUndefined);
}

std::string themeName(const Project& project, const std::string& id) {
    const Theme* theme = project.findTheme(id);
    return theme ? theme->name : id;
}

std::vector<std::string> themeNames(const Project& project, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const std::string& id : ids)
        names.push_back(themeName(project, id));
    return names;
}

void addFigures(SheetRow& row, const AgreementFigures& figures) {
    const CharacterCounts& c = figures.characters;
    for (std::uint64_t n : {c.total(), c.both, c.onlyA, c.onlyB, c.neither})
        row.push_back(SheetCell::numberCell(static_cast<double>(n)));
    row.push_back(share(percentAgreement(c)));
    row.push_back(share(cohensKappa(c)));
    row.push_back(share(krippendorffAlpha(c)));
    row.push_back(share(codedOverlap(c)));
    row.push_back(SheetCell::numberCell(figures.passages.passagesA));
    row.push_back(SheetCell::numberCell(figures.passages.passagesB));
    row.push_back(share(passageAgreement(figures.passages)));
}

SheetRow figuresHeader(const AgreementRequest& request, const Catalogue& texts, std::vector<std::string> first) {
    SheetRow row;
    for (const std::string& text : first)
        row.push_back(SheetCell::textCell(text));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_characters")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_both")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_only", {request.coderA})));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_only", {request.coderB})));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_neither")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_percent")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_kappa")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_alpha")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_overlap")));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_passages", {request.coderA})));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_passages", {request.coderB})));
    row.push_back(SheetCell::textCell(texts.text("agreement.column_passage_agreement")));
    return row;
}

// The columns shown in percent, counted from the first figure's column.
void percentColumns(BlockLooks& looks, int firstRow, int lastRow, int figuresColumn) {
    for (int column : {5, 8, 11})
        looks.percent.push_back({firstRow, figuresColumn + column, lastRow, figuresColumn + column});
}

// The number as the macro gave it, to be named in a refusal.
std::string asGiven(double number) {
    char buffer[64];
    const auto written = std::to_chars(std::begin(buffer), std::end(buffer), number);
    return std::string(buffer, written.ec == std::errc() ? written.ptr : buffer);
}

nlohmann::json value(const std::optional<double>& figure) {
    return figure ? nlohmann::json(*figure) : nlohmann::json(nullptr);
}

nlohmann::json figuresJson(const AgreementFigures& figures) {
    const CharacterCounts& c = figures.characters;
    const PassageCounts& p = figures.passages;
    return {{"characters", c.total()},
            {"both", c.both},
            {"onlyA", c.onlyA},
            {"onlyB", c.onlyB},
            {"neither", c.neither},
            {"percent", value(percentAgreement(c))},
            {"kappa", value(cohensKappa(c))},
            {"alpha", value(krippendorffAlpha(c))},
            {"overlap", value(codedOverlap(c))},
            {"passagesA", p.passagesA},
            {"passagesB", p.passagesB},
            {"matchedA", p.matchedA},
            {"matchedB", p.matchedB},
            {"passageAgreement", value(passageAgreement(p))}};
}

}  // namespace

std::vector<std::string> indexedCoders(const Project& project, const std::string& me) {
    std::vector<std::string> found;
    for (const Passage& passage : project.passages)
        if (!passage.coder.empty() && std::find(found.begin(), found.end(), passage.coder) == found.end())
            found.push_back(passage.coder);
    const auto mine = std::find(found.begin(), found.end(), me);
    if (mine != found.end())
        std::rotate(found.begin(), mine, mine + 1);
    return found;
}

AgreementPlan planAgreement(const Project& project, const std::filesystem::path& folder, const std::string& coders,
                            const std::string& transcripts, const std::string& themes, std::optional<double> minOverlap,
                            const std::string& me) {
    AgreementPlan plan;
    const std::vector<std::string> named = splitList(coders);
    if (!named.empty()) {
        if (named.size() != 2 || named[0] == named[1])
            throw Error("agreement.two_coders");
        plan.request.coderA = named[0];
        plan.request.coderB = named[1];
    } else {
        const std::vector<std::string> found = indexedCoders(project, me);
        if (found.size() < 2)
            throw Error("agreement.one_coder", {found.empty() ? std::string("—") : found.front()});
        plan.request.coderA = found[0];
        plan.request.coderB = found[1];
    }

    if (minOverlap) {
        const double share = *minOverlap > 1.0 ? *minOverlap / 100.0 : *minOverlap;
        if (!(share > 0.0 && share <= 1.0))
            throw Error("agreement.min_overlap", {asGiven(*minOverlap)});
        plan.request.minOverlap = share;
    }

    const std::vector<std::string> themeNames = splitList(themes);
    if (themeNames.empty())
        for (const Theme& theme : project.themes)
            plan.request.themeIds.push_back(theme.id);
    for (const std::string& name : themeNames) {
        const std::string& id = requireTheme(project, name).id;
        if (std::find(plan.request.themeIds.begin(), plan.request.themeIds.end(), id) == plan.request.themeIds.end())
            plan.request.themeIds.push_back(id);
    }

    const std::set<std::string> known = knownTranscripts(project);
    std::vector<std::string> keys;
    const std::vector<std::string> files = splitList(transcripts);
    plan.chosenTranscripts = !files.empty();
    for (const std::string& file : files) {
        const auto found = std::find_if(known.begin(), known.end(), [&](const std::string& key) {
            return key == file || std::filesystem::u8path(key).filename().u8string() == file;
        });
        std::string key;
        if (found != known.end())
            key = *found;
        else if (std::error_code error; std::filesystem::is_regular_file(folder / std::filesystem::u8path(file), error))
            key = std::filesystem::u8path(file).generic_u8string();
        else
            throw Error("agreement.unknown_transcript", {file});
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);
    }
    if (files.empty())
        for (const std::string& key : known)
            if (std::any_of(project.passages.begin(), project.passages.end(), [&](const Passage& passage) {
                    return passage.transcript == key &&
                           (passage.coder == plan.request.coderA || passage.coder == plan.request.coderB);
                }))
                keys.push_back(key);
    if (files.empty())
        for (std::size_t i = 0, read = keys.size(); i < read; ++i) {
            const std::filesystem::path key = std::filesystem::u8path(keys[i]);
            for (const std::filesystem::path& copy : secondCoderCopies(folder / key)) {
                const std::string copyKey = (key.parent_path() / copy.filename()).generic_u8string();
                if (std::find(keys.begin(), keys.end(), copyKey) == keys.end())
                    keys.push_back(copyKey);
            }
        }
    // An interview's own transcript before the copies a second coder made of it (when no interview names it, the
    // one the others are named after).
    const auto rank = [&](const std::string& key) {
        if (std::any_of(project.interviews.begin(), project.interviews.end(),
                        [&](const Interview& interview) { return interview.transcript == key; }))
            return 0;
        const std::filesystem::path path = folder / std::filesystem::u8path(key);
        return std::any_of(keys.begin(), keys.end(),
                           [&](const std::string& other) {
                               return isSecondCoderCopy(folder / std::filesystem::u8path(other), path);
                           })
                   ? 2
                   : 1;
    };
    std::vector<std::pair<int, std::string>> ranked;
    for (const std::string& key : keys)
        ranked.emplace_back(rank(key), key);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    keys.clear();
    for (auto& [position, key] : ranked)
        keys.push_back(std::move(key));
    plan.transcripts = std::move(keys);
    return plan;
}

std::vector<AgreementText> comparedTexts(std::vector<AgreementText> texts, const AgreementPlan& plan) {
    requireComparable(texts, plan.request);
    if (!plan.chosenTranscripts) {
        const std::vector<std::string> common = commonTranscripts(texts, plan.request.coderA, plan.request.coderB);
        texts.erase(std::remove_if(texts.begin(), texts.end(),
                                   [&](const AgreementText& text) {
                                       return std::find(common.begin(), common.end(), text.key) == common.end();
                                   }),
                    texts.end());
    }
    return texts;
}

SheetBlock agreementThemesBlock(const Agreement& agreement, const AgreementRequest& request, const Project& project,
                                const Catalogue& texts) {
    SheetBlock block;
    block.name = kAgreementBlock;
    block.sheetName = texts.text("agreement.sheet");
    block.rows.push_back({SheetCell::textCell(texts.text(
        "agreement.sheet_note", {request.coderA, request.coderB, std::to_string(agreement.transcripts.size()),
                                 percentText(request.minOverlap, texts)}))});
    block.rows.push_back(figuresHeader(request, texts, {texts.text("agreement.column_theme")}));
    for (const ThemeAgreement& theme : agreement.themes) {
        SheetRow row{SheetCell::textCell(themeName(project, theme.themeId))};
        addFigures(row, theme.pooled);
        block.rows.push_back(row);
    }
    SheetRow overall{SheetCell::textCell(texts.text("agreement.overall"))};
    addFigures(overall, agreement.overall);
    block.rows.push_back(overall);
    const int last = static_cast<int>(block.rows.size()) - 1;
    block.looks.boldRows = {1, last};
    percentColumns(block.looks, 2, last, 1);
    block.looks.fitColumns = true;
    block.looks.columnWidths = {{0, 6000}};
    return block;
}

SheetBlock agreementTranscriptsBlock(const Agreement& agreement, const AgreementRequest& request,
                                     const Project& project, const Catalogue& texts) {
    SheetBlock block;
    block.name = kAgreementTranscriptsBlock;
    block.rows.push_back(figuresHeader(
        request, texts, {texts.text("agreement.column_theme"), texts.text("agreement.column_transcript")}));
    for (const ThemeAgreement& theme : agreement.themes)
        for (std::size_t t = 0; t < agreement.transcripts.size(); ++t) {
            SheetRow row{SheetCell::textCell(themeName(project, theme.themeId)),
                         SheetCell::textCell(agreement.transcripts[t])};
            addFigures(row, theme.perTranscript[t]);
            block.rows.push_back(row);
        }
    const int last = static_cast<int>(block.rows.size()) - 1;
    block.looks.boldRows = {0};
    if (last >= 1)
        percentColumns(block.looks, 1, last, 2);
    return block;
}

SheetBlock disagreementsBlock(const Agreement& agreement, const AgreementRequest& request, const Project& project,
                              const Catalogue& texts, const std::filesystem::path& projectFolder) {
    SheetBlock block;
    block.name = kDisagreementsBlock;
    block.rows.push_back(
        {SheetCell::textCell(texts.text("agreement.disagreements", {std::to_string(agreement.disagreements.size())}))});
    block.rows.push_back({SheetCell::textCell(texts.text("agreement.column_transcript")),
                          SheetCell::textCell(texts.text("agreement.column_text")),
                          SheetCell::textCell(texts.text("agreement.column_themes_of", {request.coderA})),
                          SheetCell::textCell(texts.text("agreement.column_themes_of", {request.coderB})),
                          SheetCell::textCell(texts.text("agreement.column_passage_of", {request.coderA})),
                          SheetCell::textCell(texts.text("agreement.column_passage_of", {request.coderB}))});
    const std::string label = texts.text("tally.open_link");
    const auto link = [&](const std::optional<CodedPassage>& passage) {
        if (!passage)
            return SheetCell::textCell(kUndefined);
        std::filesystem::path path = std::filesystem::u8path(passage->transcript);
        if (path.is_relative())
            path = projectFolder / path;
        return SheetCell::link(path.u8string(), passage->anchor, label);
    };
    for (const Disagreement& row : agreement.disagreements)
        block.rows.push_back({SheetCell::textCell(row.transcript), SheetCell::textCell(row.text),
                              SheetCell::textCell(joined(themeNames(project, row.themesA), "; ")),
                              SheetCell::textCell(joined(themeNames(project, row.themesB), "; ")), link(row.passageA),
                              link(row.passageB)});
    const int last = static_cast<int>(block.rows.size()) - 1;
    block.looks.boldRows = {0, 1};
    if (last >= 2)
        block.looks.wrapped = {{2, 1, last, 1}};
    block.looks.alignTop = true;
    return block;
}

std::string agreementJson(const Agreement& agreement, const AgreementRequest& request, const Project& project) {
    nlohmann::json themes = nlohmann::json::array();
    for (const ThemeAgreement& theme : agreement.themes) {
        nlohmann::json perTranscript = nlohmann::json::array();
        for (std::size_t t = 0; t < agreement.transcripts.size(); ++t) {
            nlohmann::json figures = figuresJson(theme.perTranscript[t]);
            figures["transcript"] = agreement.transcripts[t];
            perTranscript.push_back(std::move(figures));
        }
        themes.push_back({{"id", theme.themeId},
                          {"theme", themeName(project, theme.themeId)},
                          {"pooled", figuresJson(theme.pooled)},
                          {"transcripts", std::move(perTranscript)}});
    }
    nlohmann::json disagreements = nlohmann::json::array();
    for (const Disagreement& row : agreement.disagreements)
        disagreements.push_back({{"transcript", row.transcript},
                                 {"text", row.text},
                                 {"themesA", themeNames(project, row.themesA)},
                                 {"themesB", themeNames(project, row.themesB)},
                                 {"anchorA", row.passageA ? row.passageA->anchor : std::string()},
                                 {"anchorB", row.passageB ? row.passageB->anchor : std::string()}});
    return nlohmann::json{{"coders", {request.coderA, request.coderB}},
                          {"minOverlap", request.minOverlap},
                          {"transcripts", agreement.transcripts},
                          {"overall", figuresJson(agreement.overall)},
                          {"themes", std::move(themes)},
                          {"disagreements", std::move(disagreements)},
                          {"copiesLeftOut", agreement.copiesLeftOut}}
        .dump();
}

std::string agreementMessage(const Agreement& agreement, const AgreementRequest& request, const std::string& sheet,
                             const Catalogue& texts) {
    const CharacterCounts& c = agreement.overall.characters;
    const auto shown = [&texts](const std::optional<double>& value, bool percent) {
        if (!value)
            return std::string(kUndefined);
        return percent ? percentText(*value, texts) : decimalText(*value, 3, texts);
    };
    std::string message =
        texts.text("agreement.done", {request.coderA, request.coderB, std::to_string(agreement.transcripts.size()),
                                      std::to_string(agreement.themes.size()), shown(percentAgreement(c), true),
                                      shown(cohensKappa(c), false), shown(krippendorffAlpha(c), false),
                                      std::to_string(agreement.disagreements.size()), sheet});
    if (!agreement.copiesLeftOut.empty()) {
        std::string names;
        for (const std::string& copy : agreement.copiesLeftOut)
            names += (names.empty() ? "" : ", ") + copy;
        message += "\n" + texts.text("agreement.copies_left_out", {names});
    }
    return message;
}

}  // namespace ets
