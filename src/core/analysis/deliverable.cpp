#include "core/analysis/deliverable.hpp"

#include "core/analysis/programme.hpp"
#include "core/analysis/tally.hpp"
#include "core/coding/codebook.hpp"
#include "core/method/method.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"
#include "core/text/typography.hpp"
#include "core/timesheet/hours_texts.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

namespace ets {

namespace {

constexpr std::size_t kProblemBytes = 400;  // one sentence, wrapped in its column
constexpr const char* kEllipsis = " \xE2\x80\xA6";

Paragraph paragraph(ParagraphRole role, std::string text) { return Paragraph{role, std::move(text), std::nullopt}; }

ParagraphTable tableWithHeader(const Catalogue& texts, std::initializer_list<const char*> keys, std::vector<int> ends) {
    ParagraphTable table;
    table.columnEnds = std::move(ends);
    std::vector<Paragraph> header;
    for (const char* key : keys)
        header.push_back(paragraph(ParagraphRole::TableHeading, texts.text(key)));
    table.rows.push_back(std::move(header));
    return table;
}

Paragraph cell(std::string text) { return paragraph(ParagraphRole::TableText, std::move(text)); }

// Person names of the pseudonymisation list hidden in every text of the section.
void hideNames(DeliverableSection& section, const Pseudonymiser* pseudonymiser) {
    if (!pseudonymiser)
        return;
    for (SectionPart& part : section) {
        for (Paragraph& p : part.paragraphs)
            p.text = pseudonymiser->apply(p.text);
        for (auto& row : part.table.rows)
            for (Paragraph& p : row)
                p.text = pseudonymiser->apply(p.text);
    }
}

std::string organisationName(const Organisation& organisation, const Pseudonymiser* pseudonymiser) {
    return pseudonymiser ? pseudonymiser->organisationName(organisation) : organisation.name;
}

// The interviews sorted by date (undated last), in their order otherwise.
std::vector<const Interview*> interviewsByDate(const Project& project) {
    std::vector<const Interview*> interviews;
    for (const Interview& interview : project.interviews)
        interviews.push_back(&interview);
    std::stable_sort(interviews.begin(), interviews.end(), [](const Interview* a, const Interview* b) {
        return !a->date.empty() && (b->date.empty() || a->date < b->date);
    });
    return interviews;
}

}  // namespace

MethodFacts methodFacts(const Project& project) {
    MethodFacts facts;
    for (const Interview& interview : project.interviews) {
        ++facts.interviews;
        if (interview.date.empty())
            continue;
        if (facts.firstInterview.empty() || interview.date < facts.firstInterview)
            facts.firstInterview = interview.date;
        if (interview.date > facts.lastInterview)
            facts.lastInterview = interview.date;
    }
    facts.referents = static_cast<int>(nominations(project).size());
    facts.organisationsIdentified = static_cast<int>(project.organisations.size());
    for (const Organisation& organisation : project.organisations)
        if (wasInterviewed(project, organisation))
            ++facts.organisationsMet;
    for (const HourEntry& entry : project.hours)
        facts.hours += entry.hours;
    facts.themes = static_cast<int>(project.themes.size());
    facts.passages = static_cast<int>(project.passages.size());
    return facts;
}

DeliverableSection deliverableIntroduction(const Project& project, int themesInDocument, bool pseudonymised,
                                           const Pseudonymiser* pseudonymiser, const Catalogue& texts) {
    const MethodFacts facts = methodFacts(project);
    DeliverableSection section(1);
    std::vector<Paragraph>& out = section.front().paragraphs;
    auto add = [&](ParagraphRole role, const char* key, const std::vector<std::string>& args = {}) {
        out.push_back(paragraph(role, texts.text(key, args)));
    };
    add(ParagraphRole::BriefTitle, "deliverable.intro_heading");
    add(ParagraphRole::BriefBody, "deliverable.intro_text", {project.name, std::to_string(themesInDocument)});

    add(ParagraphRole::BriefHeading, "deliverable.method_period_heading");
    if (facts.firstInterview.empty())
        add(ParagraphRole::BriefBody, "deliverable.method_no_dates");
    else if (facts.firstInterview == facts.lastInterview)
        add(ParagraphRole::BriefBody, "deliverable.method_period_day", {longDate(facts.firstInterview, texts)});
    else
        add(ParagraphRole::BriefBody, "deliverable.method_period",
            {dateRangeInWords(facts.firstInterview, facts.lastInterview, texts)});
    add(ParagraphRole::BriefBody, "deliverable.method_hours",
        {hoursText(facts.hours, texts), hoursText(project.settings.minimumHours, texts)});

    add(ParagraphRole::BriefHeading, "deliverable.method_organisations_heading");
    add(ParagraphRole::BriefBody, "deliverable.method_organisations",
        {std::to_string(facts.referents), std::to_string(facts.organisationsIdentified),
         std::to_string(facts.organisationsMet)});
    for (const Nomination& row : nominations(project)) {
        const std::string named = std::to_string(row.named.size());
        const std::string met = std::to_string(row.interviewed);
        add(ParagraphRole::BriefItem, row.organisation.empty() ? "nominations.line" : "nominations.line_with_organisation",
            row.organisation.empty() ? std::vector<std::string>{row.referent, named, met}
                                     : std::vector<std::string>{row.referent, row.organisation, named, met});
    }

    add(ParagraphRole::BriefHeading, "deliverable.method_interviews_heading");
    add(ParagraphRole::BriefBody, "deliverable.method_interviews", {std::to_string(facts.interviews)});
    for (const Interview* interview : interviewsByDate(project)) {
        const Organisation* organisation = project.findOrganisation(interview->organisationId);
        const std::string date =
            interview->date.empty() ? texts.text("deliverable.date_unknown") : longDate(interview->date, texts);
        const std::string name = organisation ? organisationName(*organisation, pseudonymiser)
                                              : texts.text("deliverable.organisation_unknown");
        if (interview->durationMinutes > 0)
            add(ParagraphRole::BriefItem, "deliverable.interview_line_duration",
                {date, name, std::to_string(interview->durationMinutes)});
        else
            add(ParagraphRole::BriefItem, "deliverable.interview_line", {date, name});
    }

    add(ParagraphRole::BriefHeading, "deliverable.method_analysis_heading");
    add(ParagraphRole::BriefBody, "deliverable.method_analysis",
        {std::to_string(facts.themes), std::to_string(facts.passages)});

    add(ParagraphRole::BriefHeading, "deliverable.method_pseudonymisation_heading");
    if (pseudonymised) {
        std::string text = texts.text("deliverable.method_pseudonymised");
        if (pseudonymiser && pseudonymiser->hidesOrganisations())
            text += " " + texts.text("deliverable.method_pseudonymised_organisations");
        out.push_back(paragraph(ParagraphRole::BriefBody, text));
    } else {
        add(ParagraphRole::BriefBody, "deliverable.method_not_pseudonymised");
    }
    hideNames(section, pseudonymiser);
    return section;
}

DeliverableSection deliverableProgramme(const Project& project, const std::string& today,
                                        const Pseudonymiser* pseudonymiser, const Catalogue& texts) {
    DeliverableSection section(1);
    SectionPart& part = section.front();
    part.paragraphs.push_back(paragraph(ParagraphRole::BriefTitle, texts.text("deliverable.programme_heading")));
    Programme programme;
    try {
        programme = planProgramme(project, programmeStart(project, std::nullopt, today));
    } catch (const Error& error) {
        // A refusal is no paragraph for the committee: the deliverable is not written, and the person is told why.
        throw Error("deliverable.programme_not_planned", {texts.text(error)});
    }
    const Cycle& cycle = project.cycle;
    part.paragraphs.push_back(paragraph(
        ParagraphRole::BriefBody,
        texts.text("deliverable.programme_text",
                   {std::to_string(cycle.chantiers), std::to_string(cycle.perYear), std::to_string(cycle.participants),
                    std::to_string(cycle.days), std::to_string(kProposedSlots)})));
    part.table = tableWithHeader(texts,
                                 {"deliverable.programme_column_chantier", "deliverable.programme_column_period",
                                  "deliverable.programme_column_theme", "deliverable.programme_column_carriers",
                                  "deliverable.programme_column_open", "deliverable.programme_column_decision"},
                                 {1100, 2600, 4400, 7000, 8300});
    for (const PlannedSlot& slot : programme.slots) {
        std::vector<std::string> carriers;
        int taken = 0;
        for (const SlotCarrier& carrier : slot.carriers) {
            taken += carrier.places;
            const Organisation* organisation = project.findOrganisation(carrier.carrier.organisationId);
            const std::string name = organisation ? organisationName(*organisation, pseudonymiser) : carrier.carrier.name;
            carriers.push_back(texts.text("deliverable.programme_carrier", {name, std::to_string(carrier.places)}));
        }
        const bool filled = !slot.themeId.empty();
        part.table.rows.push_back(
            {cell(std::to_string(slot.number)), cell(monthRangeInWords(slot.startMonth, slot.endMonth, texts)),
             cell(filled ? slot.themeName : texts.text("deliverable.programme_open_slot")), cell(joined(carriers, ", ")),
             cell(filled ? std::to_string(std::max(0, cycle.participants - taken)) : std::string()), cell({})});
    }
    hideNames(section, pseudonymiser);
    return section;
}

DeliverableSection deliverableAnnexes(const Project& project, const Pseudonymiser* pseudonymiser,
                                      const Catalogue& texts) {
    DeliverableSection section;
    SectionPart organisations;
    organisations.paragraphs.push_back(paragraph(ParagraphRole::BriefTitle, texts.text("deliverable.annexes_heading")));
    organisations.paragraphs.push_back(paragraph(ParagraphRole::BriefHeading, texts.text("deliverable.annex_organisations")));
    organisations.table = tableWithHeader(
        texts,
        {"deliverable.annex_column_organisation", "deliverable.annex_column_sector", "deliverable.annex_column_commune",
         "deliverable.annex_column_referent", "deliverable.annex_column_interviews"},
        {2600, 4600, 6000, 7700});
    std::vector<const Organisation*> met;
    for (const Organisation& organisation : project.organisations)
        if (wasInterviewed(project, organisation))
            met.push_back(&organisation);
    const auto shownName = [&](const Organisation* o) { return organisationName(*o, pseudonymiser); };
    std::stable_sort(met.begin(), met.end(),
                     [&](const Organisation* a, const Organisation* b) { return nameKey(shownName(a)) < nameKey(shownName(b)); });
    for (const Organisation* organisation : met) {
        std::vector<std::string> dates;
        for (const Interview* interview : interviewsByDate(project))
            if (interview->organisationId == organisation->id && !interview->date.empty())
                dates.push_back(longDate(interview->date, texts));
        const bool hidden = pseudonymiser && pseudonymiser->hidesOrganisations();
        organisations.table.rows.push_back({cell(shownName(organisation)), cell(organisation->sector),
                                            cell(hidden ? std::string() : organisation->commune),
                                            cell(organisation->referent), cell(joined(dates, ", "))});
    }
    section.push_back(std::move(organisations));

    SectionPart grid;
    grid.paragraphs.push_back(paragraph(ParagraphRole::BriefHeading, texts.text("deliverable.annex_grid")));
    if (project.guide.questions.empty())
        grid.paragraphs.push_back(paragraph(ParagraphRole::BriefBody, texts.text("deliverable.annex_no_grid")));
    int number = 0;
    for (const GuideQuestion& question : project.guide.questions) {
        grid.paragraphs.push_back(paragraph(ParagraphRole::BriefBody,
                                            texts.text("guide.question", {std::to_string(++number), question.question})));
        if (!question.purpose.empty())
            grid.paragraphs.push_back(paragraph(ParagraphRole::BriefNote, texts.text("guide.purpose", {question.purpose})));
        for (const std::string& prompt : question.prompts)
            grid.paragraphs.push_back(paragraph(ParagraphRole::BriefItem, prompt));
    }
    section.push_back(std::move(grid));

    SectionPart codebook;
    codebook.paragraphs.push_back(paragraph(ParagraphRole::BriefHeading, texts.text("deliverable.annex_codebook")));
    codebook.table = tableWithHeader(
        texts, {"deliverable.column_theme", "deliverable.annex_column_definition", "deliverable.column_passages"},
        {2800, 8800});
    for (const ThemeTally& theme : tallyThemes(project).themes) {
        const Theme* found = project.findTheme(theme.themeId);
        std::string name = theme.name;
        for (int d = 0; d < theme.depth; ++d)
            name = "\xE2\x80\x94 " + name;  // a sub-theme under its parent: "— name"
        codebook.table.rows.push_back({cell(name), cell(found ? found->description : std::string()),
                                       cell(std::to_string(theme.passages))});
    }
    section.push_back(std::move(codebook));
    hideNames(section, pseudonymiser);
    return section;
}

PageFurniture pageFurniture(const Project& project, const Catalogue& texts) {
    PageFurniture furniture;
    furniture.header = texts.text("deliverable.header", {project.name});
    const std::string footer = texts.text("deliverable.footer", {"\x01", "\x02"});
    const std::size_t page = footer.find('\x01');
    const std::size_t count = footer.find('\x02');
    if (page == std::string::npos || count == std::string::npos || count < page) {
        furniture.beforePage = footer + " ";
        return furniture;
    }
    furniture.beforePage = footer.substr(0, page);
    furniture.betweenNumbers = footer.substr(page + 1, count - page - 1);
    furniture.afterCount = footer.substr(count + 1);
    return furniture;
}

std::vector<std::string> deliverableThemes(const Project& project, const std::vector<std::string>& named) {
    std::set<std::string> wanted;
    for (const std::string& name : named)
        wanted.insert(requireTheme(project, name).id);
    std::vector<std::string> themes;
    for (const ThemeTally& theme : tallyThemes(project).themes)
        if (wanted.empty() ? theme.passages > 0 : wanted.count(theme.themeId) > 0)
            themes.push_back(theme.name);
    if (themes.empty())
        throw Error("deliverable.no_themes");
    return themes;
}

std::string deliverableAuthors(const Project& project, const std::string& coder) {
    std::vector<std::string> authors;
    for (const Interview& interview : project.interviews)
        for (const std::string& person : interview.interviewers)
            if (std::find(authors.begin(), authors.end(), person) == authors.end())
                authors.push_back(person);
    if (authors.empty() && !coder.empty())
        authors.push_back(coder);
    return joined(authors, ", ");
}

DeliverableCover deliverableCover(const Project& project, const std::string& coder, const std::string& date,
                                  bool pseudonymised, const Catalogue& texts) {
    DeliverableCover cover;
    cover.paragraphs.push_back({ParagraphRole::Cover, project.name, std::nullopt});
    cover.paragraphs.push_back({ParagraphRole::BriefFigures, texts.text("deliverable.subtitle"), std::nullopt});
    cover.paragraphs.push_back({ParagraphRole::BriefBody, longDate(date, texts), std::nullopt});
    const std::string authors = deliverableAuthors(project, coder);
    if (!authors.empty())
        cover.paragraphs.push_back(
            {ParagraphRole::BriefBody, texts.text("deliverable.authors", {authors}), std::nullopt});
    if (pseudonymised)
        cover.paragraphs.push_back({ParagraphRole::BriefNote, texts.text("deliverable.pseudonymised"), std::nullopt});
    cover.contentsTitle = texts.text("deliverable.toc");
    return cover;
}

ThemesTable themesTable(const std::vector<Brief>& briefs, const Project& project, const Pseudonymiser* pseudonymiser,
                        const Catalogue& texts) {
    ThemesTable result;
    result.heading = {ParagraphRole::BriefTitle, texts.text("deliverable.themes_heading"), std::nullopt};
    ParagraphTable& table = result.table;
    table = tableWithHeader(texts,
                            {"deliverable.column_theme", "deliverable.column_kind", "deliverable.column_problem",
                             "deliverable.column_field", "deliverable.column_carriers"},
                            {1700, 2700, 5900, 7500});  // theme, kind, problem, counts in words, carriers
    for (const Brief& brief : briefs) {
        const Theme* theme = project.findTheme(brief.themeId);
        // The analysis's problem when written, else the codebook's description: its first sentence, whole.
        std::string problem = oneLineProblem(
            !brief.problem.empty() ? brief.problem : theme ? theme->description : std::string(), kProblemBytes);
        if (pseudonymiser)
            problem = pseudonymiser->apply(problem);
        const std::string kind =
            brief.kind ? texts.text(std::string_view("deliverable.kind." + toString(*brief.kind))) : std::string();
        std::vector<std::string> carriers;
        for (std::size_t c = 0; c < brief.carriers.size() && c < kCarriersInTable; ++c)
            carriers.push_back(brief.carriers[c].recorded
                                   ? brief.carriers[c].name
                                   : texts.text("deliverable.proposed_carrier", {brief.carriers[c].name}));
        std::string carrierText = joined(carriers, ", ");
        if (brief.carriers.size() + static_cast<std::size_t>(brief.carriersLeftOut) > carriers.size())
            carrierText += kEllipsis;
        table.rows.push_back({cell(brief.title), cell(kind), cell(problem),
                              cell(texts.text("deliverable.field_counts",
                                              {std::to_string(brief.organisations), std::to_string(brief.interviews),
                                               std::to_string(brief.passages)})),
                              cell(carrierText)});
    }
    return result;
}

std::string deliverableFileStem(const Catalogue& texts, const std::string& date) {
    return texts.text("deliverable.file") + "-" + date;
}

}  // namespace ets
