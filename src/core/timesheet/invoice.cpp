#include "core/timesheet/invoice.hpp"

#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/names.hpp"
#include "core/text/numbers.hpp"
#include "core/text/typography.hpp"
#include "core/timesheet/hours_texts.hpp"
#include "core/timesheet/timesheet.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

namespace ets {
namespace {

constexpr long long kMaxCents = 100'000'000'000LL;  // a thousand million euros: beyond, a typing error

std::string personKey(std::string_view person) { return foldCase(trimmedName(person)); }

// The rank of a number "2026-003" in its year, when it is of `year`; 0 otherwise.
int rankIn(const std::string& number, const std::string& year) {
    if (number.size() <= year.size() + 1 || number.compare(0, year.size(), year) != 0 || number[year.size()] != '-')
        return 0;
    const std::string rank = number.substr(year.size() + 1);
    if (rank.empty() || !std::all_of(rank.begin(), rank.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        rank.size() > 6)
        return 0;
    return std::atoi(rank.c_str());
}

std::string yearOf(std::string_view date) { return std::string(date.substr(0, 4)); }

std::string withRank(const std::string& year, int rank) {
    std::string digits = std::to_string(rank);
    if (digits.size() < 3)
        digits.insert(0, 3 - digits.size(), '0');
    return year + "-" + digits;
}

std::optional<long long> optionAmount(const std::string& typed, const char* refusal) {
    if (isBlank(typed))
        return std::nullopt;
    const std::optional<long long> cents = parseAmount(typed);
    if (!cents)
        throw Error(refusal, {trimmedName(typed)});
    return cents;
}

Paragraph body(std::string text) { return Paragraph(ParagraphRole::TextBody, std::move(text)); }
Paragraph cell(std::string text) { return Paragraph(ParagraphRole::TableContents, std::move(text)); }
Paragraph headingCell(std::string text) { return Paragraph(ParagraphRole::TableContentsHeading, std::move(text)); }

InvoiceBlock block(Paragraph paragraph) {
    InvoiceBlock made;
    made.paragraph = std::move(paragraph);
    return made;
}

InvoiceBlock block(ParagraphTable table) {
    InvoiceBlock made;
    made.table = std::move(table);
    return made;
}

// Column borders spread evenly after a first, wider column (of 10000).
std::vector<int> columnEnds(std::size_t columns) {
    std::vector<int> ends;
    if (columns < 2)
        return ends;
    const int first = columns == 2 ? 7000 : 4000;
    const int step = (10000 - first) / static_cast<int>(columns - 1);
    for (std::size_t i = 0; i + 1 < columns; ++i)
        ends.push_back(first + step * static_cast<int>(i));
    return ends;
}

}  // namespace

std::optional<long long> parseAmount(std::string_view text) {
    std::string digits;
    const std::string trimmed = trimmedName(text);
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
        const char c = trimmed[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-') {
            digits += c;
            continue;
        }
        if (c == ' ' || c == '\'')
            continue;
        if (trimmed.compare(i, 2, kNoBreakSpace) == 0) {
            ++i;
            continue;
        }
        if (trimmed.compare(i, 3, kNarrowNoBreakSpace) == 0 || trimmed.compare(i, 3, "\xE2\x82\xAC") == 0) {  // €
            i += 2;
            continue;
        }
        return std::nullopt;
    }
    if (digits.empty() || digits.find('-') != std::string::npos)
        return std::nullopt;
    // The decimal separator: the last "." or "," when one or two digits follow it; every other one groups thousands.
    const std::size_t last = digits.find_last_of(".,");
    std::string whole = digits;
    std::string fraction;
    if (last != std::string::npos && digits.size() - last - 1 >= 1 && digits.size() - last - 1 <= 2) {
        whole = digits.substr(0, last);
        fraction = digits.substr(last + 1);
    }
    whole.erase(std::remove_if(whole.begin(), whole.end(), [](char c) { return c == '.' || c == ','; }), whole.end());
    if (whole.empty() && fraction.empty())
        return std::nullopt;
    if (whole.size() > 12)
        return std::nullopt;
    if (fraction.size() == 1)
        fraction += '0';
    const long long cents =
        (whole.empty() ? 0 : std::atoll(whole.c_str())) * 100 + (fraction.empty() ? 0 : std::atoll(fraction.c_str()));
    if (cents > kMaxCents)
        return std::nullopt;
    return cents;
}

std::string moneyText(long long cents, const Catalogue& texts) {
    const bool negative = cents < 0;
    const long long magnitude = negative ? -cents : cents;
    const std::string units = std::to_string(magnitude / 100);
    const std::string group = texts.has("number.group_separator") ? texts.text("number.group_separator") : ",";
    std::string grouped;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (i > 0 && (units.size() - i) % 3 == 0)
            grouped += group;
        grouped += units[i];
    }
    const long long rest = magnitude % 100;
    std::string number =
        (negative ? "-" : "") + grouped + decimalSeparator(texts) + (rest < 10 ? "0" : "") + std::to_string(rest);
    return texts.text("invoice.money", {number});
}

