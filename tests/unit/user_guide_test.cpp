// The user guide: which language's guide opens and where, and the guide's text held to the menu (every command of the
// command list has its section in each language, headed by its menu label) and, in French, to French typography.

#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"
#include "core/text/user_guide.hpp"
#include "uno/app/command_list.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace ets {
namespace {

#define ETS_GUIDE_COMMAND(name, function, documents, project, arguments, menu) #name,
const std::vector<std::string> kCommands = {ETS_COMMAND_LIST(ETS_GUIDE_COMMAND)};
#undef ETS_GUIDE_COMMAND

std::vector<std::string> allTopics() {
    std::vector<std::string> topics = kCommands;
    topics.insert(topics.end(), guideTourTopics().begin(), guideTourTopics().end());
    return topics;
}

TEST(UserGuide, OpensTheGuideOfTheUiLanguage) {
    const auto all = [](const std::string&) { return true; };
    EXPECT_EQ(guideLanguage("fr-BE", all), "fr");
    EXPECT_EQ(guideLanguage("nl-BE", all), "nl");
    EXPECT_EQ(guideLanguage("en-US", all), "en");
    EXPECT_EQ(guideLanguage("", all), "fr");
    EXPECT_EQ(guideLanguage("de-DE", all), "en");  // as the menus: a language we do not speak gets English
}

TEST(UserGuide, FallsBackToFrenchThenEnglish) {
    const auto only = [](std::set<std::string> shipped) {
        return [shipped](const std::string& language) { return shipped.count(language) > 0; };
    };
    EXPECT_EQ(guideLanguage("nl-BE", only({"fr", "en"})), "fr");
    EXPECT_EQ(guideLanguage("de-DE", only({"fr"})), "fr");
    EXPECT_EQ(guideLanguage("nl-BE", only({"en"})), "en");
    try {
        guideLanguage("fr-BE", only({}));
        FAIL() << "no guide shipped";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "guide.missing");
    }
}

TEST(UserGuide, GuideFileIsInsideTheExtension) { EXPECT_EQ(guideFile("nl"), "guide/nl.odt"); }

TEST(UserGuide, TopicIsACommandWhateverItsSpelling) {
    const std::vector<std::string> topics = allTopics();
    EXPECT_EQ(guideAnchor("SearchAndTag", topics), "SearchAndTag");
    EXPECT_EQ(guideAnchor("  vnd.ets:searchandtag ", topics), "SearchAndTag");
    EXPECT_EQ(guideAnchor("VND.ETS:LogHours", topics), "LogHours");
    EXPECT_EQ(guideAnchor("sharing", topics), "sharing");
    EXPECT_EQ(guideAnchor("", topics), "");
    EXPECT_EQ(guideAnchor("vnd.ets:", topics), "");
}

TEST(UserGuide, UnknownTopicIsRefusedWithItsName) {
    try {
        guideAnchor(" Frobnicate ", allTopics());
        FAIL() << "an unknown topic was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "guide.unknown_topic");
        ASSERT_EQ(error.args().size(), 1u);
        EXPECT_EQ(error.args()[0], "Frobnicate");
    }
}

TEST(UserGuide, EachDialogOpensItsCommandsSection) {
    EXPECT_EQ(dialogTopic("InterviewCard"), "RecordInterview");
    EXPECT_EQ(dialogTopic("TagSelection"), "TagSelection");
    EXPECT_EQ(dialogTopic("FirstRun"), "first-run");
    EXPECT_EQ(dialogTopic("Options"), "options");
}

TEST(UserGuide, MacrosReadWhatWasOpened) {
    const nlohmann::json opened =
        nlohmann::json::parse(guideOpenedJson("/x/guide/fr.odt", "fr", "LogHours", "Noter des heures"));
    EXPECT_EQ(opened["file"], "/x/guide/fr.odt");
    EXPECT_EQ(opened["language"], "fr");
    EXPECT_EQ(opened["topic"], "LogHours");
    EXPECT_EQ(opened["heading"], "Noter des heures");
}

// ---- The guide's Markdown (docs/guide/<language>/*.md, read in the order of their names) ----

std::string guideText(const std::string& language) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(ETS_DOCS_DIR) + "/guide/" + language))
        if (entry.path().extension() == ".md")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string text;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::stringstream all;
        all << in.rdbuf();
        text += all.str() + "\n";
    }
    return text;
}

// Each heading with an identifier: {#id} → its text.
std::map<std::string, std::string> sections(const std::string& text) {
    std::map<std::string, std::string> found;
    const std::regex heading(R"(^#+ +(.*?) *\{#([A-Za-z0-9-]+)\} *$)");
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_match(line, match, heading))
            found[match[2]] = match[1];
    }
    return found;
}

