// vnd.ets:Programme — in the open spreadsheet, the programme of the chantiers proposed to the steering committee
// (sheet « Programme »): the cycle's slots with their months, the first three filled with the top themes (or the
// committee's choice), the organisations able to carry each with their places, and the themes ranked with the
// committee's priority column. Re-running reads back the priorities and the slots' choices typed in the sheet,
// keeps them (also in the project) and refreshes the blocks in place.
// The cycle's settings are a block of the sheet too, read back the same way.
// Arguments: Start (YYYY-MM), Slots ("2=Theme; 4=Theme"), Chantiers, PerYear, Participants, Days, SpanMonths.

#include "commands/commands.hpp"
#include "dialogs/message_box.hpp"

#include "calc/sheet_block.hpp"
#include "calc/spreadsheet.hpp"
#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/project/method_json.hpp"
#include "core/text/months.hpp"
#include "core/text/names.hpp"
#include "core/analysis/programme.hpp"
#include "core/project/opened_project.hpp"
#include "writer/project_transcripts.hpp"
#include "core/text/dates.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>

namespace ets::uno::commands {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

constexpr const char* kCycleBlock = "ETS_Programme_Cycle";
constexpr const char* kSlotsBlock = "ETS_Programme_Slots";
constexpr const char* kPlacesBlock = "ETS_Programme_Places";
constexpr const char* kThemesBlock = "ETS_Programme_Themes";
// Columns a person fills in, read back on every run.
constexpr sal_Int32 kChoiceColumn = 5;    // in the slots block: the committee's choice of theme
constexpr sal_Int32 kPriorityColumn = 5;  // in the themes block: the committee's priority

std::vector<Any> header(const CommandCall& call, std::initializer_list<const char*> keys)
{
    std::vector<Any> row;
    for (const char* key : keys)
        row.push_back(Any(uiText(call.context, key)));
    return row;
}

// A cell as a person sees it: a number's text without trailing zeros, or the text.
std::string cellText(const Any& cell)
{
    double number = 0;
    if (cell >>= number)
    {
        if (number == std::trunc(number) && std::fabs(number) < 1e9)
            return std::to_string(static_cast<long long>(number));
        return std::to_string(number);
    }
    OUString value;
    cell >>= value;
    return toUtf8(value);
}

// The block's cells below its header row, or nothing when the block does not exist yet.
std::vector<std::vector<Any>> blockBody(const Reference<css::sheet::XSpreadsheetDocument>& doc, const char* name)
{
    std::vector<std::vector<Any>> body;
    Reference<css::table::XCellRange> block = calc::findBlock(doc, name);
    if (!block.is())
        return body;
    const auto data = Reference<css::sheet::XCellRangeData>(block, UNO_QUERY_THROW)->getDataArray();
    for (sal_Int32 r = 1; r < data.getLength(); ++r)
        body.emplace_back(data[r].begin(), data[r].end());
    return body;
}


// What the committee typed in the sheet of an earlier run replaces what the project remembered.
void readCommitteeFromSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc, Project& project)
{
    Reference<css::table::XCellRange> themes = calc::findBlock(doc, kThemesBlock);
    if (themes.is())
    {
        std::vector<ThemePriority> priorities;
        for (const auto& row : blockBody(doc, kThemesBlock))
        {
            if (row.size() <= static_cast<std::size_t>(kPriorityColumn))
                continue;
            const std::string name = cellText(row[1]);
            const std::optional<double> priority = parsePriority(name, cellText(row[kPriorityColumn]));
            const Theme* theme = findThemeNamed(project, name);
            if (priority && theme)
                priorities.push_back({theme->id, *priority});
        }
        project.committee.priorities = priorities;
    }
    if (calc::findBlock(doc, kSlotsBlock).is())
    {
        std::vector<SlotChoice> slots;
        for (const auto& row : blockBody(doc, kSlotsBlock))
        {
            if (row.size() <= static_cast<std::size_t>(kChoiceColumn))
                continue;
            const std::string name = trimmedName(cellText(row[kChoiceColumn]));
            double number = 0;
            if (name.empty() || !(row[0] >>= number))
                continue;
            const Theme* theme = findThemeNamed(project, name);
            if (!theme)
                throw Error("theme.unknown", {name});
            slots.push_back({static_cast<int>(number), theme->id});
        }
        project.committee.slots.clear();
        setSlotChoices(project, slots);
    }
}

