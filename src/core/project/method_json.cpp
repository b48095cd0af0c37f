#include "core/project/method_json.hpp"

#include "core/project/cycle_settings.hpp"

#include <string>

using nlohmann::json;

namespace ets {
namespace {

std::string itemPath(const std::string& collection, std::size_t index) {
    return collection + "[" + std::to_string(index) + "]";
}

}  // namespace

json referentToJson(const Referent& referent) {
    return {{"name", referent.name}, {"organisation", referent.organisation}};
}

json guideToJson(const InterviewGuide& guide) {
    json questions = json::array();
    for (const GuideQuestion& question : guide.questions)
        questions.push_back(
            {{"question", question.question}, {"purpose", question.purpose}, {"prompts", question.prompts}});
    json object = {{"presentation", guide.presentation}, {"consent", guide.consent}, {"questions", questions}};
    if (!guide.contact.empty())  // added with the GDPR notice (issue 17): only when set
        object["contact"] = guide.contact;
    return object;
}

json cycleToJson(const Cycle& cycle) {
    json cycleObject = {{"start", cycle.start}};
    for (const CycleSetting& setting : kCycleSettings)
        cycleObject[setting.field] = cycle.*setting.member;
    cycleObject["placesPerOrganisation"] = cycle.placesPerOrganisation;
    return cycleObject;
}

json committeeToJson(const Committee& committee) {
    json priorities = json::array();
    for (const ThemePriority& priority : committee.priorities)
        priorities.push_back({{"themeId", priority.themeId}, {"priority", priority.priority}});
    json slots = json::array();
    for (const SlotChoice& slot : committee.slots)
        slots.push_back({{"slot", slot.slot}, {"themeId", slot.themeId}});
    return {{"priorities", priorities}, {"slots", slots}};
}

void writeMethod(const Project& project, json& top) {
    json referents = json::array();
    for (const Referent& referent : project.referents)
        referents.push_back(referentToJson(referent));
    top["referents"] = referents;
    top["guide"] = guideToJson(project.guide);
    top["cycle"] = cycleToJson(project.cycle);
    top["committee"] = committeeToJson(project.committee);
}

void readMethod(const JsonFields& top, Project& project) {
    if (top.has("referents")) {
        const json& list = top.requiredArray("referents");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonFields fields(list[i], itemPath("referents", i));
            project.referents.push_back({fields.requiredString("name"), fields.optionalString("organisation")});
        }
    }
    if (top.has("guide")) {
        const JsonFields guide(top.requiredObject("guide"), "guide");
        project.guide.presentation = guide.optionalString("presentation");
        project.guide.consent = guide.optionalString("consent");
        project.guide.contact = guide.optionalString("contact");
        if (guide.has("questions")) {
            const json& list = guide.requiredArray("questions");
            for (std::size_t i = 0; i < list.size(); ++i) {
                const JsonFields fields(list[i], itemPath("guide.questions", i));
                project.guide.questions.push_back({fields.requiredString("question"), fields.optionalString("purpose"),
                                                   fields.optionalStringList("prompts")});
            }
        }
    }
    if (top.has("cycle")) {
        const JsonFields fields(top.requiredObject("cycle"), "cycle");
        Cycle& cycle = project.cycle;
        cycle.start = fields.optionalString("start");
        for (const CycleSetting& setting : kCycleSettings)
            cycle.*setting.member = fields.optionalInt(setting.field, cycle.*setting.member);
        cycle.placesPerOrganisation = fields.optionalInt("placesPerOrganisation", cycle.placesPerOrganisation);
    }
    if (top.has("committee")) {
        const JsonFields committee(top.requiredObject("committee"), "committee");
        if (committee.has("priorities")) {
            const json& list = committee.requiredArray("priorities");
            for (std::size_t i = 0; i < list.size(); ++i) {
                const JsonFields fields(list[i], itemPath("committee.priorities", i));
                project.committee.priorities.push_back(
                    {fields.requiredString("themeId"), fields.requiredNumber("priority")});
            }
        }
        if (committee.has("slots")) {
            const json& list = committee.requiredArray("slots");
            for (std::size_t i = 0; i < list.size(); ++i) {
                const JsonFields fields(list[i], itemPath("committee.slots", i));
                project.committee.slots.push_back({fields.requiredInt("slot"), fields.requiredString("themeId")});
            }
        }
    }
}

}  // namespace ets
