#pragma once
// vnd.ets:Invoice's decisions: the period read from a macro's arguments, the figures of the period from the timesheet
// (hours per activity, each member of the tandem apart, the mission's minimum and what is left of it), the amount from
// the options (an hourly rate, else a flat amount, else a line to fill by hand), the invoice's number (never given
// twice in a project, whichever office made it) and the document as paragraphs and tables.

#include "core/layout/paragraphs.hpp"
#include "core/project/model.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/command_arguments.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// What the options say of invoicing (per user, Tools ▸ Options ▸ ETS): amounts as the person typed them.
struct InvoiceOptions {
    std::string flatAmount;  // "3000", "3 000,00"; empty: none
    std::string hourlyRate;  // "60", "62,50"; when given, the invoice asks hours × rate
    std::string invoicerName;
    std::vector<std::string> invoicerAddress;  // lines, blank ones left out
};

// An amount of money as a person types it ("1234.5", "1 234,50", "1.234,50 €", "1,234.50") in cents; nothing when it
// is no number, negative or absurdly large. The last of "." and "," before one or two digits is the decimal separator.
std::optional<long long> parseAmount(std::string_view text);

// 123450 → "1 234,50 €" in French (a narrow no-break space between thousands, a no-break space before €), "€1,234.50"
// in English, "€ 1.234,50" in Dutch: the catalogue's "number.group_separator", "hours.decimal_separator" and
// "invoice.money".
std::string moneyText(long long cents, const Catalogue& texts);

// The period of an invoice: From and To are required (args.missing {name}).
struct InvoicePeriod {
    std::string from;
    std::string to;
};
InvoicePeriod invoicePeriodFromArguments(const CommandArguments& arguments);

// What the dialog proposes: from the first hour logged after the last invoice's period (every hour when there is no
// invoice yet) to `today` (or the last hour logged, when later); today alone when nothing is left to invoice.
InvoicePeriod defaultInvoicePeriod(const Project& project, const std::string& today);

enum class InvoiceBasis {
    Hourly,  // the period's hours × the hourly rate
    Flat,    // the mission's flat amount
    ByHand,  // neither is set: the amount is a line to fill by hand
};

// One activity of the period: its hours for each person (in InvoiceFigures::people's order) and in all.
struct InvoiceRow {
    Activity activity = Activity::Other;
    std::vector<double> perPerson;
    double total = 0;
};

struct InvoiceFigures {
    InvoicePeriod period;
    std::vector<std::string> people;  // who logged hours in the period, by name (as first written), sorted
    std::vector<InvoiceRow> rows;     // the activities with hours in the period, in kActivities order
    std::vector<double> personTotals;
    double total = 0;      // the period's hours
    double toDate = 0;     // every hour logged up to the period's end (earlier invoices' included)
    double minimum = 0;    // settings.minimumHours
    double remaining = 0;  // max(0, minimum - toDate)
    InvoiceBasis basis = InvoiceBasis::ByHand;
    long long rateCents = 0;     // the hourly rate or the flat amount
    long long amountCents = -1;  // what the invoice asks; -1 with ByHand
};

// Checks everything first:
//   invoice.bad_date {value}             From or To is no real YYYY-MM-DD date
//   invoice.period_reversed {from, to}   the period ends before it starts
//   invoice.bad_rate {value}             the hourly rate given in the options is no number ≥ 0
//   invoice.bad_flat {value}             the flat amount given in the options is no number ≥ 0
//   invoice.no_hours {from, to}          no hour is logged in the period (both ends included)
InvoiceFigures invoiceFigures(const Project& project, const InvoicePeriod& period, const InvoiceOptions& options);

// The number the next invoice dated `date` takes: "2026-003", the year then one more than the highest rank of that
// year in the project (an invoice removed keeps its rank taken only while its record is there).
std::string nextInvoiceNumber(const Project& project, std::string_view date);

// Adds the invoice's record with a new id and the next number; returns its id.
std::string recordInvoice(Project& project, const InvoiceFigures& figures, const std::string& date);

// After a save merged what another office wrote: when another invoice holds the number of invoice `id`, this one
// takes the next free number. True when it was renumbered (the project must be saved again).
bool renumberIfTaken(Project& project, const std::string& id);

const InvoiceRecord* findInvoice(const Project& project, std::string_view id);

// A block of the document: a paragraph or a table.
struct InvoiceBlock {
    std::optional<Paragraph> paragraph;
    std::optional<ParagraphTable> table;
    bool tight = false;  // a line of an address, with no space under it before the next one
};

struct InvoiceDocument {
    std::string title;  // "Facture n° 2026-001"
    std::vector<InvoiceBlock> blocks;
};

// The invoice in the catalogue's language: who issues it (a line to fill by hand when the options have no name; the
// address left out when they have none), to whom (a line to fill by hand), the number and date in words, the subject
// with the period in words, the hours of each activity with each person apart and their totals, the mission's minimum
// and what is left, the amount (hours × rate, the flat amount, or a line to fill by hand) and the total to pay.
// Nothing of a placeholder ever reaches it.
InvoiceDocument invoiceDocument(const Project& project, const InvoiceFigures& figures, const InvoiceOptions& options,
                                const InvoiceRecord& record, const Catalogue& texts);

// "Facture 2026-001": the name of the .odt and .pdf (without extension).
std::string invoiceFileStem(const InvoiceRecord& record, const Catalogue& texts);

// "Facture 2026-001 : 21,5 h du 1er au 30 novembre 2026, 1 290,00 €." for the message and the dialog.
std::string invoiceMessage(const InvoiceFigures& figures, const InvoiceRecord& record, const std::string& odt,
                           const Catalogue& texts);

}  // namespace ets
