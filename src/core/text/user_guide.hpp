#pragma once
// The user guide shipped inside the extension (guide/<language>.odt, written at build time from
// docs/guide/<language>/): which language's guide to open, and at which of its sections.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ets {

// The sections of the guide's tour, which every language's guide has beside one section per command of the menu.
// Each section's heading carries a bookmark of that name (the Markdown heading's {#name}).
const std::vector<std::string>& guideTourTopics();

// The language of the guide to open: the UI's (catalogueLanguage of uiLocale) when the extension ships its guide, else
// French, else English. Throws Error("guide.missing") when none is shipped (a broken installation).
std::string guideLanguage(std::string_view uiLocale, const std::function<bool(const std::string&)>& shipped);

// The guide of a language inside the extension: "guide/fr.odt".
std::string guideFile(std::string_view language);

// The bookmark a topic opens the guide at: one of `topics` (the commands' names and the tour's sections), found
// whatever its case, with or without "vnd.ets:" and surrounding spaces, spelt as in `topics`. An empty topic is the
// guide's start (empty). Throws Error("guide.unknown_topic", {topic}) when it names no section.
std::string guideAnchor(std::string_view topic, const std::vector<std::string>& topics);

// The topic F1 opens in one of the extension's dialogs (dialogs/<name>.xdl): the command the dialog belongs to.
std::string dialogTopic(std::string_view dialogName);

// What the Guide command returns to a macro: {"file", "language", "topic", "heading"} as JSON.
std::string guideOpenedJson(const std::string& file, const std::string& language, const std::string& topic,
                            const std::string& heading);

}  // namespace ets
