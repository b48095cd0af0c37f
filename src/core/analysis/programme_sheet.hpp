#pragma once
// The programme as vnd.ets:Programme writes it (sheet « Programme »): the cycle's settings, the slots, the places of
// each slot's organisations and the themes ranked, stacked in that order; and what the committee typed in an earlier
// run's sheet (settings, priorities, choices of theme), read back before every run.

#include "core/analysis/programme.hpp"
#include "core/layout/sheet_block.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/command_arguments.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

inline constexpr const char* kProgrammeCycleBlock = "ETS_Programme_Cycle";
inline constexpr const char* kProgrammeSlotsBlock = "ETS_Programme_Slots";
inline constexpr const char* kProgrammePlacesBlock = "ETS_Programme_Places";
inline constexpr const char* kProgrammeThemesBlock = "ETS_Programme_Themes";
// Each block goes two rows under the one before the first time.
inline constexpr PlaceBelow kProgrammeBlockPlace{2, false};
// Columns a person fills in, read back on every run.
inline constexpr int kSlotChoiceColumn = 5;     // in the slots block: the committee's choice of theme
inline constexpr int kThemePriorityColumn = 5;  // in the themes block: the committee's priority

// The start month, then one row per cycle setting (kCycleSettings), with their labels.
SheetBlock programmeCycleBlock(const Cycle& cycle, int startMonth, const Catalogue& texts);
// A row per slot: number, months, theme, where it comes from, the committee's choice, places and carriers.
SheetBlock programmeSlotsBlock(const Programme& programme, const Catalogue& texts);
// A row per organisation of a filled slot: its passages, places and what it brings (in the words of the briefs).
SheetBlock programmePlacesBlock(const Programme& programme, const Catalogue& texts);
// The themes in rank order with the committee's priority column.
SheetBlock programmeThemesBlock(const Programme& programme, const Catalogue& texts);

// A Calc date serial (days from 1899-12-30) as its month "YYYY-MM": what a month typed in a cell may have become.
std::string monthOfDateSerial(double serial);

// A cycle setting as typed: a whole number from 1 to 1000, or programme.bad_setting {name, value} naming the setting
// as the person sees it.
int wholeSetting(const std::string& name, const std::string& text);

// The cells of an earlier run's blocks below their header rows, as Calc gives them back (nullopt: no such block).
struct ProgrammeSheetCells {
    std::optional<std::vector<SheetRow>> cycle;
    std::optional<std::vector<SheetRow>> slots;
    std::optional<std::vector<SheetRow>> themes;
};

// The start month and settings typed in the cycle block replace the project's; a block cut short is ignored.
//   programme.bad_setting {label, value}
void readCycleFromSheet(const std::optional<std::vector<SheetRow>>& cycle, Project& project);

// The priorities typed in the themes block replace the committee's (when the block is there), then the choices typed
// in the slots block replace its choices (when that block is there).
//   programme.bad_priority {theme, value}, theme.unknown {name}, programme.bad_slot, programme.theme_twice
void readCommitteeFromSheet(const std::optional<std::vector<SheetRow>>& themes,
                            const std::optional<std::vector<SheetRow>>& slots, Project& project);

// The arguments Chantiers, PerYear, Participants, Days, SpanMonths (whole numbers) and Slots ("2=Theme; 4=") change the
// project's cycle and committee; the cycle is then checked (checkCycle).
void applyProgrammeArguments(const CommandArguments& arguments, Project& project);

// One run of the programme: everything is read and checked before anything is written.
struct ProgrammeRun {
    Project amended;  // the counted project with the sheet's and the arguments' amendments
    int startMonth = 0;
    Programme programme;
    bool changed = false;  // the cycle or the committee changed: the project is saved with them
};
// `counted` is the project with its index brought up to date, `saved` the project as its file holds it; the argument
// Start (YYYY-MM) chooses the start month (kept in the cycle, as is a start already there).
ProgrammeRun runProgramme(const Project& counted, const Project& saved, const ProgrammeSheetCells& sheet,
                          const CommandArguments& arguments, std::string_view today);

// "Programme mis à jour sur la feuille « Programme » : 6 chantiers de 2027-09 à 2030-03. Thèmes : 1. Logement; …"
std::string programmeMessage(const Programme& programme, const std::string& sheetName, const Catalogue& texts);

}  // namespace ets