InvoicePeriod invoicePeriodFromArguments(const CommandArguments& arguments) {
    for (const char* required : {"From", "To"})
        if (!arguments.has(required))
            throw Error("args.missing", {required});
    return {trimmedName(arguments.text("From").value_or("")), trimmedName(arguments.text("To").value_or(""))};
}

InvoicePeriod defaultInvoicePeriod(const Project& project, const std::string& today) {
    std::string invoicedUpTo;
    for (const InvoiceRecord& invoice : project.invoices)
        invoicedUpTo = std::max(invoicedUpTo, invoice.to);
    InvoicePeriod period{today, today};
    std::string first, last;
    for (const HourEntry& entry : project.hours) {
        if (entry.date <= invoicedUpTo)
            continue;
        if (first.empty() || entry.date < first)
            first = entry.date;
        last = std::max(last, entry.date);
    }
    if (!first.empty()) {
        period.from = std::min(first, today);
        period.to = std::max(last, today);
    }
    return period;
}

InvoiceFigures invoiceFigures(const Project& project, const InvoicePeriod& period, const InvoiceOptions& options) {
    for (const std::string& date : {period.from, period.to})
        if (!isValidDate(date))
            throw Error("invoice.bad_date", {date});
    if (period.to < period.from)
        throw Error("invoice.period_reversed", {period.from, period.to});
    const std::optional<long long> rate = optionAmount(options.hourlyRate, "invoice.bad_rate");
    const std::optional<long long> flat = optionAmount(options.flatAmount, "invoice.bad_flat");

    InvoiceFigures figures;
    figures.period = period;
    std::map<std::string, std::string> names;  // key → name as first written
    for (const HourEntry* entry : entriesInOrder(project)) {
        if (entry->date <= period.to)
            figures.toDate += entry->hours;
        if (entry->date >= period.from && entry->date <= period.to)
            names.try_emplace(personKey(entry->person), trimmedName(entry->person));
    }
    if (names.empty())
        throw Error("invoice.no_hours", {period.from, period.to});
    std::vector<std::string> keys;
    for (const auto& [key, name] : names) {
        keys.push_back(key);
        figures.people.push_back(name);
    }
    figures.personTotals.assign(keys.size(), 0.0);
    for (Activity activity : kActivities) {
        InvoiceRow row;
        row.activity = activity;
        row.perPerson.assign(keys.size(), 0.0);
        for (const HourEntry& entry : project.hours) {
            if (entry.activity != activity || entry.date < period.from || entry.date > period.to)
                continue;
            const std::size_t who =
                static_cast<std::size_t>(std::find(keys.begin(), keys.end(), personKey(entry.person)) - keys.begin());
            row.perPerson[who] += entry.hours;
            figures.personTotals[who] += entry.hours;
            row.total += entry.hours;
        }
        if (row.total > 0) {
            figures.total += row.total;
            figures.rows.push_back(std::move(row));
        }
    }
    figures.minimum = project.settings.minimumHours;
    figures.remaining = std::max(0.0, figures.minimum - figures.toDate);
    if (rate) {
        figures.basis = InvoiceBasis::Hourly;
        figures.rateCents = *rate;
        figures.amountCents = std::llround(figures.total * static_cast<double>(*rate));
    } else if (flat) {
        figures.basis = InvoiceBasis::Flat;
        figures.rateCents = *flat;
        figures.amountCents = *flat;
    }
    return figures;
}

