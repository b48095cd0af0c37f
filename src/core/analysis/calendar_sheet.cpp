#include "core/analysis/calendar_sheet.hpp"

#include "core/register/interview_card.hpp"
#include "core/register/organisations.hpp"
#include "core/text/dates.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace ets {
namespace {

constexpr int kTodoColumn = 2;
constexpr int kPlannedColumn = 3;  // then held, transcribed, sent for review, validated, consent, its date, its form
constexpr int kLastColumn = 10;
constexpr int kStepWidth = 2100;  // 1/100 mm: a date, « oui », « signé »
constexpr int kTodoWidth = 4300;

bool statusIs(const std::string& status, std::initializer_list<const char*> any) {
    return std::any_of(any.begin(), any.end(), [&](const char* known) { return sameName(status, known); });
}

CalendarLine lineOf(const Organisation& organisation, const Interview* interview) {
    CalendarLine line;
    line.organisation = organisation.name;
    line.referent = organisation.referent;
    line.declined = organisation.status == OrganisationStatus::Declined;
    if (!interview) {
        line.planned = organisation.plannedDate;
        line.held = organisation.status == OrganisationStatus::Interviewed;
        return line;
    }
    const std::string& status = interview->status;
    line.held = isHeldStatus(status);
    if (line.held)
        line.heldOn = interview->date;
    line.planned = interview->plannedDate;
    if (line.planned.empty() && !line.held)
        line.planned = interview->date;
    if (line.planned.empty())
        line.planned = organisation.plannedDate;
    line.transcribed = statusIs(status, {"Transcribed", "SentForReview", "Validated", "Coded"});
    line.reviewSent = interview->reviewSent;
    line.sentForReview = !line.reviewSent.empty() || statusIs(status, {"SentForReview", "Validated"});
    line.validatedOn = interview->validated;
    line.validated = !line.validatedOn.empty() || statusIs(status, {"Validated"});
    line.consent = interview->consent;
    line.consentDate = interview->consentDate;
    line.consentForm = interview->consentForm;
    return line;
}

// A date as a number shown as a date, or the words for "yes" when only the fact is known, or nothing.
SheetCell dateCell(bool known, const std::string& date, const Catalogue& texts) {
    if (const std::optional<double> day = spreadsheetDay(date))
        return SheetCell::numberCell(*day);
    return known ? SheetCell::textCell(texts.text("calendar.yes")) : SheetCell::empty();
}

}  // namespace

bool notYetContacted(const Project& project, const Organisation& organisation) {
    return organisation.status == OrganisationStatus::Identified && interviewCount(project, organisation.id) == 0;
}

std::optional<int> daysBetween(const std::string& from, const std::string& to) {
    const std::optional<double> start = spreadsheetDay(from);
    const std::optional<double> end = spreadsheetDay(to);
    if (!start || !end)
        return std::nullopt;
    return static_cast<int>(std::lround(*end - *start));
}

InterviewCalendar interviewCalendar(const Project& project, const std::string& today, const std::string& phaseEnd) {
    InterviewCalendar calendar;
    calendar.phaseEnd = phaseEnd;
    calendar.daysLeft = daysBetween(today, phaseEnd);
    const bool warn = calendar.daysLeft && *calendar.daysLeft <= kContactWarningDays;
    for (const Organisation* organisation : organisationsByName(project)) {
        std::vector<const Interview*> interviews;
        for (const Interview& interview : project.interviews)
            if (interview.organisationId == organisation->id)
                interviews.push_back(&interview);
        std::vector<CalendarLine> lines;
        for (const Interview* interview : interviews)
            lines.push_back(lineOf(*organisation, interview));
        if (lines.empty())
            lines.push_back(lineOf(*organisation, nullptr));
        std::stable_sort(lines.begin(), lines.end(), [](const CalendarLine& a, const CalendarLine& b) {
            return (a.planned.empty() ? a.heldOn : a.planned) < (b.planned.empty() ? b.heldOn : b.planned);
        });
        for (CalendarLine& line : lines) {
            line.plannedPast = !line.held && !line.declined && !line.planned.empty() && line.planned < today;
            if (warn && interviews.empty() && notYetContacted(project, *organisation)) {
                line.notContacted = true;
                ++calendar.notContacted;
            }
            calendar.lines.push_back(std::move(line));
        }
    }
    return calendar;
}

SheetBlock calendarBlock(const InterviewCalendar& calendar, const Catalogue& texts) {
    SheetBlock block;
    block.name = kCalendarBlock;
    block.sheetName = texts.text("calendar.sheet");
    block.rows.push_back(headerRow(
        texts, {"calendar.column_organisation", "calendar.column_referent", "calendar.column_todo",
                "calendar.column_planned", "calendar.column_held", "calendar.column_transcribed",
                "calendar.column_review_sent", "calendar.column_validated", "calendar.column_consent",
                "calendar.column_consent_date", "calendar.column_consent_form"}));
    const std::string phaseEnd = calendar.phaseEnd.empty() ? std::string() : longDate(calendar.phaseEnd, texts);
    for (const CalendarLine& line : calendar.lines) {
        std::vector<std::string> todo;
        if (line.notContacted)
            todo.push_back(texts.text("calendar.flag_not_contacted", {phaseEnd}));
        if (line.plannedPast)
            todo.push_back(texts.text("calendar.flag_planned_past"));
        if (line.declined)
            todo.push_back(texts.text("calendar.flag_declined"));
        SheetCell consent = SheetCell::empty();
        if (line.consent)
            consent = SheetCell::textCell(texts.text(*line.consent ? "calendar.yes" : "calendar.no"));
        SheetCell form = SheetCell::empty();
        if (!line.consentForm.empty())
            form = SheetCell::textCell(texts.text(std::string_view("calendar.form." + line.consentForm)));
        block.rows.push_back({SheetCell::textCell(line.organisation), SheetCell::textCell(line.referent),
                              SheetCell::textCell(joined(todo, "; ")), dateCell(false, line.planned, texts),
                              dateCell(line.held, line.heldOn, texts),
                              line.transcribed ? SheetCell::textCell(texts.text("calendar.yes")) : SheetCell::empty(),
                              dateCell(line.sentForReview, line.reviewSent, texts),
                              dateCell(line.validated, line.validatedOn, texts), consent,
                              dateCell(false, line.consentDate, texts), form});
    }
    const int last = block.height() - 1;
    if (last >= 1)
        for (int column : {kPlannedColumn, kPlannedColumn + 1, kPlannedColumn + 3, kPlannedColumn + 4,
                           kPlannedColumn + 6})
            block.looks.dates.push_back({1, column, last, column});
    block.looks.boldRows = {0};
    // The whole calendar on one screen: names and referents as wide as they are, what to do next to them, wrapped, and
    // the steps narrow under headers wrapped on two lines.
    block.looks.fitColumns = true;
    block.looks.columnWidths.emplace_back(kTodoColumn, kTodoWidth);
    for (int column = kPlannedColumn; column <= kLastColumn; ++column)
        block.looks.columnWidths.emplace_back(column, kStepWidth);
    block.looks.wrapped = {{0, 0, 0, kLastColumn}};
    if (last >= 1)
        block.looks.wrapped.push_back({1, kTodoColumn, last, kTodoColumn});
    block.looks.alignTop = true;
    block.print = legiblePrint(texts, block.sheetName);
    return block;
}

}  // namespace ets
