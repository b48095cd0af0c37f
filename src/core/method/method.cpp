#include "core/method/method.hpp"

#include "core/project/json_fields.hpp"
#include "core/register/organisations.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/error.hpp"
#include "core/text/field_rules.hpp"
#include "core/text/lists.hpp"
#include "core/text/names.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace ets {
namespace {

// Prompts come as an array of texts or as one text, one prompt a line (what a person types in a box).
std::vector<std::string> readPrompts(const nlohmann::json& value) {
    std::vector<std::string> prompts;
    auto addLines = [&](const std::string& text) {
        for (const std::string& typed : typedLines(text)) {
            std::string line = trimmedName(typed);
            if (!line.empty())
                prompts.push_back(std::move(line));
        }
    };
    if (value.is_string())
        addLines(value.get<std::string>());
    else if (value.is_array())
        for (const auto& item : value) {
            if (!item.is_string())
                throw Error("guide.bad_questions", {"prompts: " + describeJsonValue(item)});
            addLines(item.get<std::string>());
        }
    else if (!value.is_null())
        throw Error("guide.bad_questions", {"prompts: " + describeJsonValue(value)});
    return prompts;
}

GuideQuestion questionFromJson(const nlohmann::json& item) {
    GuideQuestion question;
    if (item.is_string()) {
        question.question = trimmedName(item.get<std::string>());
        return question;
    }
    if (!item.is_object())
        throw Error("guide.bad_questions", {describeJsonValue(item)});
    auto text = [&](const char* key) -> std::string {
        const auto found = item.find(key);
        if (found == item.end() || found->is_null())
            return {};
        if (!found->is_string())
            throw Error("guide.bad_questions", {std::string(key) + ": " + describeJsonValue(*found)});
        return trimmedName(found->get<std::string>());
    };
    question.question = text("question");
    question.purpose = text("purpose");
    if (const auto found = item.find("prompts"); found != item.end())
        question.prompts = readPrompts(*found);
    return question;
}

nlohmann::json parseJson(std::string_view text) {
    try {
        return parseBoundedJson(text, kArgumentBounds);
    } catch (const JsonRefused& refused) {
        throw Error("guide.bad_questions", {refused.what()});
    }
}

}  // namespace

bool wasInterviewed(const Project& project, const Organisation& organisation) {
    return organisation.status == OrganisationStatus::Interviewed || interviewCount(project, organisation.id) > 0;
}

std::vector<Nomination> nominations(const Project& project) {
    std::vector<Nomination> rows;
    std::map<std::string, std::size_t> rowOf;  // by nameKey
    for (const Referent& referent : project.referents) {
        if (!rowOf.emplace(nameKey(referent.name), rows.size()).second)
            continue;
        rows.push_back({referent.name, referent.organisation, true, {}, 0, 0});
    }
    const std::vector<const Organisation*> byName = organisationsByName(project);
    std::vector<Nomination> unlisted;
    std::map<std::string, std::size_t> unlistedOf;
    for (const Organisation* organisation : byName) {
        if (isBlank(organisation->referent))
            continue;
        const std::string key = nameKey(organisation->referent);
        Nomination* row = nullptr;
        if (auto found = rowOf.find(key); found != rowOf.end())
            row = &rows[found->second];
        else {
            auto [slot, added] = unlistedOf.emplace(key, unlisted.size());
            if (added)
                unlisted.push_back({trimmedName(organisation->referent), "", false, {}, 0, 0});
            row = &unlisted[slot->second];
        }
        row->named.push_back(organisation->name);
        if (wasInterviewed(project, *organisation))
            ++row->interviewed;
    }
    std::sort(unlisted.begin(), unlisted.end(),
              [](const Nomination& a, const Nomination& b) { return nameKey(a.referent) < nameKey(b.referent); });
    rows.insert(rows.end(), unlisted.begin(), unlisted.end());
    for (Nomination& row : rows) {
        const int count = static_cast<int>(row.named.size());
        row.flag = count < kFewestNominations ? -1 : count > kMostNominations ? 1 : 0;
    }
    return rows;
}

std::vector<std::string> nominationLines(const Project& project, const Catalogue& texts, bool brief) {
    std::vector<std::string> lines;
    for (const Nomination& row : nominations(project)) {
        const std::string named = std::to_string(row.named.size());
        const std::string met = std::to_string(row.interviewed);
        std::string line =
            brief || row.organisation.empty()
                ? texts.text(brief ? "nominations.short_line" : "nominations.line", {row.referent, named, met})
                : texts.text("nominations.line_with_organisation", {row.referent, row.organisation, named, met});
        if (row.flag < 0)
            line += texts.text("nominations.flag_few");
        else if (row.flag > 0)
            line += texts.text("nominations.flag_many");
        if (!row.listed)
            line += texts.text("nominations.unlisted");
        lines.push_back(line);
    }
    return lines;
}

const Referent* findReferentNamed(const Project& project, std::string_view name) {
    for (const Referent& referent : project.referents)
        if (sameName(referent.name, name))
            return &referent;
    return nullptr;
}

const Referent& setReferent(Project& project, std::string_view name, std::string_view organisation) {
    if (isBlank(name))
        throw Error("referent.name_empty");
    if (const Referent* existing = findReferentNamed(project, name)) {
        Referent& referent = const_cast<Referent&>(*existing);
        referent.organisation = trimmedName(organisation);
        return referent;
    }
    project.referents.push_back({trimmedName(name), trimmedName(organisation)});
    return project.referents.back();
}

void removeReferent(Project& project, std::string_view name) {
    const auto found = std::find_if(project.referents.begin(), project.referents.end(),
                                    [&](const Referent& referent) { return sameName(referent.name, name); });
    if (found == project.referents.end())
        throw Error("referent.unknown", {trimmedName(name)});
    project.referents.erase(found);
}

std::vector<GuideQuestion> parseQuestionGrid(std::string_view json) {
    const nlohmann::json value = parseJson(json);
    if (!value.is_array())
        throw Error("guide.bad_questions", {describeJsonValue(value)});
    std::vector<GuideQuestion> questions;
    for (const auto& item : value)
        questions.push_back(questionFromJson(item));
    return questions;
}

void setQuestionGrid(Project& project, std::vector<GuideQuestion> questions) {
    if (questions.empty())
        throw Error("guide.empty_grid");
    for (std::size_t i = 0; i < questions.size(); ++i)
        if (isBlank(questions[i].question))
            throw Error("guide.blank_question", {std::to_string(i + 1)});
    project.guide.questions = std::move(questions);
}

InterviewGuide editedGuide(const InterviewGuide& guide, const GuideEdits& edits) {
    InterviewGuide edited = guide;
    if (edits.presentation)
        edited.presentation = *edits.presentation;
    if (edits.consent)
        edited.consent = *edits.consent;
    if (edits.contact)
        edited.contact = *edits.contact;
    if (edits.questions) {
        Project checked;
        setQuestionGrid(checked, *edits.questions);
        edited.questions = std::move(checked.guide.questions);
    }
    if (edited.questions.empty())
        throw Error("guide.empty_grid");
    return edited;
}

}  // namespace ets