std::string nextInvoiceNumber(const Project& project, std::string_view date) {
    const std::string year = yearOf(date);
    int highest = 0;
    for (const InvoiceRecord& invoice : project.invoices)
        highest = std::max(highest, rankIn(invoice.number, year));
    return withRank(year, highest + 1);
}

std::string recordInvoice(Project& project, const InvoiceFigures& figures, const std::string& date) {
    InvoiceRecord record;
    do
        record.id = newId("inv-");
    while (findInvoice(project, record.id));
    record.number = nextInvoiceNumber(project, date);
    record.date = date;
    record.from = figures.period.from;
    record.to = figures.period.to;
    record.hours = figures.total;
    record.amountCents = figures.amountCents;
    project.invoices.push_back(record);
    return record.id;
}

bool renumberIfTaken(Project& project, const std::string& id) {
    auto mine = std::find_if(project.invoices.begin(), project.invoices.end(),
                             [&](const InvoiceRecord& invoice) { return invoice.id == id; });
    if (mine == project.invoices.end())
        return false;
    const bool taken = std::any_of(project.invoices.begin(), project.invoices.end(), [&](const InvoiceRecord& other) {
        return other.id != id && other.number == mine->number;
    });
    if (!taken)
        return false;
    mine->number = nextInvoiceNumber(project, mine->date);
    return true;
}

const InvoiceRecord* findInvoice(const Project& project, std::string_view id) {
    for (const InvoiceRecord& invoice : project.invoices)
        if (invoice.id == id)
            return &invoice;
    return nullptr;
}

