#include "core/register/pseudonymise.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

Project registerOfTwo() {
    Project project;
    Organisation a;
    a.id = "org-a";
    a.name = "Maison médicale Le Sureau";
    Organisation b;
    b.id = "org-b";
    b.name = "AMO Cerf-Volant";
    project.organisations = {a, b};
    return project;
}

std::string hidden(const std::vector<PersonName>& people, std::string_view text, bool organisations = false) {
    const Project project = registerOfTwo();
    PseudonymOptions options;
    options.organisations = organisations;
    return Pseudonymiser(project, people, options).apply(text);
}

TEST(Pseudonymise, NameBecomesRoleWhateverItsCase) {
    const std::vector<PersonName> people{{"Martine Dubois", "coordinatrice"}};
    EXPECT_EQ(hidden(people, "Martine Dubois nous a reçus."), "[coordinatrice] nous a reçus.");
    EXPECT_EQ(hidden(people, "MARTINE DUBOIS l'a dit"), "[coordinatrice] l'a dit");
    EXPECT_EQ(hidden(people, "martine dubois"), "[coordinatrice]");
}

TEST(Pseudonymise, AccentedNamesFoldTheirCapitals) {
    const std::vector<PersonName> people{{"Élodie", "assistante sociale"}, {"Joël Ñúñez", "éducateur"}};
    EXPECT_EQ(hidden(people, "ÉLODIE et élodie"), "[assistante sociale] et [assistante sociale]");
    EXPECT_EQ(hidden(people, "avec JOËL ÑÚÑEZ."), "avec [éducateur].");
}

TEST(Pseudonymise, WholeWordsOnly) {
    const std::vector<PersonName> people{{"Ali", "animateur"}, {"Jean", "directeur"}};
    EXPECT_EQ(hidden(people, "Alice et Bali, pas Ali."), "Alice et Bali, pas [animateur].");
    EXPECT_EQ(hidden(people, "Jean-Marc et Jean."), "Jean-Marc et [directeur].");
    EXPECT_EQ(hidden(people, "le dossier d'Ali, l’avis d’Ali"), "le dossier d'[animateur], l’avis d’[animateur]");
    EXPECT_EQ(hidden(people, "Aliénor"), "Aliénor");  // an accented letter continues the word
    EXPECT_EQ(hidden(people, "(Ali)"), "([animateur])");
}

TEST(Pseudonymise, PartsOfAFullNameOnlyAsWritten) {
    const std::vector<PersonName> people{{"Claire Lambert", "chercheuse"}};
    EXPECT_EQ(hidden(people, "Claire l'a noté ; Lambert aussi."), "[chercheuse] l'a noté ; [chercheuse] aussi.");
    EXPECT_EQ(hidden(people, "une idée claire"), "une idée claire");
    // The full name is one replacement, not two.
    EXPECT_EQ(hidden(people, "Claire Lambert"), "[chercheuse]");
}

TEST(Pseudonymise, NameWithoutRoleAndBlankNames) {
    const std::vector<PersonName> people{{"Yasmina", ""}, {"  ", "rien"}};
    EXPECT_EQ(hidden(people, "Yasmina est venue."), "[personne] est venue.");
    EXPECT_EQ(hidden({}, "Rien à cacher."), "Rien à cacher.");
}

TEST(Pseudonymise, OrganisationsOnlyWhenAsked) {
    const std::vector<PersonName> people;
    EXPECT_EQ(hidden(people, "À l'AMO Cerf-Volant, on..."), "À l'AMO Cerf-Volant, on...");
    EXPECT_EQ(hidden(people, "À l'AMO Cerf-Volant et à la maison médicale le sureau", true),
              "À l'[organisation B] et à la [organisation A]");
    const Project project = registerOfTwo();
    PseudonymOptions options;
    options.organisations = true;
    options.organisationLabel = "organisatie";
    const Pseudonymiser pseudonymiser(project, people, options);
    EXPECT_EQ(pseudonymiser.organisationName(project.organisations[1]), "organisatie B");
    options.organisations = false;
    EXPECT_EQ(Pseudonymiser(project, people, options).organisationName(project.organisations[1]), "AMO Cerf-Volant");
}

TEST(Pseudonymise, CardPairsNamesWithRolesByPosition) {
    InterviewCard card;
    card.participants = {"coordinatrice"};
    card.participantNames = {"Martine Dubois", "Paul"};
    const std::vector<PersonName> people = peopleOfCard(card);
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0].role, "coordinatrice");
    EXPECT_EQ(people[1].name, "Paul");
    EXPECT_EQ(people[1].role, "");
}

TEST(Pseudonymise, OptionsAreInTheCataloguesWords) {
    const Catalogue texts =
        Catalogue::fromJsonText(R"({"pseudonym.person": "person met", "pseudonym.organisation": "org"})");
    const PseudonymOptions options = pseudonymOptions(texts, true);
    EXPECT_EQ(options.personLabel, "person met");
    EXPECT_EQ(options.organisationLabel, "org");
    EXPECT_TRUE(options.organisations);
    EXPECT_FALSE(pseudonymOptions(texts, false).organisations);
}

TEST(Pseudonymise, NamesToHideAreTheListThenTheCardsOfTheTranscriptsThatCanBeRead) {
    Project project;
    project.people = {{"Nadia", "AS"}};
    for (const char* transcript : {"a.odt", "", "unreadable.odt", "b.odt"}) {
        Interview interview;
        interview.id = std::string("int-") + transcript;
        interview.transcript = transcript;
        project.interviews.push_back(interview);
    }
    std::vector<std::string> asked;
    const std::vector<PersonName> people =
        namesToHide(project, [&](const std::string& transcript) -> std::optional<InterviewCard> {
            asked.push_back(transcript);
            if (transcript == "unreadable.odt")
                return std::nullopt;
            InterviewCard card;
            card.participants = {"director"};
            card.participantNames = {transcript == "a.odt" ? "Anne" : "Bert", "Carl"};
            return card;
        });
    EXPECT_EQ(asked, (std::vector<std::string>{"a.odt", "unreadable.odt", "b.odt"}));  // no transcript: nothing to read
    ASSERT_EQ(people.size(), 5u);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"Nadia", "AS"}, {"Anne", "director"}, {"Carl", ""}, {"Bert", "director"}, {"Carl", ""}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(people[i].name, expected[i].first);
        EXPECT_EQ(people[i].role, expected[i].second);
    }
}

TEST(Pseudonymise, AliasesBeyondZ) {
    Project project;
    for (int i = 0; i < 28; ++i) {
        Organisation o;
        o.id = "org-" + std::to_string(i);
        project.organisations.push_back(o);
    }
    EXPECT_EQ(organisationAlias(project, "org-0", "org"), "org A");
    EXPECT_EQ(organisationAlias(project, "org-25", "org"), "org Z");
    EXPECT_EQ(organisationAlias(project, "org-26", "org"), "org AA");
    EXPECT_EQ(organisationAlias(project, "org-27", "org"), "org AB");
}

}  // namespace
}  // namespace ets