// The cycle's whole-number settings, in the order of the cycle block's rows (after the start month).
struct CycleSetting {
    const char* argument;  // the automation argument
    const char* label;     // its label in the sheet (catalogue key)
    int Cycle::*member;
};
const CycleSetting kCycleSettings[] = {
    {"Chantiers", "programme.setting_chantiers", &Cycle::chantiers},
    {"PerYear", "programme.setting_per_year", &Cycle::perYear},
    {"Participants", "programme.setting_participants", &Cycle::participants},
    {"Days", "programme.setting_days", &Cycle::days},
    {"SpanMonths", "programme.setting_span", &Cycle::spanMonths},
};

// A whole number from 1 to 1000, or programme.bad_setting naming the setting as the person sees it.
int wholeSetting(const std::string& name, const std::string& text)
{
    const std::optional<double> value = parseDecimal(text);
    if (!value || *value != std::trunc(*value) || *value < 1 || *value > 1000)
        throw Error("programme.bad_setting", {name, trimmedName(text)});
    return static_cast<int>(*value);
}

// A month typed in Calc may have become a date (a day number from 1899-12-30): back to YYYY-MM.
std::string monthText(const Any& cell)
{
    double serial = 0;
    if (!(cell >>= serial))
        return trimmedName(cellText(cell));
    // Days to a civil date (H. Hinnant's algorithm), counted from 1970-01-01 = serial 25569.
    long z = static_cast<long>(std::floor(serial)) - 25569 + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long month = mp < 10 ? mp + 3 : mp - 9;
    const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return formatMonth(static_cast<int>(year * 12 + month - 1));
}

// The settings typed in the cycle block of an earlier run replace the project's.
void readCycleFromSheet(const Reference<css::sheet::XSpreadsheetDocument>& doc, Project& project)
{
    const auto body = blockBody(doc, kCycleBlock);
    if (body.size() < 1 + std::size(kCycleSettings))
        return;
    for (const auto& row : body)
        if (row.size() < 2)
            return;
    project.cycle.start = monthText(body[0][1]);
    for (std::size_t i = 0; i < std::size(kCycleSettings); ++i)
        project.cycle.*kCycleSettings[i].member = wholeSetting(cellText(body[i + 1][0]), cellText(body[i + 1][1]));
}

void applyArguments(const Arguments& arguments, Project& project)
{
    for (const CycleSetting& setting : kCycleSettings)
        if (const std::optional<double> value = arguments.number(setting.argument))
            project.cycle.*setting.member = wholeSetting(setting.argument, cellText(Any(*value)));
    checkCycle(project.cycle);
    if (auto slots = arguments.text("Slots"))
        setSlotChoices(project, parseSlotChoices(project, *slots));
}

calc::Rows cycleRows(const CommandCall& call, const Cycle& cycle, int startMonth)
{
    calc::Rows rows{header(call, {"programme.column_setting", "programme.column_value"})};
    rows.push_back({Any(uiText(call.context, "programme.setting_start")), calc::textCell(formatMonth(startMonth))});
    for (const CycleSetting& setting : kCycleSettings)
        rows.push_back({Any(uiText(call.context, setting.label)), Any(static_cast<double>(cycle.*setting.member))});
    return rows;
}

calc::Rows slotRows(const CommandCall& call, const Programme& programme)
{
    calc::Rows rows{header(call, {"programme.column_chantier", "programme.column_start", "programme.column_end",
                                  "programme.column_theme", "programme.column_origin", "programme.column_choice",
                                  "programme.column_places", "programme.column_carriers"})};
    for (const PlannedSlot& slot : programme.slots)
    {
        std::string carriers;
        int places = 0;
        for (const SlotCarrier& carrier : slot.carriers)
        {
            carriers += (carriers.empty() ? "" : "; ") + carrier.carrier.name;
            places += carrier.places;
        }
        const OUString origin = slot.themeId.empty() ? OUString()
                                : uiText(call.context, slot.byHand ? "programme.origin_committee" : "programme.origin_proposed");
        rows.push_back({Any(static_cast<double>(slot.number)), calc::textCell(slot.startMonth), calc::textCell(slot.endMonth), calc::textCell(slot.themeName),
                        Any(origin), calc::textCell(slot.byHand ? slot.themeName : std::string()),
                        slot.carriers.empty() ? Any(OUString()) : Any(static_cast<double>(places)), calc::textCell(carriers)});
    }
    return rows;
}

