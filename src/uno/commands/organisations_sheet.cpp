// vnd.ets:OrganisationsSheet — the register of organisations as a table in the open spreadsheet (sheet « Organisations »):
// every field, the number of interviews and the themes raised; below it, the committee's referents with how many
// organisations each named and how many were met, flagged outside 3 to 5. Refreshed in place. No argument (Interactive=false).

#include "commands/commands.hpp"
#include "dialogs/message_box.hpp"

#include "calc/sheet_block.hpp"
#include "calc/spreadsheet.hpp"
#include "core/method/method.hpp"
#include "core/register/organisations.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"
#include "office/undo_step.hpp"
#include "office/strings.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace ets::uno::commands {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

constexpr const char* kOrganisationsBlock = "ETS_Organisations";
constexpr const char* kReferentsBlock = "ETS_Referents";

// The themes raised in each organisation's interviews, by name, each once.
std::map<std::string, std::set<std::string>> themesRaised(const Project& project)
{
    std::map<std::string, std::string> organisationOf;  // by transcript
    for (const Interview& interview : project.interviews)
        if (!interview.transcript.empty())
            organisationOf.emplace(interview.transcript, interview.organisationId);
    std::map<std::string, std::set<std::string>> raised;
    for (const Passage& passage : project.passages)
    {
        auto found = organisationOf.find(passage.transcript);
        if (found == organisationOf.end() || found->second.empty())
            continue;
        for (const std::string& id : passage.themeIds)
            if (const Theme* theme = project.findTheme(id))
                raised[found->second].insert(theme->name);
    }
    return raised;
}

// Per referent: their organisation, the organisations they named, how many, how many were met, and the flag.
calc::Rows referentRows(const css::uno::Reference<css::uno::XComponentContext>& context, const Project& project)
{
    calc::Rows rows;
    std::vector<Any> header;
    for (const char* key : {"orgsheet.column_referent_name", "orgsheet.column_referent_organisation",
                            "orgsheet.column_referent_named_list", "orgsheet.column_referent_named",
                            "orgsheet.column_referent_interviewed", "orgsheet.column_referent_flag"})
        header.push_back(Any(uiText(context, key)));
    rows.push_back(header);
    for (const Nomination& row : nominations(project))
    {
        std::string named;
        for (const std::string& name : row.named)
            named += (named.empty() ? "" : "; ") + name;
        OUString flag = row.flag < 0 ? uiText(context, "orgsheet.flag_few") : row.flag > 0 ? uiText(context, "orgsheet.flag_many") : OUString();
        if (!row.listed)
            flag += (flag.isEmpty() ? OUString() : OUString("; ")) + uiText(context, "orgsheet.flag_unlisted");
        rows.push_back({calc::textCell(row.referent), calc::textCell(row.organisation), calc::textCell(named),
                        Any(static_cast<double>(row.named.size())), Any(static_cast<double>(row.interviewed)), Any(flag)});
    }
    return rows;
}

} // namespace

CommandOutcome organisationsSheet(CommandCall& call)
{
    Reference<css::sheet::XSpreadsheetDocument> doc = calc::spreadsheetInFrame(call.frame);
    OpenedProject& opened = *call.project;
    const Project project = countedProject(call.context, call.frame, opened, uiText(call.context, "tally.progress")).project;

    calc::Rows rows;
    std::vector<Any> header;
    for (const char* key : {"orgsheet.column_name", "orgsheet.column_kind", "orgsheet.column_sector", "orgsheet.column_commune",
                            "orgsheet.column_contact", "orgsheet.column_referent", "orgsheet.column_role", "orgsheet.column_status",
                            "orgsheet.column_notes", "orgsheet.column_interviews", "orgsheet.column_themes"})
        header.push_back(Any(uiText(call.context, key)));
    rows.push_back(header);
    std::vector<const Organisation*> register_;
    for (const Organisation& organisation : project.organisations)
        register_.push_back(&organisation);
    std::stable_sort(register_.begin(), register_.end(), [](const Organisation* a, const Organisation* b) {
        std::string x = a->name, y = b->name;
        std::transform(x.begin(), x.end(), x.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::transform(y.begin(), y.end(), y.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return x < y;
    });
    const auto raised = themesRaised(project);
    for (const Organisation* organisation : register_)
    {
        std::string themes;
        if (auto found = raised.find(organisation->id); found != raised.end())
            for (const std::string& name : found->second)
                themes += (themes.empty() ? "" : "; ") + name;
        const std::string role = "orgsheet.role." + toString(organisation->role);
        const std::string status = "orgsheet.status." + toString(organisation->status);
        rows.push_back({calc::textCell(organisation->name), calc::textCell(organisation->kind), calc::textCell(organisation->sector),
                        calc::textCell(organisation->commune), calc::textCell(organisation->contact), calc::textCell(organisation->referent),
                        Any(uiText(call.context, role.c_str())), Any(uiText(call.context, status.c_str())),
                        calc::textCell(organisation->notes), Any(static_cast<double>(interviewCount(project, organisation->id))),
                        calc::textCell(themes)});
    }

    OUString sheetName;
    {
        UndoStep undo(doc, uiText(call.context, "undo.organisations_sheet"));
        const bool first = !calc::findBlock(doc, kOrganisationsBlock).is();
        Reference<css::sheet::XSpreadsheet> sheet =
            calc::sheetForBlock(doc, kOrganisationsBlock, uiText(call.context, "orgsheet.sheet"));
        sheetName = Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
        Reference<css::table::XCellRange> block = calc::writeBlock(doc, sheet, kOrganisationsBlock, {0, 0, 0}, rows);
        calc::setBold(block->getCellRangeByPosition(0, 0, static_cast<sal_Int32>(header.size()) - 1, 0));
        if (first)
            calc::fitColumns(block);
        // Below the register, two rows apart the first time; afterwards wherever the named range went.
        const calc::Rows referents = referentRows(call.context, project);
        const css::table::CellRangeAddress below =
            Reference<css::sheet::XCellRangeAddressable>(block, UNO_QUERY_THROW)->getRangeAddress();
        Reference<css::table::XCellRange> referentBlock = calc::writeBlock(
            doc, sheet, kReferentsBlock, {below.Sheet, below.StartColumn, below.EndRow + 3}, referents);
        calc::setBold(referentBlock->getCellRangeByPosition(0, 0, 5, 0));
    }
    const OUString message = uiText(call.context, "orgsheet.done", {toUtf8(sheetName), std::to_string(register_.size())});
    if (call.interactive)
        showMessage(call.context, call.frame, MessageKind::Info, message);
    return CommandOutcome::done(message);
}

} // namespace ets::uno::commands
