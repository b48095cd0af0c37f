#include "core/refi/project_export.hpp"

#include "core/refi/ets_variables.hpp"
#include "core/refi/text_positions.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <filesystem>
#include <map>
#include <set>

namespace ets::refi {

namespace {

namespace names = variables;

Code codeOf(const ets::Project& project, const Theme& theme) {
    Code code;
    code.guid = guidFor("theme", theme.id);
    code.name = theme.name;
    code.colour = theme.colour;
    code.description = theme.description;
    for (const Theme& child : project.themes)
        if (child.parentId == theme.id)
            code.children.push_back(codeOf(project, child));
    return code;
}

Variable variable(const char* name, const char* type) { return Variable{guidFor("variable", name), name, type, ""}; }

const std::vector<Variable>& allVariables() {
    static const std::vector<Variable> list = {
        variable(names::kDate, "Date"),
        variable(names::kDuration, "Integer"),
        variable(names::kInterviewers, "Text"),
        variable(names::kParticipants, "Text"),
        variable(names::kPlace, "Text"),
        variable(names::kConsent, "Boolean"),
        variable(names::kInterviewStatus, "Text"),
        variable(names::kKind, "Text"),
        variable(names::kSector, "Text"),
        variable(names::kCommune, "Text"),
        variable(names::kContact, "Text"),
        variable(names::kReferent, "Text"),
        variable(names::kRole, "Text"),
        variable(names::kOrganisationStatus, "Text"),
    };
    return list;
}

// Empty texts are left out: other tools show an empty value as a value.
void addValue(std::vector<VariableValue>& values, const char* name, const char* type, const std::string& value) {
    if (!value.empty())
        values.push_back(VariableValue{guidFor("variable", name), type, value});
}

std::vector<VariableValue> cardValues(const Interview& interview) {
    std::vector<VariableValue> values;
    if (isValidDate(interview.date))
        addValue(values, names::kDate, "Date", interview.date);
    if (interview.durationMinutes > 0)
        addValue(values, names::kDuration, "Integer", std::to_string(interview.durationMinutes));
    addValue(values, names::kInterviewers, "Text", joinEntries(interview.interviewers));
    addValue(values, names::kParticipants, "Text", joinEntries(interview.participants));
    addValue(values, names::kPlace, "Text", interview.place);
    addValue(values, names::kConsent, "Boolean", interview.consent ? "true" : "false");
    addValue(values, names::kInterviewStatus, "Text", interview.status);
    return values;
}

std::vector<VariableValue> registerValues(const Organisation& organisation) {
    std::vector<VariableValue> values;
    addValue(values, names::kKind, "Text", organisation.kind);
    addValue(values, names::kSector, "Text", organisation.sector);
    addValue(values, names::kCommune, "Text", organisation.commune);
    addValue(values, names::kContact, "Text", organisation.contact);
    addValue(values, names::kReferent, "Text", organisation.referent);
    addValue(values, names::kRole, "Text", toString(organisation.role));
    addValue(values, names::kOrganisationStatus, "Text", toString(organisation.status));
    return values;
}

std::string dateTimeOf(const std::string& date) { return isValidDate(date) ? date + "T00:00:00Z" : std::string(); }

}  // namespace

std::vector<RecordRange> recordRanges(const TranscriptText& transcript, const TextPositions& positions) {
    std::map<std::string, const AnchorSpan*> spans;
    for (const AnchorSpan& span : transcript.spans)
        spans[span.anchor] = &span;
    std::vector<RecordRange> ranges;
    ranges.reserve(transcript.records.size());
    for (const TagRecord& record : transcript.records) {
        const auto span = spans.find(record.anchor);
        RecordRange range;
        range.record = &record;
        if (span == spans.end() || !positions.codePointOfUtf16(span->second->start, range.start) ||
            !positions.codePointOfUtf16(span->second->end, range.end) || range.end <= range.start)
            continue;
        ranges.push_back(range);
    }
    return ranges;
}

const Theme* themeOfRef(const ets::Project& project, const ThemeRef& ref) {
    const Theme* theme = project.findTheme(ref.id);
    return theme ? theme : project.findThemeByName(ref.name);
}

std::vector<Code> codesOf(const ets::Project& project) {
    std::vector<Code> codes;
    for (const Theme& theme : project.themes)
        if (theme.parentId.empty() || !project.findTheme(theme.parentId))
            codes.push_back(codeOf(project, theme));
    return codes;
}

ExportedProject exportProject(const ets::Project& project, const std::vector<TranscriptText>& transcripts,
                              const std::string& origin) {
    ExportedProject result;
    Project& out = result.project;
    out.name = project.name.empty() ? std::string("ETS") : project.name;
    out.origin = origin;
    out.codes = codesOf(project);
    out.variables = allVariables();

    std::map<std::string, std::string> userGuids;  // coder name → guid
    const auto userOf = [&](const std::string& name) -> std::string {
        if (name.empty())
            return {};
        auto [entry, added] = userGuids.emplace(name, guidFor("user", name));
        if (added)
            out.users.push_back(User{entry->second, name});
        return entry->second;
    };

    std::map<std::string, std::string> sourceOfTranscript;  // key → source guid
    for (const TranscriptText& transcript : transcripts) {
        const TextPositions positions(transcript.text);
        TextSource source;
        source.guid = guidFor("transcript", transcript.key);
        source.name = std::filesystem::u8path(transcript.key).stem().u8string();
        source.plainTextPath = "internal://" + source.guid + ".txt";
        sourceOfTranscript[transcript.key] = source.guid;
        const std::vector<RecordRange> ranges = recordRanges(transcript, positions);
        result.skipped += static_cast<int>(transcript.records.size() - ranges.size());
        for (const RecordRange& range : ranges) {
            const TagRecord& record = *range.record;
            const std::size_t start = range.start;
            const std::size_t end = range.end;
            TextSelection selection;
            selection.guid = guidFor("passage", transcript.key + "#" + record.anchor);
            selection.name = excerpt(positions.slice(start, end), 60);
            selection.start = static_cast<std::int64_t>(start);
            selection.end = static_cast<std::int64_t>(end);
            selection.creatingUser = userOf(record.coder);
            selection.created = dateTimeOf(record.created);
            selection.memo = record.memo;
            for (const ThemeRef& ref : record.themes) {
                const Theme* theme = themeOfRef(project, ref);
                if (!theme)
                    continue;
                selection.codings.push_back(Coding{guidFor("coding", selection.guid + "#" + theme->id),
                                                   guidFor("theme", theme->id), selection.creatingUser,
                                                   selection.created});
            }
            if (selection.codings.empty()) {
                ++result.skipped;
                continue;
            }
            source.selections.push_back(selection);
            ++result.passages;
        }
        for (const Interview& interview : project.interviews)
            if (interview.transcript == transcript.key)
                source.values = cardValues(interview);
        result.sourceFiles.emplace_back(source.guid + ".txt", transcript.text);
        out.textSources.push_back(std::move(source));
    }

    for (const Organisation& organisation : project.organisations) {
        Case entry;
        entry.guid = guidFor("organisation", organisation.id);
        entry.name = organisation.name;
        entry.description = organisation.notes;
        entry.values = registerValues(organisation);
        std::set<std::string> seen;
        for (const Interview& interview : project.interviews) {
            const auto source = sourceOfTranscript.find(interview.transcript);
            if (interview.organisationId == organisation.id && source != sourceOfTranscript.end() &&
                seen.insert(source->second).second)
                entry.sourceGuids.push_back(source->second);
        }
        out.cases.push_back(std::move(entry));
    }
    return result;
}

std::string exportSummary(const ets::Project& project, const ExportedProject& exported, const std::string& file,
                          std::size_t transcripts, const Catalogue& texts) {
    std::string summary = texts.text(
        "refi.exported", {file, std::to_string(transcripts), std::to_string(exported.passages),
                          std::to_string(project.themes.size()), std::to_string(project.organisations.size())});
    if (exported.skipped > 0)
        summary += "\n" + texts.text("refi.exported_skipped", {std::to_string(exported.skipped)});
    return summary;
}

}  // namespace ets::refi