calc::Rows placeRows(const CommandCall& call, const Programme& programme)
{
    calc::Rows rows{header(call, {"programme.column_chantier", "programme.column_theme", "programme.column_organisation",
                                  "programme.column_passages", "programme.column_places", "programme.column_brings"})};
    for (const PlannedSlot& slot : programme.slots)
        for (const SlotCarrier& place : slot.carriers)
        {
            // What it brings, in the words of the briefs ("une analyse, une expertise (levier)").
            OUString brings;
            for (Capacity capacity : place.carrier.capacities)
            {
                const std::string key = "brief.capacity." + toString(capacity);
                brings += (brings.isEmpty() ? OUString() : OUString(", ")) + uiText(call.context, key.c_str());
            }
            rows.push_back({Any(static_cast<double>(slot.number)), calc::textCell(slot.themeName), calc::textCell(place.carrier.name),
                            Any(static_cast<double>(place.carrier.passages)), Any(static_cast<double>(place.places)), Any(brings)});
        }
    return rows;
}

calc::Rows themeRows(const CommandCall& call, const Programme& programme)
{
    calc::Rows rows{header(call, {"programme.column_rank", "programme.column_theme", "programme.column_organisations",
                                  "programme.column_interviews", "programme.column_passages", "programme.column_priority"})};
    int rank = 0;
    for (const RankedTheme& theme : programme.themes)
        rows.push_back({Any(static_cast<double>(++rank)), calc::textCell(theme.name), Any(static_cast<double>(theme.organisations)),
                        Any(static_cast<double>(theme.interviews)), Any(static_cast<double>(theme.passages)),
                        theme.priority ? Any(*theme.priority) : Any(OUString())});
    return rows;
}

// The parts of the project this command may change, to save the project only when they did.
nlohmann::json methodJson(const Project& project)
{
    nlohmann::json parts;
    writeMethod(project, parts);
    return parts;
}

// Where a block goes the first time: below the previous one, two rows apart.
css::table::CellAddress below(const Reference<css::table::XCellRange>& block)
{
    const css::table::CellRangeAddress range = Reference<css::sheet::XCellRangeAddressable>(block, UNO_QUERY_THROW)->getRangeAddress();
    return {range.Sheet, range.StartColumn, range.EndRow + 3};
}

} // namespace

CommandOutcome programme(CommandCall& call)
{
    Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    OpenedProject& opened = *call.project;

    // Everything is read and checked before anything is written: a refusal leaves the sheet and the project as they were.
    Project edited = countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress")).project;  // only its committee and cycle are saved back
    readCycleFromSheet(doc, edited);
    readCommitteeFromSheet(doc, edited);
    applyArguments(call.arguments, edited);
    const std::optional<std::string> start = call.arguments.text("Start");
    const int startMonth = programmeStart(edited, start, today());
    if (start || !edited.cycle.start.empty())
        edited.cycle.start = formatMonth(startMonth);
    const Programme programme = planProgramme(edited, startMonth);

    if (methodJson(edited) != methodJson(opened.project))
        changeAndSave(opened, [&](Project& project) {
            project.committee = edited.committee;
            project.cycle = edited.cycle;
        });

    OUString sheetName;
    {
        UndoStep undo(doc, uiText(call.context, "undo.programme"));
        const bool first = !calc::findBlock(doc, kCycleBlock).is();
        Reference<css::sheet::XSpreadsheet> sheet = calc::sheetForBlock(doc, kCycleBlock, uiText(call.context, "programme.sheet"));
        sheetName = Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
        Reference<css::table::XCellRange> cycle =
            calc::writeBlock(doc, sheet, kCycleBlock, {0, 0, 0}, cycleRows(call, edited.cycle, startMonth));
        Reference<css::table::XCellRange> slots = calc::writeBlock(doc, sheet, kSlotsBlock, below(cycle), slotRows(call, programme));
        Reference<css::table::XCellRange> places = calc::writeBlock(doc, sheet, kPlacesBlock, below(slots), placeRows(call, programme));
        Reference<css::table::XCellRange> themes = calc::writeBlock(doc, sheet, kThemesBlock, below(places), themeRows(call, programme));
        calc::setBold(cycle->getCellRangeByPosition(0, 0, 1, 0));
        calc::setBold(slots->getCellRangeByPosition(0, 0, 7, 0));
        calc::setBold(places->getCellRangeByPosition(0, 0, 5, 0));
        calc::setBold(themes->getCellRangeByPosition(0, 0, 5, 0));
        if (first)
            calc::fitColumns(slots);
    }

    std::string proposed;
    for (const PlannedSlot& slot : programme.slots)
        if (!slot.themeId.empty())
            proposed += (proposed.empty() ? "" : "; ") + std::to_string(slot.number) + ". " + slot.themeName;
    const OUString message = uiText(call.context, "programme.done",
                                    {toUtf8(sheetName), std::to_string(programme.slots.size()), programme.slots.front().startMonth,
                                     programme.slots.back().endMonth, proposed});
    if (call.interactive)
        showMessage(call.context, call.frame, MessageKind::Info, message);
    return CommandOutcome::done(message);
}

} // namespace ets::uno::commands
