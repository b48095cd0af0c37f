#include "core/analysis/programme_sheet.hpp"

#include "core/coding/codebook.hpp"
#include "core/project/cycle_settings.hpp"
#include "core/project/method_json.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/lists.hpp"
#include "core/text/months.hpp"
#include "core/text/names.hpp"

#include <cmath>
#include <iterator>

namespace ets {
namespace {

SheetBlock boldHeaderBlock(const char* name) {
    SheetBlock block;
    block.name = name;
    block.looks.boldRows = {0};
    return block;
}

SheetCell number(double value) { return SheetCell::numberCell(value); }

// A month typed in the sheet: a text, or a date Calc made of it.
std::string monthText(const SheetCell& cell) {
    if (cell.kind == SheetCell::Kind::Number)
        return monthOfDateSerial(cell.number);
    return trimmedName(cellText(cell));
}

// The parts of the project a run may change, to save the project only when they did.
nlohmann::json methodParts(const Project& project) {
    nlohmann::json parts;
    writeMethod(project, parts);
    return parts;
}

}  // namespace

SheetBlock programmeCycleBlock(const Cycle& cycle, int startMonth, const Catalogue& texts) {
    SheetBlock block = boldHeaderBlock(kProgrammeCycleBlock);
    block.sheetName = texts.text("programme.sheet");
    block.rows.push_back(headerRow(texts, {"programme.column_setting", "programme.column_value"}));
    block.rows.push_back(
        {SheetCell::textCell(texts.text("programme.setting_start")), SheetCell::textCell(formatMonth(startMonth))});
    for (const CycleSetting& setting : kCycleSettings)
        block.rows.push_back({SheetCell::textCell(texts.text(setting.label)), number(cycle.*setting.member)});
    block.print = legiblePrint(texts, block.sheetName, 0);  // several blocks on the sheet: no one heading to repeat
    return block;
}

SheetBlock programmeSlotsBlock(const Programme& programme, const Catalogue& texts) {
    SheetBlock block = boldHeaderBlock(kProgrammeSlotsBlock);
    block.rows.push_back(
        headerRow(texts, {"programme.column_chantier", "programme.column_start", "programme.column_end",
                          "programme.column_theme", "programme.column_origin", "programme.column_choice",
                          "programme.column_places", "programme.column_carriers"}));
    for (const PlannedSlot& slot : programme.slots) {
        std::vector<std::string> carriers;
        int places = 0;
        for (const SlotCarrier& carrier : slot.carriers) {
            carriers.push_back(carrier.carrier.name);
            places += carrier.places;
        }
        places += slot.openPlaces;  // the chantier's places: the carriers' and those left open
        const std::string origin =
            slot.themeId.empty() ? std::string()
                                 : texts.text(slot.byHand ? "programme.origin_committee" : "programme.origin_proposed");
        block.rows.push_back(
            {number(slot.number), SheetCell::textCell(slot.startMonth), SheetCell::textCell(slot.endMonth),
             SheetCell::textCell(slot.themeName), SheetCell::textCell(origin),
             SheetCell::textCell(slot.byHand ? slot.themeName : std::string()),
             slot.carriers.empty() ? SheetCell::empty() : number(places), SheetCell::textCell(joined(carriers, "; "))});
    }
    block.looks.fitColumns = true;
    return block;
}

SheetBlock programmePlacesBlock(const Programme& programme, const Catalogue& texts) {
    SheetBlock block = boldHeaderBlock(kProgrammePlacesBlock);
    block.rows.push_back(
        headerRow(texts, {"programme.column_chantier", "programme.column_theme", "programme.column_organisation",
                          "programme.column_passages", "programme.column_places", "programme.column_brings"}));
    for (const PlannedSlot& slot : programme.slots) {
        for (const SlotCarrier& place : slot.carriers) {
            block.rows.push_back({number(slot.number), SheetCell::textCell(slot.themeName),
                                  SheetCell::textCell(place.carrier.name), number(place.carrier.passages),
                                  number(place.places), SheetCell::textCell(capacitiesText(place.carrier, texts))});
        }
        if (!slot.themeId.empty() && slot.openPlaces > 0)
            block.rows.push_back({number(slot.number), SheetCell::textCell(slot.themeName),
                                  SheetCell::textCell(texts.text("programme.open_places")), SheetCell::empty(),
                                  number(slot.openPlaces), SheetCell::empty()});
    }
    return block;
}

SheetBlock programmeThemesBlock(const Programme& programme, const Catalogue& texts) {
    SheetBlock block = boldHeaderBlock(kProgrammeThemesBlock);
    block.rows.push_back(
        headerRow(texts, {"programme.column_rank", "programme.column_theme", "programme.column_organisations",
                          "programme.column_interviews", "programme.column_passages", "programme.column_priority"}));
    int rank = 0;
    for (const RankedTheme& theme : programme.themes)
        block.rows.push_back({number(++rank), SheetCell::textCell(theme.name), number(theme.organisations),
                              number(theme.interviews), number(theme.passages),
                              theme.priority ? number(*theme.priority) : SheetCell::empty()});
    return block;
}

std::string monthOfDateSerial(double serial) {
    // Days to a civil date (H. Hinnant's algorithm), counted from 1970-01-01 = serial 25569.
    const long z = static_cast<long>(std::floor(serial)) - 25569 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long month = mp < 10 ? mp + 3 : mp - 9;
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return formatMonth(static_cast<int>(year * 12 + month - 1));
}

int wholeSetting(const std::string& name, const std::string& text) {
    const std::optional<double> value = parseDecimal(text);
    if (!value || *value != std::trunc(*value) || *value < 1 || *value > 1000)
        throw Error("programme.bad_setting", {name, trimmedName(text)});
    return static_cast<int>(*value);
}

void readCycleFromSheet(const std::optional<std::vector<SheetRow>>& cycle, Project& project) {
    if (!cycle || cycle->size() < 1 + std::size(kCycleSettings))
        return;
    for (const SheetRow& row : *cycle)
        if (row.size() < 2)
            return;
    const std::vector<SheetRow>& rows = *cycle;
    project.cycle.start = monthText(rows[0][1]);
    for (std::size_t i = 0; i < std::size(kCycleSettings); ++i)
        project.cycle.*kCycleSettings[i].member = wholeSetting(cellText(rows[i + 1][0]), cellText(rows[i + 1][1]));
}

void readCommitteeFromSheet(const std::optional<std::vector<SheetRow>>& themes,
                            const std::optional<std::vector<SheetRow>>& slots, Project& project) {
    if (themes) {
        std::vector<ThemePriority> priorities;
        for (const SheetRow& row : *themes) {
            if (row.size() <= static_cast<std::size_t>(kThemePriorityColumn))
                continue;
            const std::string name = cellText(row[1]);
            const std::optional<double> priority = parsePriority(name, cellText(row[kThemePriorityColumn]));
            const Theme* theme = findThemeNamed(project, name);
            if (priority && theme)
                priorities.push_back({theme->id, *priority});
        }
        project.committee.priorities = priorities;
    }
    if (slots) {
        std::vector<SlotChoice> choices;
        for (const SheetRow& row : *slots) {
            if (row.size() <= static_cast<std::size_t>(kSlotChoiceColumn))
                continue;
            const std::string name = trimmedName(cellText(row[kSlotChoiceColumn]));
            if (name.empty() || row[0].kind != SheetCell::Kind::Number)
                continue;
            const Theme* theme = findThemeNamed(project, name);
            if (!theme)
                throw Error("theme.unknown", {name});
            choices.push_back({static_cast<int>(row[0].number), theme->id});
        }
        project.committee.slots.clear();
        setSlotChoices(project, choices);
    }
}

void applyProgrammeArguments(const CommandArguments& arguments, Project& project) {
    for (const CycleSetting& setting : kCycleSettings)
        if (const std::optional<double> value = arguments.number(setting.argument))
            project.cycle.*setting.member = wholeSetting(setting.argument, cellText(SheetCell::numberCell(*value)));
    if (const std::optional<double> value = arguments.number("PlacesPerOrganisation"))
        project.cycle.placesPerOrganisation =
            wholeSetting("PlacesPerOrganisation", cellText(SheetCell::numberCell(*value)));
    checkCycle(project.cycle);
    if (const std::optional<std::string> slots = arguments.text("Slots"))
        setSlotChoices(project, parseSlotChoices(project, *slots));
}

ProgrammeRun runProgramme(const Project& counted, const Project& saved, const ProgrammeSheetCells& sheet,
                          const CommandArguments& arguments, std::string_view today) {
    ProgrammeRun run;
    run.amended = counted;
    Project& amended = run.amended;
    readCycleFromSheet(sheet.cycle, amended);
    readCommitteeFromSheet(sheet.themes, sheet.slots, amended);
    applyProgrammeArguments(arguments, amended);
    const std::optional<std::string> start = arguments.text("Start");
    run.startMonth = programmeStart(amended, start, today);
    if (start || !amended.cycle.start.empty())
        amended.cycle.start = formatMonth(run.startMonth);
    run.programme = planProgramme(amended, run.startMonth);
    run.changed = methodParts(amended) != methodParts(saved);
    return run;
}

std::string programmeMessage(const Programme& programme, const std::string& sheetName, const Catalogue& texts) {
    std::vector<std::string> proposed;
    for (const PlannedSlot& slot : programme.slots)
        if (!slot.themeId.empty())
            proposed.push_back(std::to_string(slot.number) + ". " + slot.themeName);
    return texts.text("programme.done",
                      {sheetName, std::to_string(programme.slots.size()), programme.slots.front().startMonth,
                       programme.slots.back().endMonth, joined(proposed, "; ")});
}

}  // namespace ets