InvoiceDocument invoiceDocument(const Project& project, const InvoiceFigures& figures, const InvoiceOptions& options,
                                const InvoiceRecord& record, const Catalogue& texts) {
    InvoiceDocument document;
    document.title = texts.text("invoice.title", {record.number});
    auto& blocks = document.blocks;
    blocks.push_back(block(Paragraph(ParagraphRole::Title, document.title)));
    blocks.push_back(block(body(texts.text("invoice.date", {longDate(record.date, texts)}))));

    // Who issues it: the options' name and address, else a line to fill by hand.
    const std::string invoicer = trimmedName(options.invoicerName);
    blocks.push_back(block(Paragraph(ParagraphRole::Heading2, texts.text("invoice.issuer_heading"))));
    if (invoicer.empty()) {
        blocks.push_back(block(body(texts.text("invoice.issuer_by_hand"))));
    } else {
        blocks.push_back(block(body(invoicer)));
        for (const std::string& line : options.invoicerAddress)
            if (!isBlank(line)) {
                blocks.back().tight = true;  // the name and its address read as one block
                blocks.push_back(block(body(trimmedName(line))));
            }
    }
    blocks.push_back(block(Paragraph(ParagraphRole::Heading2, texts.text("invoice.client_heading"))));
    blocks.push_back(block(body(texts.text("invoice.client_by_hand"))));

    const std::string period = dateRangeInWords(figures.period.from, figures.period.to, texts);
    blocks.push_back(block(body(isBlank(project.name) ? texts.text("invoice.subject", {period})
                                                      : texts.text("invoice.subject_named", {project.name, period}))));

    // The hours: an activity a row, each person a column, totals both ways.
    blocks.push_back(block(Paragraph(ParagraphRole::Heading2, texts.text("invoice.hours_heading"))));
    ParagraphTable hours;
    std::vector<Paragraph> heading{headingCell(texts.text("invoice.activity"))};
    for (const std::string& person : figures.people)
        heading.push_back(headingCell(person));
    if (figures.people.size() > 1)
        heading.push_back(headingCell(texts.text("hours.total")));
    hours.rows.push_back(heading);
    const auto hoursCell = [&](double value) {
        return cell(value > 0 ? texts.text("invoice.hours", {hoursText(value, texts)}) : std::string("–"));
    };
    for (const InvoiceRow& row : figures.rows) {
        std::vector<Paragraph> cells{cell(activityLabel(row.activity, texts))};
        for (double value : row.perPerson)
            cells.push_back(hoursCell(value));
        if (figures.people.size() > 1)
            cells.push_back(hoursCell(row.total));
        hours.rows.push_back(std::move(cells));
    }
    std::vector<Paragraph> totals{headingCell(texts.text("hours.total"))};
    for (double value : figures.personTotals)
        totals.push_back(headingCell(texts.text("invoice.hours", {hoursText(value, texts)})));
    if (figures.people.size() > 1)
        totals.push_back(headingCell(texts.text("invoice.hours", {hoursText(figures.total, texts)})));
    hours.rows.push_back(std::move(totals));
    hours.columnEnds = columnEnds(hours.rows.front().size());
    blocks.push_back(block(std::move(hours)));

    const std::string end = longDate(figures.period.to, texts);
    if (figures.remaining > 0)
        blocks.push_back(block(body(
            texts.text("invoice.minimum", {hoursText(figures.minimum, texts), end, hoursText(figures.toDate, texts),
                                           hoursText(figures.remaining, texts)}))));
    else
        blocks.push_back(block(body(texts.text(
            "invoice.minimum_reached", {hoursText(figures.minimum, texts), end, hoursText(figures.toDate, texts)}))));

    // The amount.
    blocks.push_back(block(Paragraph(ParagraphRole::Heading2, texts.text("invoice.amount_heading"))));
    if (figures.basis == InvoiceBasis::ByHand) {
        blocks.push_back(block(body(texts.text("invoice.amount_by_hand"))));
    } else {
        ParagraphTable amount;
        amount.rows.push_back(
            {headingCell(texts.text("invoice.description")), headingCell(texts.text("invoice.amount"))});
        const std::string line = figures.basis == InvoiceBasis::Hourly
                                     ? texts.text("invoice.hourly_line", {hoursText(figures.total, texts),
                                                                          moneyText(figures.rateCents, texts)})
                                     : texts.text("invoice.flat_line", {hoursText(figures.minimum, texts)});
        amount.rows.push_back({cell(line), cell(moneyText(figures.amountCents, texts))});
        amount.rows.push_back(
            {headingCell(texts.text("invoice.total_due")), headingCell(moneyText(figures.amountCents, texts))});
        amount.columnEnds = columnEnds(2);
        blocks.push_back(block(std::move(amount)));
    }
    return document;
}

std::string invoiceFileStem(const InvoiceRecord& record, const Catalogue& texts) {
    return texts.text("invoice.file_stem", {record.number});
}

std::string invoiceMessage(const InvoiceFigures& figures, const InvoiceRecord& record, const std::string& odt,
                           const Catalogue& texts) {
    const std::string period = dateRangeInWords(figures.period.from, figures.period.to, texts);
    const std::string amount =
        figures.amountCents >= 0 ? moneyText(figures.amountCents, texts) : texts.text("invoice.amount_left");
    return texts.text("invoice.done", {record.number, hoursText(figures.total, texts), period, amount, odt});
}

}  // namespace ets