// The label as a heading compares it: without the menu's "…", the apostrophe ’ as the straight one (the catalogues
// use both).
std::string headingForm(std::string label) {
    const std::string ellipsis = "\xE2\x80\xA6";
    if (label.size() >= ellipsis.size() &&
        label.compare(label.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
        label.erase(label.size() - ellipsis.size());
    for (std::size_t at = label.find("\xE2\x80\x99"); at != std::string::npos; at = label.find("\xE2\x80\x99", at))
        label.replace(at, 3, "'");
    return label;
}

TEST(UserGuide, EveryCommandAndTourTopicHasASectionInEachLanguage) {
    for (const std::string language : {"fr", "en", "nl"}) {
        const std::map<std::string, std::string> found = sections(guideText(language));
        const Catalogue catalogue = Catalogue::load(ETS_STRINGS_DIR, language);
        for (const std::string& command : kCommands) {
            const auto section = found.find(command);
            ASSERT_NE(section, found.end()) << "docs/guide/" << language << "/ has no section {#" << command
                                            << "} (add one to its commands file, headed by the menu label)";
            // Headed by the menu's own words, so that a person finds in the guide what they saw in the menu.
            const std::string label = headingForm(catalogue.text(std::string_view("menu." + command)));
            EXPECT_EQ(headingForm(section->second).rfind(label, 0), 0u)
                << "docs/guide/" << language << "/: the section {#" << command << "} should start with « " << label
                << " », not « " << section->second << " »";
        }
        for (const std::string& topic : guideTourTopics())
            EXPECT_TRUE(found.count(topic)) << "docs/guide/" << language << "/ has no section {#" << topic << "}";
    }
}

// F1 in a dialog the guide has no section for would open the guide at its start: every dialog shipped has its section.
TEST(UserGuide, EveryDialogHasItsSectionInEachLanguage) {
    for (const std::string language : {"fr", "en", "nl"}) {
        const std::map<std::string, std::string> found = sections(guideText(language));
        for (const auto& entry : std::filesystem::directory_iterator(std::string(ETS_DOCS_DIR) + "/../dialogs")) {
            if (entry.path().extension() != ".xdl")
                continue;
            const std::string topic = dialogTopic(entry.path().stem().string());
            EXPECT_TRUE(found.count(topic)) << "F1 in dialogs/" << entry.path().filename().string()
                                            << " opens the guide at " << topic << ", which docs/guide/" << language
                                            << "/ has no section for: add one, or say its command in dialogTopic";
        }
    }
}

TEST(UserGuide, EveryPictureOfTheGuideExists) {
    const std::regex picture(R"(!\[[^\]]*\]\(([^)]+)\))");
    for (const std::string language : {"fr", "en", "nl"}) {
        const std::string text = guideText(language);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), picture); it != std::sregex_iterator(); ++it) {
            const std::filesystem::path file =
                std::filesystem::path(ETS_DOCS_DIR) / "guide" / language / (*it)[1].str();
            EXPECT_TRUE(std::filesystem::exists(file)) << "docs/guide/" << language << "/ shows " << (*it)[1];
        }
    }
}

// French typography in the French guide's prose: a no-break space (U+00A0) before « : » and inside « », a narrow
// one (U+202F) before ; ! ?, the apostrophe ’. Code, links' targets and headings' identifiers are not prose.
TEST(UserGuide, FrenchGuideFollowsFrenchTypography) {
    const std::string text = guideText("fr");
    std::istringstream lines(text);
    const std::regex notProse(R"(`[^`]*`|\]\([^)]*\)|\{#[^}]*\}|https?://\S+|<[^>]*>|!(?=\[))");
    const std::regex yamlKey(R"(^(title|lang|toc-title|abstract): *(\|$)?)");
    bool inCode = false;
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        if (line.rfind("```", 0) == 0) {
            inCode = !inCode;
            continue;
        }
        if (inCode || line.rfind("---", 0) == 0 || line.rfind("|-", 0) == 0)
            continue;
        // The title block's keys (title:, lang:, toc-title:, abstract: |) are not prose; their values are.
        const std::string prose = std::regex_replace(std::regex_replace(line, yamlKey, ""), notProse, "");
        const std::string context = " in « " + line + " »";
        EXPECT_EQ(prose.find('\''), std::string::npos) << "a straight apostrophe" << context;
        for (const char mark : {':', ';', '!', '?'}) {
            for (std::size_t at = prose.find(mark); at != std::string::npos; at = prose.find(mark, at + 1)) {
                if (mark == ':' && at + 1 < prose.size() && prose[at + 1] != ' ')
                    continue;  // « 10:30 », « vnd.ets:… » outside backquotes
                const std::string before = prose.substr(0, at);
                const bool nbsp = before.size() >= 2 && before.compare(before.size() - 2, 2, "\xC2\xA0") == 0;
                const bool narrow = before.size() >= 3 && before.compare(before.size() - 3, 3, "\xE2\x80\xAF") == 0;
                EXPECT_TRUE(mark == ':' ? nbsp : narrow)
                    << "« " << mark << " » without its " << (mark == ':' ? "no-break" : "narrow no-break") << " space"
                    << context;
            }
        }
        for (std::size_t at = prose.find("\xC2\xAB"); at != std::string::npos; at = prose.find("\xC2\xAB", at + 1))
            EXPECT_EQ(prose.compare(at + 2, 2, "\xC2\xA0"), 0) << "« without a no-break space after it" << context;
        for (std::size_t at = prose.find("\xC2\xBB"); at != std::string::npos; at = prose.find("\xC2\xBB", at + 1))
            EXPECT_TRUE(at >= 2 && prose.compare(at - 2, 2, "\xC2\xA0") == 0)
                << "» without a no-break space before it" << context;
    }
}

}  // namespace
}  // namespace ets
