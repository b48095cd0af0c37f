// vnd.ets:Invoice — an invoice for a period from the timesheet, as a Writer document (.odt) with its PDF beside it:
// the hours of each activity with each member of the tandem apart, the mission's minimum and what is left, the amount
// from the options (hourly rate, else flat amount, else a line to fill by hand), its number and date.
// Arguments: From, To (YYYY-MM-DD, both included), Folder (default: the project's folder). Result: the .odt's path.
// Without arguments a dialog asks for the period and the folder.

#include "commands/commands.hpp"

#include "core/project/free_file_name.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/timesheet/invoice.hpp"
#include "dialogs/invoice_dialog.hpp"
#include "dialogs/message_box.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "office/user_settings.hpp"
#include "writer/invoice_writer.hpp"
#include "writer/new_document.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

namespace ets::uno::commands {

namespace {

namespace fs = std::filesystem;

// The folder exists (made when missing) and a file can be written in it; else invoice.folder_not_writable, before
// anything is recorded.
void requireWritableFolder(const fs::path& folder) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error || !fs::is_directory(folder))
        throw Error("invoice.folder_not_writable", {folder.u8string()});
    const fs::path probe = folder / (".ets-invoice-" + std::to_string(std::random_device()()) + ".tmp");
    bool written = false;
    {
        std::ofstream out(probe, std::ios::binary);
        written = out.good() && (out << "x") && out.flush();
    }
    fs::remove(probe, error);
    if (!written)
        throw Error("invoice.folder_not_writable", {folder.u8string()});
}

struct Made {
    fs::path odt;
    std::string message;
};

Made makeInvoice(CommandCall& call, const InvoicePeriod& period, const fs::path& folder) {
    OpenedProject& opened = *call.project;
    const Catalogue& texts = documentCatalogue(call.context);
    const InvoiceOptions options = invoiceOptions(readUserOptions(call.context));
    // Every refusal comes before anything is recorded or written.
    const InvoiceFigures figures = invoiceFigures(opened.project, period, options);
    requireWritableFolder(folder);

    std::string id;
    changeAndSave(opened, [&](Project& project) { id = recordInvoice(project, figures, today()); });
    // The save merged what another office saved meanwhile: a number it gave first is not given again.
    for (int round = 0; round < 10; ++round) {
        Project renumbered = opened.project;
        if (!renumberIfTaken(renumbered, id))
            break;
        changeAndSave(opened, [&](Project& project) { renumberIfTaken(project, id); });
    }
    const InvoiceRecord record = *findInvoice(opened.project, id);
    const fs::path odt = freeFileName(folder, invoiceFileStem(record, texts), {".odt", ".pdf"});
    fs::path pdf = odt;
    pdf.replace_extension(".pdf");
    try {
        writeInvoice(call.context, invoiceDocument(opened.project, figures, options, record, texts), texts.language(),
                     odt, pdf);
    } catch (...) {
        // No document: the number goes back, so that the invoices keep following each other. The failure the person
        // hears of is the document's, even when this save fails too.
        try {
            changeAndSave(opened, [&](Project& project) {
                project.invoices.erase(std::remove_if(project.invoices.begin(), project.invoices.end(),
                                                      [&](const InvoiceRecord& invoice) { return invoice.id == id; }),
                                       project.invoices.end());
            });
        } catch (const std::exception& exception) {
            logError("invoice: the number of an invoice not written stays recorded", exception.what());
        }
        throw;
    }
    changeAndSave(opened, [&](Project& project) {
        for (InvoiceRecord& invoice : project.invoices)
            if (invoice.id == id)
                invoice.file = odt.filename().u8string();
    });
    return {odt, invoiceMessage(figures, record, odt.u8string(), uiCatalogue(call.context))};
}

}  // namespace

CommandOutcome invoice(CommandCall& call) {
    OpenedProject& opened = *call.project;
    if (!call.interactive) {
        const InvoicePeriod period = invoicePeriodFromArguments(call.arguments);
        const fs::path folder = call.arguments.path("Folder").value_or(opened.folder);
        return CommandOutcome::dataResult(toOUString(makeInvoice(call, period, folder).odt.u8string()));
    }
    CommandOutcome outcome = CommandOutcome::cancel();
    runInvoiceDialog(call.context, call.frame, defaultInvoicePeriod(opened.project, today()), opened.folder.u8string(),
                     [&](const InvoicePeriod& period, const std::string& typedFolder) {
                         const fs::path folder = pathFromUserText(toOUString(typedFolder));
                         if (typedFolder.empty() || !folder.is_absolute())
                             throw Error("invoice.folder_not_writable", {typedFolder});
                         const Made made = makeInvoice(call, period, folder);
                         openForPerson(call.context, made.odt);
                         showMessage(call.context, call.frame, MessageKind::Info, toOUString(made.message));
                         outcome = CommandOutcome::done(toOUString(made.message));
                     });
    return outcome;
}

}  // namespace ets::uno::commands
