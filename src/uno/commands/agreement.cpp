// vnd.ets:Agreement — in the open spreadsheet, the agreement between two coders of the same transcripts (sheet
// « Accord »): per theme and overall, per theme × transcript (percent, Cohen's kappa, Krippendorff's alpha, overlap of
// coded text, passage-level agreement), then every disagreement with links to both passages. Refreshed in place.
// Arguments: Coders ("A;B"), Transcripts, Themes (";"-separated), MinOverlap (a share or a percentage). Result: a
// sentence; with arguments, the figures as JSON.

#include "commands/commands.hpp"

#include "calc/sheet_stack.hpp"
#include "calc/spreadsheet.hpp"
#include "core/analysis/agreement_sheet.hpp"
#include "core/coding/pending_rewrites.hpp"
#include "core/refi/agreement_units.hpp"
#include "core/text/error.hpp"
#include "dialogs/agreement_dialog.hpp"
#include "office/progress.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "writer/project_transcripts.hpp"

namespace ets::uno::commands {

CommandOutcome agreement(CommandCall& call) {
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    const Catalogue& texts = uiCatalogue(call.context);
    OpenedProject& opened = *call.project;
    const OUString progressText = uiText(call.context, "agreement.progress");
    refreshProjectIndex(call.context, opened);
    std::string coders = call.arguments.textOr("Coders", "");
    std::optional<double> minOverlap = call.arguments.number("MinOverlap");
    AgreementPlan plan;
    if (!call.arguments.isAutomation()) {
        // A person chooses the two coders and the overlap; the rest is every transcript both coded, every theme.
        const std::vector<std::string> known = indexedCoders(opened.project, call.coder);
        if (known.size() < 2)
            throw Error("agreement.one_coder", {known.empty() ? std::string("—") : known.front()});
        const bool chosen = runAgreementDialog(call.context, call.frame, known, [&](const AgreementChoice& choice) {
            plan = planAgreement(opened.project, opened.folder, choice.coderA + ";" + choice.coderB, "", "",
                                 choice.minOverlapPercent / 100.0, call.coder);  // a share: 1 % is 0.01
        });
        if (!chosen)
            return CommandOutcome::cancel();
    } else {
        plan = planAgreement(opened.project, opened.folder, coders, call.arguments.textOr("Transcripts", ""),
                             call.arguments.textOr("Themes", ""), minOverlap, call.coder);
    }

    // The text REFI-QDA export writes (paragraphs joined by LF) with the passages where the export puts them.
    std::vector<refi::CodedDocument> documents;
    {
        Progress progress(call.frame, progressText, static_cast<sal_Int32>(plan.transcripts.size()));
        for (const std::string& key : plan.transcripts) {
            progress.set(static_cast<sal_Int32>(documents.size()), static_cast<sal_Int32>(plan.transcripts.size()));
            readTranscript(call.context, opened, key, [&](TranscriptDocument& transcript) {
                PlainText plain = transcript.plainText();
                documents.push_back(refi::CodedDocument{
                    transcript.interviewId(),
                    refi::TranscriptText{key, std::move(plain.text), std::move(plain.spans),
                                           recordsAsRewritten(opened.project, key, transcript.records())}});
            });
        }
    }
    std::vector<std::string> copiesLeftOut;
    const std::vector<AgreementText> compared =
        comparedTexts(refi::agreementTexts(opened.project, documents, &copiesLeftOut), plan);
    Agreement result = computeAgreement(compared, plan.request);
    result.copiesLeftOut = std::move(copiesLeftOut);

    OUString sheetName;
    {
        UndoStep undo(doc, uiText(call.context, "undo.agreement"));
        sheetName = calc::writeStack(doc,
                                     {agreementThemesBlock(result, plan.request, opened.project, texts),
                                      agreementTranscriptsBlock(result, plan.request, opened.project, texts),
                                      disagreementsBlock(result, plan.request, opened.project, texts, opened.folder)},
                                     PlaceBelow{1, true})
                        .sheetName;
    }
    if (!call.interactive)
        return CommandOutcome::dataResult(toOUString(agreementJson(result, plan.request, opened.project)));
    return reportDone(call, toOUString(agreementMessage(result, plan.request, toUtf8(sheetName), texts)));
}

}  // namespace ets::uno::commands
