// vnd.ets:Programme — in the open spreadsheet, the programme of the chantiers proposed to the steering committee
// (sheet « Programme »): the cycle's slots with their months, the first three filled with the top themes (or the
// committee's choice), the organisations able to carry each with their places, and the themes ranked with the
// committee's priority column. Re-running reads back the priorities and the slots' choices typed in the sheet,
// keeps them (also in the project) and refreshes the blocks in place.
// The cycle's settings are a block of the sheet too, read back the same way.
// Arguments: Start (YYYY-MM), Slots ("2=Theme; 4=Theme"), Chantiers, PerYear, Participants, Days, SpanMonths.

#include "commands/commands.hpp"

#include "calc/sheet_block.hpp"
#include "calc/sheet_stack.hpp"
#include "calc/spreadsheet.hpp"
#include "core/analysis/programme_sheet.hpp"
#include "core/text/dates.hpp"
#include "office/user_settings.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome programme(CommandCall& call) {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    calc::followUiLanguage(doc, officeUiLocale(call.context));
    const Catalogue& texts = uiCatalogue(call.context);
    OpenedProject& opened = *call.project;

    // Everything is read and checked before anything is written: a refusal leaves the sheet and the project as they
    // were.
    const Project counted =
        countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress")).project;
    const ProgrammeSheetCells typed{calc::readBlockBody(doc, kProgrammeCycleBlock),
                                    calc::readBlockBody(doc, kProgrammeSlotsBlock),
                                    calc::readBlockBody(doc, kProgrammeThemesBlock)};
    const ProgrammeRun run = runProgramme(counted, opened.project, typed, call.arguments, today());
    if (run.changed)
        changeAndSave(opened, [&](Project& project) {
            project.committee = run.amended.committee;
            project.cycle = run.amended.cycle;
        });

    OUString sheetName;
    {
        UndoStep undo(doc, uiText(call.context, "undo.programme"));
        sheetName =
            calc::writeStack(doc,
                             {programmeCycleBlock(run.amended.cycle, run.startMonth, texts),
                              programmeSlotsBlock(run.programme, texts), programmePlacesBlock(run.programme, texts),
                              programmeThemesBlock(run.programme, texts)},
                             kProgrammeBlockPlace)
                .sheetName;
    }
    const OUString message = toOUString(programmeMessage(run.programme, toUtf8(sheetName), texts));
    return reportDone(call, message);
}

}  // namespace ets::uno::commands
