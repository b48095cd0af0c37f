#include "core/text/typography.hpp"

#include "core/text/dates.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>

namespace ets {
namespace {

const std::filesystem::path kStringsDir = ETS_STRINGS_DIR;

// Readable expectations: "~" is a no-break space, "^" a narrow one.
std::string spaces(std::string text) {
    std::string result;
    for (char c : text) {
        if (c == '~')
            result += kNoBreakSpace;
        else if (c == '^')
            result += kNarrowNoBreakSpace;
        else
            result += c;
    }
    return result;
}

// ---- French --------------------------------------------------------------------------------

TEST(TypesetFrench, NoBreakSpacesBeforeHighPunctuation) {
    EXPECT_EQ(typeset("Organisations : 3 ; entretiens : 5", "fr"), spaces("Organisations~: 3^; entretiens~: 5"));
    EXPECT_EQ(typeset("Vraiment ? Oui !", "fr"), spaces("Vraiment^? Oui^!"));
    EXPECT_EQ(typeset("Quoi?! Non!", "fr"), spaces("Quoi^?! Non^!"));
    EXPECT_EQ(typeset("Attendu: une liste", "fr"), spaces("Attendu~: une liste"));
    EXPECT_EQ(typeset("Deux  espaces   :", "fr"), spaces("Deux  espaces~:"));
}

TEST(TypesetFrench, GuillemetsHoldTheirWordsWithNoBreakSpaces) {
    EXPECT_EQ(typeset("la feuille « Citations » du décompte", "fr"), spaces("la feuille «~Citations~» du décompte"));
    EXPECT_EQ(typeset("«Citations»", "fr"), spaces("«~Citations~»"));
    EXPECT_EQ(typeset("dit \"non\" ici", "fr"), spaces("dit «~non~» ici"));
    EXPECT_EQ(typeset("« Elle a dit « non » puis \"oui\". »", "fr"), spaces("«~Elle a dit “non” puis “oui”.~»"));
    EXPECT_EQ(typeset("« une citation » ?", "fr"), spaces("«~une citation~»^?"));
}

TEST(TypesetFrench, TypographicApostrophe) {
    EXPECT_EQ(typeset("l'organisation d'aide aujourd'hui", "fr"), "l’organisation d’aide aujourd’hui");
    EXPECT_EQ(typeset("L’Îlot", "fr"), "L’Îlot");
}

TEST(TypesetFrench, LeavesAddressesTimesNumbersAndCodesAlone) {
    EXPECT_EQ(typeset("voir https://example.org/a?b=c;d:e !", "fr"), spaces("voir https://example.org/a?b=c;d:e^!"));
    EXPECT_EQ(typeset("www.ets.be/x?y", "fr"), "www.ets.be/x?y");
    EXPECT_EQ(typeset("mailto:ana@x.be", "fr"), "mailto:ana@x.be");
    EXPECT_EQ(typeset("à 10:30 ou 1:2", "fr"), "à 10:30 ou 1:2");
    EXPECT_EQ(typeset("3,5 h et 1 000 personnes", "fr"), "3,5 h et 1 000 personnes");
    EXPECT_EQ(typeset("la commande vnd.ets:Deliverable, Themes=a;b", "fr"), "la commande vnd.ets:Deliverable, Themes=a;b");
    EXPECT_EQ(typeset("réunion à 10:30 :", "fr"), spaces("réunion à 10:30~:"));
}

TEST(TypesetFrench, TypesettingTwiceChangesNothing) {
    for (const char* text : {"Organisations : 3 ; « non » ? l'eau \"x\" !", "« a « b » c »", "a: b; c? d! e",
                             "https://x.be/?a", "x ?! y"}) {
        const std::string once = typeset(text, "fr");
        EXPECT_EQ(typeset(once, "fr"), once) << text;
    }
}

TEST(TypesetFrench, StartsOfLinesAndEmptyText) {
    EXPECT_EQ(typeset("", "fr"), "");
    EXPECT_EQ(typeset("? seul", "fr"), "? seul");
    EXPECT_EQ(typeset("a\n: b", "fr"), "a\n: b");
}

// ---- English and Dutch ------------------------------------------------------------------------

TEST(TypesetEnglish, CurlyQuotesAndApostrophesButNoSpaces) {
    EXPECT_EQ(typeset("The team's \"key\" point: yes; why? no!", "en"), "The team’s “key” point: yes; why? no!");
    EXPECT_EQ(typeset("see https://x.org/it's", "en"), "see https://x.org/it's");
}

TEST(TypesetDutch, CurlyQuotesAndApostrophes) {
    EXPECT_EQ(typeset("thema's en \"sleutels\" : 's avonds", "nl"), "thema’s en “sleutels” : ’s avonds");
}

// ---- months and dates in words -------------------------------------------------------------

Catalogue shipped(const char* language) { return Catalogue::load(kStringsDir, language); }

TEST(MonthsInWords, EachLanguage) {
    EXPECT_EQ(monthInWords("2027-09", shipped("fr")), "septembre 2027");
    EXPECT_EQ(monthInWords("2027-09", shipped("en")), "September 2027");
    EXPECT_EQ(monthInWords("2027-09", shipped("nl")), "september 2027");
    EXPECT_EQ(monthInWords("2027-9", shipped("fr")), "2027-9");
}

TEST(MonthsInWords, ARangeOfOneMonthIsOneMonth) {
    EXPECT_EQ(monthRangeInWords("2027-09", "2027-09", shipped("fr")), "septembre 2027");
    EXPECT_EQ(monthRangeInWords("2027-09", "2028-06", shipped("fr")), "de septembre 2027 à juin 2028");
    EXPECT_EQ(monthRangeInWords("2027-09", "2028-06", shipped("en")), "from September 2027 to June 2028");
    EXPECT_EQ(monthRangeInWords("2027-09", "2028-06", shipped("nl")), "van september 2027 tot juni 2028");
    EXPECT_EQ(monthRangeInWords("2027-09", "", shipped("fr")), "septembre 2027");
}

TEST(DatesInWords, EachLanguageAndRanges) {
    EXPECT_EQ(longDate("2026-11-05", shipped("fr")), "5 novembre 2026");
    EXPECT_EQ(longDate("2026-11-05", shipped("en")), "November 5, 2026");
    EXPECT_EQ(longDate("2026-11-05", shipped("nl")), "5 november 2026");
    EXPECT_EQ(dateRangeInWords("2026-11-05", "2026-11-05", shipped("fr")), "5 novembre 2026");
    EXPECT_EQ(dateRangeInWords("2026-11-05", "2026-12-12", shipped("fr")), "du 5 novembre 2026 au 12 décembre 2026");
}

// ---- plurals ------------------------------------------------------------------------------------

TEST(Plurals, EachLanguageItsRule) {
    const char* json = R"({"n": "{0} {0|passage|passages} dans {1} {1|entretien|entretiens}"})";
    const Catalogue french = Catalogue::fromJsonText(json, "", "fr");
    const Catalogue english = Catalogue::fromJsonText(json, "", "en");
    EXPECT_EQ(french.text("n", {"1", "3"}), "1 passage dans 3 entretiens");
    EXPECT_EQ(french.text("n", {"0", "1,5"}), "0 passage dans 1,5 entretien");
    EXPECT_EQ(english.text("n", {"1", "0"}), "1 passage dans 0 entretiens");
    EXPECT_EQ(english.text("n", {"2", "x"}), "2 passages dans x entretiens");
    EXPECT_TRUE(isSingular("1", "nl"));
    EXPECT_FALSE(isSingular("0", "nl"));
    EXPECT_TRUE(isSingular(" 1.0 ", "en"));
    EXPECT_FALSE(isSingular("", "fr"));
}

TEST(Plurals, ShippedCataloguesSayOnePassageAndThreePassages) {
    EXPECT_EQ(shipped("fr").text("deliverable.field_counts", {"1", "3", "0"}),
              "1 organisation, 3 entretiens, 0 passage");
    EXPECT_EQ(shipped("en").text("deliverable.field_counts", {"3", "1", "0"}), "3 organisations, 1 interview, 0 passages");
    const std::string dutch = shipped("nl").text("deliverable.field_counts", {"1", "2", "3"});
    EXPECT_EQ(dutch.find('('), std::string::npos) << dutch;
}

// ---- the shipped catalogues ------------------------------------------------------------------

std::vector<std::pair<std::string, std::string>> entries(const char* language) {
    const Catalogue alone = Catalogue::fromJsonText([&] {
        std::ifstream in(kStringsDir / ("messages_" + std::string(language) + ".json"));
        return std::string(std::istreambuf_iterator<char>(in), {});
    }(), "", language);
    std::vector<std::pair<std::string, std::string>> result;
    for (const std::string& key : alone.keys())
        result.emplace_back(key, alone.text(std::string_view(key)));
    return result;
}

TEST(ShippedCatalogues, NoParenthesisedPlural) {
    const std::regex parenthesised(R"(\w\((s|en|nen|n|'s|’s|len|es|x)\))");
    for (const char* language : {"fr", "en", "nl"})
        for (const auto& [key, text] : entries(language))
            EXPECT_FALSE(std::regex_search(text, parenthesised)) << language << " " << key << ": " << text;
}

void expectFrenchTypeset(const std::string& where, const std::string& text) {
    EXPECT_EQ(text.find('\''), std::string::npos) << where << ": " << text;
    for (const char* mark : {" :", " ;", " ?", " !", "« ", " »"})
        EXPECT_EQ(text.find(mark), std::string::npos) << where << " has \"" << mark << "\": " << text;
    EXPECT_EQ(typeset(text, "fr"), text) << where;
}

TEST(ShippedCatalogues, FrenchIsTypesetAlready) {
    for (const auto& [key, text] : entries("fr")) {
        if (key == "guide.bad_questions")  // shows a JSON example, straight quotes and all
            continue;
        expectFrenchTypeset(key, text);
    }
}

// The dialogs' labels (dialogs/<Name>.strings.json, from which their .properties are written) read the same way.
TEST(ShippedDialogs, FrenchIsTypesetAlready) {
    int dialogs = 0;
    for (const auto& file : std::filesystem::directory_iterator(kStringsDir / ".." / ".." / "dialogs")) {
        const std::string name = file.path().filename().string();
        if (name.size() < 13 || name.compare(name.size() - 13, 13, ".strings.json") != 0)
            continue;
        ++dialogs;
        std::ifstream in(file.path());
        const nlohmann::json strings = nlohmann::json::parse(in);
        for (const auto& [key, text] : strings.at("fr_BE").items())
            expectFrenchTypeset(name + " " + key, text.get<std::string>());
    }
    EXPECT_GE(dialogs, 13);
}

}  // namespace
}  // namespace ets
