#include "core/analysis/deliverable.hpp"

#include "core/analysis/tally.hpp"
#include "core/coding/codebook.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/lists.hpp"

#include <algorithm>
#include <set>

namespace ets {

namespace {

constexpr std::size_t kProblemBytes = 110;  // about two lines of its column
constexpr const char* kEllipsis = " \xE2\x80\xA6";

}  // namespace

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
    table.columnEnds = {1700, 4100, 5700, 7000, 8100};  // theme, problem, three counts, carriers
    auto cell = [](std::string text) { return Paragraph{ParagraphRole::TableText, std::move(text), std::nullopt}; };
    std::vector<Paragraph> header;
    for (const char* key :
         {"deliverable.column_theme", "deliverable.column_problem", "deliverable.column_organisations",
          "deliverable.column_interviews", "deliverable.column_passages", "deliverable.column_carriers"})
        header.push_back({ParagraphRole::TableHeading, texts.text(key), std::nullopt});
    table.rows.push_back(std::move(header));
    for (const Brief& brief : briefs) {
        const Theme* theme = project.findTheme(brief.themeId);
        std::string problem = oneLineProblem(theme ? theme->description : std::string(), kProblemBytes);
        if (pseudonymiser)
            problem = pseudonymiser->apply(problem);
        std::vector<std::string> carriers;
        for (std::size_t c = 0; c < brief.carriers.size() && c < kCarriersInTable; ++c)
            carriers.push_back(brief.carriers[c].name);
        std::string carrierText = joined(carriers, ", ");
        if (brief.carriers.size() + static_cast<std::size_t>(brief.carriersLeftOut) > carriers.size())
            carrierText += kEllipsis;
        table.rows.push_back({cell(brief.title), cell(problem), cell(std::to_string(brief.organisations)),
                              cell(std::to_string(brief.interviews)), cell(std::to_string(brief.passages)),
                              cell(carrierText)});
    }
    return result;
}

std::string deliverableFileStem(const Catalogue& texts, const std::string& date) {
    return texts.text("deliverable.file") + "-" + date;
}

}  // namespace ets
