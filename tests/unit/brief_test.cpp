#include "core/analysis/brief.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace ets {
namespace {

// Three organisations; organisation A says a lot about housing, B and C a little.
Project briefProject() {
    Project project;
    project.themes = {
        {"th-log", "Logement", "Des logements trop chers. Comment loger les familles nombreuses ?", "", ""},
        {"th-ins", "Insalubrité", "", "", "th-log"},
        {"th-vide", "Vide", "", "", ""}};
    for (const char* letter : {"A", "B", "C"}) {
        Organisation organisation;
        organisation.id = std::string("org-") + letter;
        organisation.name = std::string("Organisation ") + letter;
        organisation.role = OrganisationRole::Lever;
        project.organisations.push_back(organisation);
        Interview interview;
        interview.id = std::string("int-") + letter;
        interview.organisationId = organisation.id;
        interview.date = "2026-11-0" + std::to_string(letter[0] - 'A' + 1);
        interview.transcript = std::string("t/") + letter + ".odt";
        project.interviews.push_back(interview);
    }
    int n = 0;
    auto add = [&](const char* letter, std::string text, std::vector<std::string> themes, std::string memo = "") {
        Passage passage;
        passage.id = "pa-" + std::to_string(++n);
        passage.transcript = std::string("t/") + letter + ".odt";
        passage.anchor = "ETS_" + std::to_string(n);
        passage.themeIds = std::move(themes);
        passage.text = std::move(text);
        passage.memo = std::move(memo);
        project.passages.push_back(passage);
    };
    for (int i = 0; i < 5; ++i)
        add("A",
            "A parle du logement, une phrase assez longue pour être une vraie citation numéro " + std::to_string(i) +
                ".",
            {"th-log"});
    add("B",
        "B : les propriétaires refusent les locataires qui sont au CPAS, tout simplement, et on ne peut rien y faire.",
        {"th-ins"}, "Question : comment lutter contre la discrimination au logement ?");
    add("C", "Court.", {"th-log"}, "Les familles restent des années sur liste d'attente.");
    return project;
}

TEST(Brief, QuotesCoverEveryOrganisationBeforeASecondQuoteOfOne) {
    BriefOptions options;
    options.quotes = 3;
    const Brief brief = composeBrief(briefProject(), "logement", options);
    ASSERT_EQ(brief.quotes.size(), 3u);
    std::set<std::string> organisations;
    for (const BriefQuote& quote : brief.quotes)
        organisations.insert(quote.organisation);
    EXPECT_EQ(organisations.size(), 3u);
    EXPECT_EQ(brief.quotesLeftOut, 4);                          // 7 passages, 3 quoted
    EXPECT_EQ(brief.quotes[0].organisation, "Organisation A");  // the first carrier
    EXPECT_EQ(brief.quotes[0].interviewDate, "2026-11-01");
}

TEST(Brief, NumbersAreTheTallysAndCarriersRanked) {
    const Brief brief = composeBrief(briefProject(), "Logement");
    EXPECT_EQ(brief.title, "Logement");
    EXPECT_EQ(brief.passages, 7);
    EXPECT_EQ(brief.organisations, 3);
    EXPECT_EQ(brief.interviews, 3);
    ASSERT_EQ(brief.carriers.size(), 3u);
    EXPECT_EQ(brief.carriers[0].name, "Organisation A");
    EXPECT_EQ(brief.quotes.size(), 7u);  // no cap of six: every passage, the two-page fitting keeps what holds
}

TEST(Brief, QuestionsFromMemosThenDescriptionAndFindingsFromOtherMemos) {
    const Brief brief = composeBrief(briefProject(), "Logement");
    ASSERT_EQ(brief.questions.size(), 2u);
    EXPECT_EQ(brief.questions[0], "Comment lutter contre la discrimination au logement ?");
    EXPECT_EQ(brief.questions[1], "Comment loger les familles nombreuses ?");
    ASSERT_EQ(brief.findings.size(), 1u);
    EXPECT_EQ(brief.findings[0], "Les familles restent des années sur liste d'attente.");
}

TEST(Brief, ThemeWithoutPassagesOrUnknownIsRefused) {
    try {
        composeBrief(briefProject(), "Vide");
        FAIL() << "expected brief.no_passages";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "brief.no_passages");
        EXPECT_EQ(error.args(), (std::vector<std::string>{"Vide"}));
    }
    try {
        composeBrief(briefProject(), "Inconnu");
        FAIL() << "expected theme.unknown";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "theme.unknown");
    }
}

TEST(Brief, LongQuotesCutBetweenWordsOrAtASentence) {
    EXPECT_EQ(shortened("Une phrase. Une deuxième phrase bien plus longue que tout.", 20), "Une phrase. […]");
    EXPECT_EQ(shortened("abcdefghij klmnopqrst uvwxyz", 15), "abcdefghij …");
    EXPECT_EQ(shortened("Un mot, deux mots, trois mots", 10), "Un mot …");  // no dangling comma
    EXPECT_EQ(shortened("anticonstitutionnellement fin", 10), "anticonstitutionnellement …");
    EXPECT_EQ(shortened("  court  ", 10), "court");
    // Never inside a letter: the cut lands on a space.
    const std::string cut = shortened("éééééé ééééé éééé", 15);
    EXPECT_EQ(cut, "éééééé …");
}

