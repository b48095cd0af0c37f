#include "core/refi/import_plan.hpp"

#include "core/coding/codebook.hpp"
#include "core/refi/ets_variables.hpp"
#include "core/refi/text_positions.hpp"
#include "core/register/organisations.hpp"
#include "core/text/dates.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>

namespace ets::refi {

namespace {

// "#abc" → "#AABBCC"; anything that is no colour → empty (the default colour).
std::string colourOf(const std::string& text) {
    const auto hex = [](const std::string& digits) {
        return std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
    };
    std::string colour;
    if (text.size() == 7 && text[0] == '#' && hex(text.substr(1)))
        colour = text;
    else if (text.size() == 4 && text[0] == '#' && hex(text.substr(1)))
        colour = std::string{'#', text[1], text[1], text[2], text[2], text[3], text[3]};
    std::transform(colour.begin(), colour.end(), colour.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return colour;
}

std::string dateOf(const std::string& dateTime) {
    const std::string date = dateTime.substr(0, 10);
    return isValidDate(date) ? date : std::string();
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

// Walks the codes, parents first, deciding which become new themes and which meet an existing one.
class CodePlanner {
public:
    CodePlanner(const ets::Project& target, ImportPlan& plan) : target_(target), plan_(plan) {}

    void add(const Code& code, const std::string& parent) {
        const std::string name = trimmedName(code.name);
        if (name.empty()) {
            ++unnamed_;
            for (const Code& child : code.children)
                add(child, parent);
            return;
        }
        themeOfCode[code.guid] = name;
        const Theme* existing = findThemeNamed(target_, name);
        const auto planned = std::find_if(plan_.newThemes.begin(), plan_.newThemes.end(),
                                          [&](const PlannedTheme& theme) { return sameThemeName(theme.name, name); });
        std::string effective = name;
        if (existing) {
            ++plan_.existingThemes;
            effective = existing->name;
        } else if (planned != plan_.newThemes.end()) {
            ++duplicates_;
            effective = planned->name;
        } else
            plan_.newThemes.push_back(PlannedTheme{name, parent, code.description, colourOf(code.colour)});
        themeOfCode[code.guid] = effective;
        for (const Code& child : code.children)
            add(child, effective);
    }

    void report() {
        if (unnamed_ > 0)
            plan_.skipped.push_back({"refi.skipped_unnamed_codes", {std::to_string(unnamed_)}});
        if (duplicates_ > 0)
            plan_.skipped.push_back({"refi.merged_duplicate_codes", {std::to_string(duplicates_)}});
    }

    std::map<std::string, std::string> themeOfCode;  // code guid → theme name

private:
    const ets::Project& target_;
    ImportPlan& plan_;
    int unnamed_ = 0;
    int duplicates_ = 0;
};

// The variables a source or case carries, by their name as ETS exports them (any case).
class Values {
public:
    Values(const Project& file, const std::vector<VariableValue>& values) {
        for (const VariableValue& value : values)
            for (const Variable& variable : file.variables)
                if (variable.guid == value.variableGuid)
                    byName_.emplace(nameKey(variable.name), value.value);
    }
    std::string get(const char* name) const {
        const auto found = byName_.find(nameKey(name));
        return found == byName_.end() ? std::string() : trimmedName(found->second);
    }
    bool empty() const { return byName_.empty(); }

private:
    std::map<std::string, std::string> byName_;
};

InterviewCard cardOf(const Values& values, int& droppedValues) {
    namespace v = variables;
    InterviewCard card;
    const std::string date = values.get(v::kDate);
    if (isValidDate(date))
        card.date = date;
    else if (!date.empty())
        ++droppedValues;
    const std::string duration = values.get(v::kDuration);
    if (!duration.empty()) {
        try {
            const int minutes = parseDurationMinutes(duration);
            if (minutes >= 0 && minutes <= 24 * 60)
                card.durationMinutes = minutes;
            else
                ++droppedValues;
        } catch (const Error&) {
            ++droppedValues;
        }
    }
    card.interviewers = splitEntries(values.get(v::kInterviewers));
    card.participants = splitEntries(values.get(v::kParticipants));
    card.place = values.get(v::kPlace);
    const std::string consent = values.get(v::kConsent);
    card.consent = consent == "true" || consent == "1";
    const std::string status = values.get(v::kInterviewStatus);
    for (const char* known : kInterviewStatuses)
        if (sameName(status, known))
            card.status = known;
    if (!status.empty() && card.status.empty())
        ++droppedValues;
    return card;
}

Organisation organisationOf(const Case& item, const Values& values) {
    namespace v = variables;
    Organisation organisation;
    organisation.name = trimmedName(item.name);
    organisation.notes = item.description;
    organisation.kind = values.get(v::kKind);
    organisation.sector = values.get(v::kSector);
    organisation.commune = values.get(v::kCommune);
    organisation.contact = values.get(v::kContact);
    organisation.referent = values.get(v::kReferent);
    organisation.role = parseOrganisationRole(values.get(v::kRole)).value_or(OrganisationRole::Knot);
    organisation.status =
        parseOrganisationStatus(values.get(v::kOrganisationStatus)).value_or(OrganisationStatus::Identified);
    return organisation;
}

const char* otherSourceKey(const std::string& kind) {
    if (kind == "PictureSource")
        return "refi.skipped_pictures";
    if (kind == "PDFSource")
        return "refi.skipped_pdfs";
    if (kind == "AudioSource")
        return "refi.skipped_audio";
    if (kind == "VideoSource")
        return "refi.skipped_video";
    return "refi.skipped_other_sources";
}

}  // namespace

int ImportPlan::passageCount() const {
    int count = 0;
    for (const PlannedTranscript& transcript : transcripts)
        count += static_cast<int>(transcript.passages.size());
    return count;
}

std::vector<SummaryLine> ImportPlan::summary() const {
    std::vector<SummaryLine> lines{
        {"refi.summary_themes", {std::to_string(newThemes.size()), std::to_string(existingThemes)}},
        {"refi.summary_organisations",
         {std::to_string(newOrganisations.size()), std::to_string(existingOrganisations)}},
        {"refi.summary_transcripts", {std::to_string(transcripts.size()), std::to_string(passageCount())}},
    };
    lines.insert(lines.end(), skipped.begin(), skipped.end());
    return lines;
}

ImportPlan planCodebookImport(const ets::Project& target, const std::vector<Code>& codes) {
    ImportPlan plan;
    CodePlanner planner(target, plan);
    for (const Code& code : codes)
        planner.add(code, "");
    planner.report();
    return plan;
}

namespace {

// A letter or digit (any character outside ASCII counts as one): a selection rarely starts or ends inside a word.
bool isWordCharacter(const TextPositions& positions, std::size_t codePoint) {
    if (codePoint >= positions.codePoints())
        return false;
    const unsigned char first = static_cast<unsigned char>(positions.slice(codePoint, codePoint + 1)[0]);
    return first >= 0x80 || std::isalnum(first) != 0;
}

// How many selection boundaries fall inside a word (or between a CR and its LF) when positions are mapped by `place`.
template <typename Place>
int splitWords(const TextPositions& positions, const std::vector<TextSelection>& selections, Place place) {
    int splits = 0;
    for (const TextSelection& selection : selections)
        for (const std::int64_t boundary : {selection.start, selection.end}) {
            bool insideReturn = false;
            const std::size_t at = place(static_cast<std::size_t>(boundary), insideReturn);
            if (insideReturn || (at > 0 && isWordCharacter(positions, at - 1) && isWordCharacter(positions, at)))
                ++splits;
        }
    return splits;
}

}  // namespace

bool countsReturnsAsOne(const NormalisedText& normalised, const TextPositions& positions,
                        const std::vector<TextSelection>& selections) {
    if (normalised.removedReturns.empty() || selections.empty())
        return false;
    for (const TextSelection& selection : selections)
        if (static_cast<std::uint64_t>(selection.end) > positions.codePoints())
            return false;  // only counting every CR reaches that far
    const int asTwo = splitWords(positions, selections, [&](std::size_t at, bool& insideReturn) {
        insideReturn =
            std::binary_search(normalised.removedReturns.begin(), normalised.removedReturns.end(), at - 1) && at > 0;
        return normalised.toNormalised(at);
    });
    const int asOne = splitWords(positions, selections, [](std::size_t at, bool&) { return at; });
    return asOne < asTwo;
}

ImportPlan planImport(const ets::Project& target, const Project& file, const SourceTextReader& readText) {
    ImportPlan plan;
    CodePlanner codes(target, plan);
    for (const Code& code : file.codes)
        codes.add(code, "");

    std::map<std::string, std::string> userNames;
    for (const User& user : file.users)
        userNames[user.guid] = user.name;
    const auto userName = [&](const std::string& guid) {
        const auto found = userNames.find(guid);
        return found == userNames.end() ? std::string() : trimmedName(found->second);
    };

    // Cases become organisations; each source takes the first case that refers to it.
    std::map<std::string, std::string> organisationOfSource;
    int unnamedCases = 0;
    for (const Case& item : file.cases) {
        const Organisation organisation = organisationOf(item, Values(file, item.values));
        if (organisation.name.empty()) {
            ++unnamedCases;
            continue;
        }
        std::string name = organisation.name;
        if (const Organisation* existing = findOrganisationNamed(target, name)) {
            ++plan.existingOrganisations;
            name = existing->name;
        } else {
            const auto planned = std::find_if(plan.newOrganisations.begin(), plan.newOrganisations.end(),
                                              [&](const Organisation& other) { return sameName(other.name, name); });
            if (planned == plan.newOrganisations.end())
                plan.newOrganisations.push_back(organisation);
            else {
                ++plan.existingOrganisations;
                name = planned->name;
            }
        }
        for (const std::string& source : item.sourceGuids)
            organisationOfSource.emplace(source, name);
    }

    std::vector<std::string> withoutText, notUtf8;
    int lostWithSources = 0, withoutCode = 0, emptySelections = 0, blankSelections = 0, unknownCodes = 0;
    int wholeSource = 0, droppedValues = 0, blankSources = 0;
    for (const TextSource& source : file.textSources) {
        const std::string sourceName = source.name.empty() ? source.guid : source.name;
        int codings = source.wholeSourceCodings;
        for (const TextSelection& selection : source.selections)
            codings += static_cast<int>(selection.codings.size());
        std::string bytes;
        if (!readText(source, bytes)) {
            withoutText.push_back(sourceName);
            lostWithSources += codings;
            continue;
        }
        NormalisedText normalised = normaliseSourceText(std::move(bytes));
        PlannedTranscript transcript;
        transcript.text.swap(normalised.text);  // counted where it will stay, not copied
        std::optional<TextPositions> counted;
        try {
            counted.emplace(transcript.text);  // also checks the text is UTF-8
        } catch (const Error&) {
            notUtf8.push_back(sourceName);
            lostWithSources += codings;
            continue;
        }
        const TextPositions& positions = *counted;
        if (transcript.text.find_first_not_of(" \t\n") == std::string::npos && codings == 0) {
            ++blankSources;  // nothing to read and nothing coded: not worth a transcript
            continue;
        }
        wholeSource += source.wholeSourceCodings;
        const std::size_t length = positions.codePoints() + normalised.removedReturns.size();

        transcript.source = sourceName;
        InterviewCard named;
        named.organisation = std::filesystem::u8path(sourceName).stem().u8string();
        transcript.fileName = transcriptFileName(named);
        const Values values(file, source.values);
        transcript.card = cardOf(values, droppedValues);
        const auto organisation = organisationOfSource.find(source.guid);
        if (organisation != organisationOfSource.end())
            transcript.card.organisation = organisation->second;

        for (const TextSelection& selection : source.selections)
            if (selection.start < 0 || selection.end < selection.start ||
                static_cast<std::uint64_t>(selection.end) > length)
                throw Error("refi.bad_selection", {sourceName, std::to_string(selection.start),
                                                   std::to_string(selection.end), std::to_string(length)});
        const bool returnsCountOne = countsReturnsAsOne(normalised, positions, source.selections);
        const auto place = [&](std::int64_t position) {
            const auto at = static_cast<std::size_t>(position);
            return returnsCountOne ? std::min(at, positions.codePoints()) : normalised.toNormalised(at);
        };

        for (const TextSelection& selection : source.selections) {
            if (selection.start == selection.end) {
                ++emptySelections;
                continue;
            }
            // One passage per coder: each coding's creatingUser is its coder (the selection's when it names none),
            // so a double-coded project keeps both coders' work apart.
            std::vector<PlannedPassage> byCoder;
            bool anyCode = false;
            for (const Coding& coding : selection.codings) {
                const auto theme = codes.themeOfCode.find(coding.codeGuid);
                if (theme == codes.themeOfCode.end()) {
                    ++unknownCodes;
                    continue;
                }
                anyCode = true;
                std::string coder = userName(coding.creatingUser);
                if (coder.empty())
                    coder = userName(selection.creatingUser);
                auto passage = std::find_if(byCoder.begin(), byCoder.end(),
                                            [&](const PlannedPassage& planned) { return planned.coder == coder; });
                if (passage == byCoder.end()) {
                    byCoder.emplace_back();
                    passage = byCoder.end() - 1;
                    passage->coder = coder;
                }
                if (std::find(passage->themes.begin(), passage->themes.end(), theme->second) == passage->themes.end())
                    passage->themes.push_back(theme->second);
                if (passage->created.empty())
                    passage->created = dateOf(coding.created);
            }
            if (!anyCode) {
                ++withoutCode;
                continue;
            }
            const std::size_t start = place(selection.start);
            const std::size_t end = place(selection.end);
            std::string text = positions.slice(start, end);
            if (trimmedName(text).empty()) {
                ++blankSelections;
                continue;
            }
            for (PlannedPassage& passage : byCoder) {
                if (passage.created.empty())
                    passage.created = dateOf(selection.created);
                passage.start = start;
                passage.end = end;
                passage.text = text;
                passage.memo = selection.memo;
                transcript.passages.push_back(std::move(passage));
            }
        }
        plan.transcripts.push_back(std::move(transcript));
    }

    codes.report();
    std::map<std::string, std::pair<int, int>> others;  // key → (sources, codings)
    for (const OtherSource& other : file.otherSources) {
        auto& counts = others[otherSourceKey(other.kind)];
        ++counts.first;
        counts.second += other.codings;
    }
    for (const auto& [key, counts] : others)
        plan.skipped.push_back({key, {std::to_string(counts.first), std::to_string(counts.second)}});
    if (!withoutText.empty())
        plan.skipped.push_back(
            {"refi.skipped_no_text",
             {std::to_string(withoutText.size()), joined(withoutText), std::to_string(lostWithSources)}});
    if (!notUtf8.empty())
        plan.skipped.push_back({"refi.skipped_not_utf8", {std::to_string(notUtf8.size()), joined(notUtf8)}});
    const auto count = [&](const char* key, int value) {
        if (value > 0)
            plan.skipped.push_back({key, {std::to_string(value)}});
    };
    count("refi.skipped_blank_sources", blankSources);
    count("refi.skipped_without_code", withoutCode);
    count("refi.skipped_empty_selections", emptySelections);
    count("refi.skipped_blank_selections", blankSelections);
    count("refi.skipped_unknown_codes", unknownCodes);
    count("refi.skipped_whole_source_codings", wholeSource);
    count("refi.skipped_unnamed_cases", unnamedCases);
    count("refi.skipped_bad_values", droppedValues);
    return plan;
}

void addThemesAndOrganisations(ets::Project& project, const ImportPlan& plan) {
    ets::Project changed = project;
    for (const PlannedTheme& theme : plan.newThemes)
        addTheme(changed, theme.name, theme.parent, theme.description, theme.colour);
    for (const Organisation& organisation : plan.newOrganisations) {
        OrganisationFields fields;
        fields.name = organisation.name;
        fields.kind = organisation.kind;
        fields.sector = organisation.sector;
        fields.commune = organisation.commune;
        fields.contact = organisation.contact;
        fields.referent = organisation.referent;
        fields.role = toString(organisation.role);
        fields.status = toString(organisation.status);
        fields.notes = organisation.notes;
        addOrganisation(changed, fields);
    }
    project = std::move(changed);
}

std::string recordImportedInterview(ets::Project& project, const InterviewCard& card) {
    if (!card.organisation.empty())
        return recordInterview(project, canonicalCard(project, card), "").id;
    Interview interview = interviewOfCard(card);
    interview.id = newInterviewId(project);
    project.interviews.push_back(interview);
    return interview.id;
}

}  // namespace ets::refi
