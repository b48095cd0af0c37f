#include "core/analysis/organisations_sheet.hpp"

#include "core/coding/passage_scope.hpp"
#include "core/method/method.hpp"
#include "core/register/organisations.hpp"
#include "core/text/lists.hpp"

namespace ets {

std::map<std::string, std::set<std::string>> themesRaised(const Project& project) {
    const InterviewsByTranscript interviews(project);
    std::map<std::string, std::set<std::string>> raised;
    for (const Passage& passage : project.passages) {
        const Organisation* organisation = interviews.organisationOf(passage.transcript);
        if (!organisation)
            continue;
        for (const std::string& id : passage.themeIds)
            if (const Theme* theme = project.findTheme(id))
                raised[organisation->id].insert(theme->name);
    }
    return raised;
}

SheetBlock organisationsBlock(const Project& project, const Catalogue& texts) {
    SheetBlock block;
    block.name = kOrganisationsBlock;
    block.sheetName = texts.text("orgsheet.sheet");
    block.rows.push_back(headerRow(
        texts, {"orgsheet.column_name", "orgsheet.column_kind", "orgsheet.column_sector", "orgsheet.column_commune",
                "orgsheet.column_contact", "orgsheet.column_referent", "orgsheet.column_role", "orgsheet.column_status",
                "orgsheet.column_notes", "orgsheet.column_interviews", "orgsheet.column_themes"}));
    const auto raised = themesRaised(project);
    for (const Organisation* organisation : organisationsByName(project)) {
        std::vector<std::string> themes;
        if (auto found = raised.find(organisation->id); found != raised.end())
            themes.assign(found->second.begin(), found->second.end());
        block.rows.push_back(
            {SheetCell::textCell(organisation->name), SheetCell::textCell(organisation->kind),
             SheetCell::textCell(organisation->sector), SheetCell::textCell(organisation->commune),
             SheetCell::textCell(organisation->contact), SheetCell::textCell(organisation->referent),
             SheetCell::textCell(texts.text(std::string_view("orgsheet.role." + toString(organisation->role)))),
             SheetCell::textCell(texts.text(std::string_view("orgsheet.status." + toString(organisation->status)))),
             SheetCell::textCell(organisation->notes),
             SheetCell::numberCell(static_cast<double>(interviewCount(project, organisation->id))),
             SheetCell::textCell(joined(themes, "; "))});
    }
    block.looks.boldRows = {0};
    block.looks.fitColumns = true;
    block.print = legiblePrint(texts, block.sheetName);
    return block;
}

SheetBlock referentsBlock(const Project& project, const Catalogue& texts) {
    SheetBlock block;
    block.name = kReferentsBlock;
    block.rows.push_back(headerRow(texts, {"orgsheet.column_referent_name", "orgsheet.column_referent_organisation",
                                           "orgsheet.column_referent_named_list", "orgsheet.column_referent_named",
                                           "orgsheet.column_referent_interviewed", "orgsheet.column_referent_flag"}));
    for (const Nomination& row : nominations(project)) {
        std::vector<std::string> flags;
        if (row.flag != 0)
            flags.push_back(texts.text(row.flag < 0 ? "orgsheet.flag_few" : "orgsheet.flag_many"));
        if (!row.listed)
            flags.push_back(texts.text("orgsheet.flag_unlisted"));
        block.rows.push_back(
            {SheetCell::textCell(row.referent), SheetCell::textCell(row.organisation),
             SheetCell::textCell(joined(row.named, "; ")), SheetCell::numberCell(static_cast<double>(row.named.size())),
             SheetCell::numberCell(static_cast<double>(row.interviewed)), SheetCell::textCell(joined(flags, "; "))});
    }
    block.looks.boldRows = {0};
    return block;
}

}  // namespace ets