TEST(Brief, APassageInQuotationMarksLosesThem) {
    Project project = briefProject();
    project.passages[5].text = "« vous parlez de nous comme d'un problème de sécurité »";
    const Brief brief = composeBrief(project, "Logement");
    bool found = false;
    for (const BriefQuote& quote : brief.quotes)
        found = found || quote.text == "vous parlez de nous comme d'un problème de sécurité";
    EXPECT_TRUE(found);
}

TEST(Brief, AQuoteThatLeansOnWhatCameBeforeIsReadWithIt) {
    Project project = briefProject();
    Passage& continues = project.passages[0];
    continues.text = "et du coup les familles partent.";
    continues.speaker = "Directrice";
    continues.leadIn = "Les loyers ont doublé,";
    Passage& answers = project.passages[1];
    answers.text = "Oui, tous les jours.";
    answers.speaker = "Éducateur";
    answers.prompt = "Vous voyez des expulsions ?";
    Passage& alone = project.passages[2];
    alone.text = "Les familles nombreuses ne trouvent rien sous 1 200 euros.";
    alone.leadIn = "Je vais vous dire.";
    alone.prompt = "";
    const Brief brief = composeBrief(project, "Logement");
    std::map<std::string, const BriefQuote*> byId;
    for (const BriefQuote& quote : brief.quotes)
        byId[quote.passageId] = &quote;
    ASSERT_TRUE(byId.count(continues.id) && byId.count(answers.id) && byId.count(alone.id));
    EXPECT_EQ(byId[continues.id]->text, "Les loyers ont doublé, et du coup les familles partent.");
    EXPECT_EQ(byId[continues.id]->prompt, "");
    EXPECT_EQ(byId[continues.id]->speaker, "Directrice");
    EXPECT_EQ(byId[answers.id]->text, "Oui, tous les jours.");
    EXPECT_EQ(byId[answers.id]->prompt, "Vous voyez des expulsions ?");
    EXPECT_EQ(byId[answers.id]->speaker, "Éducateur");
    EXPECT_EQ(byId[alone.id]->text, alone.text);  // stands alone: no lead-in
    EXPECT_EQ(byId[alone.id]->speaker, "");      // no label, and the interview names nobody
}

TEST(Brief, OneLineProblemIsTheFirstSentence) {
    EXPECT_EQ(oneLineProblem("Des logements trop chers. Comment loger ?"), "Des logements trop chers.");
    EXPECT_EQ(oneLineProblem("Sans point final"), "Sans point final");
    EXPECT_EQ(oneLineProblem("Un deux trois quatre cinq six sept.", 15), "Un deux trois …");
    EXPECT_EQ(oneLineProblem(""), "");
}

TEST(Brief, MemoMarkedAsQuestion) {
    EXPECT_EQ(questionOfMemo("? qui finance"), "Qui finance");
    EXPECT_EQ(questionOfMemo("QUESTION – qui porte ?"), "Qui porte ?");
    EXPECT_EQ(questionOfMemo("Q: et après"), "Et après");
    EXPECT_EQ(questionOfMemo("Vraag: wie betaalt?"), "Wie betaalt?");
    EXPECT_EQ(questionOfMemo("Pourquoi pas ?"), "Pourquoi pas ?");
    EXPECT_EQ(questionOfMemo("Un constat."), "");
    EXPECT_EQ(questionOfMemo("Quelques remarques."), "");                    // starts with Q but is no marker
    EXPECT_EQ(questionOfMemo("Questionnaire envoyé aux partenaires."), "");  // a marker only as a word of its own
    EXPECT_EQ(questionOfMemo("Vraagt meer tijd."), "");
    EXPECT_EQ(questionOfMemo("Questions sur le logement."), "");
    EXPECT_EQ(questionOfMemo("?"), "");
    EXPECT_EQ(questionOfMemo("Question :"), "");
}

TEST(Brief, PseudonymisedQuotesMemosAndOrganisations) {
    Project project = briefProject();
    project.passages[0].text = "Martine Dubois m'a dit que le loyer a doublé en deux ans, sans aucune raison valable.";
    const std::vector<PersonName> people{{"Martine Dubois", "coordinatrice"}};
    PseudonymOptions hideAll;
    hideAll.organisations = true;
    const Pseudonymiser pseudonymiser(project, people, hideAll);
    BriefOptions options;
    options.pseudonymiser = &pseudonymiser;
    const Brief brief = composeBrief(project, "Logement", options);
    bool found = false;
    for (const BriefQuote& quote : brief.quotes) {
        EXPECT_EQ(quote.text.find("Martine"), std::string::npos);
        EXPECT_EQ(quote.organisation.find("Organisation "), std::string::npos) << quote.organisation;
        found = found || quote.text.rfind("[coordinatrice] m'a dit", 0) == 0;
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(brief.carriers[0].name, "organisation A");
}

}  // namespace
}  // namespace ets
