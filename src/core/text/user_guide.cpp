#include "core/text/user_guide.hpp"

#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"
#include "core/text/names.hpp"

#include <nlohmann/json.hpp>

namespace ets {

const std::vector<std::string>& guideTourTopics() {
    // The tour follows the phase: the project folder, the register and the cards, transcripts and tagging, the
    // tally and the hours, analyses and briefs, the deliverable and the programme, two people on one folder, exchange.
    static const std::vector<std::string> topics = {"tour",   "project-folder", "register", "tagging", "tally",
                                                    "briefs", "deliverable",    "sharing",  "exchange"};
    return topics;
}

std::string guideLanguage(std::string_view uiLocale, const std::function<bool(const std::string&)>& shipped) {
    for (const std::string& language : {catalogueLanguage(uiLocale), std::string("fr"), std::string("en")})
        if (shipped(language))
            return language;
    throw Error("guide.missing");
}

std::string guideFile(std::string_view language) { return "guide/" + std::string(language) + ".odt"; }

std::string guideAnchor(std::string_view topic, const std::vector<std::string>& topics) {
    std::string wanted = trimmedName(topic);
    constexpr std::string_view prefix = "vnd.ets:";
    if (foldCase(wanted).rfind(prefix, 0) == 0)
        wanted = trimmedName(std::string_view(wanted).substr(prefix.size()));
    if (wanted.empty())
        return {};
    const std::string folded = foldCase(wanted);
    for (const std::string& known : topics)
        if (foldCase(known) == folded)
            return known;
    throw Error("guide.unknown_topic", {std::string(trimmedName(topic))});
}

std::string dialogTopic(std::string_view dialogName) {
    // Dialogs named after their command open its section; the others say here whose they are.
    if (dialogName == "InterviewCard")
        return "RecordInterview";
    if (dialogName == "FirstRun")
        return "first-run";
    if (dialogName == "Options")
        return "options";  // the ETS page of Tools > Options
    return std::string(dialogName);
}

std::string guideOpenedJson(const std::string& file, const std::string& language, const std::string& topic,
                            const std::string& heading) {
    return nlohmann::json{{"file", file}, {"language", language}, {"topic", topic}, {"heading", heading}}.dump();
}

}  // namespace ets
