#include "core/analysis/brief_document.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace ets {
namespace {

// Short texts, so that each paragraph's text says which key and arguments made it.
const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"({
        "brief.figures": "figures {0}/{1}/{2}",
        "brief.heading_problem": "PROBLEM", "brief.heading_field": "FIELD",
        "brief.heading_carriers": "CARRIERS", "brief.heading_questions": "QUESTIONS",
        "brief.quote": "<{0}>", "brief.source": "- {0}", "brief.interview_of": "interview of {0}",
        "brief.no_organisation": "unknown organisation",
        "brief.quotes_all": "all quoted", "brief.quotes_left_out": "{0} not quoted",
        "brief.capacity.Analysis": "analysis", "brief.capacity.Experience": "experience",
        "brief.capacity.Expertise": "expertise",
        "brief.carrier_evidence": "{0} p. in {1} i.", "brief.carrier_line": "{0} = {1} / {2}",
        "brief.carrier_line_plain": "{0} = {1}", "brief.no_carriers": "no carriers",
        "brief.carriers_left_out": "{0} more", "brief.no_questions": "what about {0}?",
        "date.long": "{0} {1} {2}", "date.months": "jan;feb;mar;apr;may;jun;jul;aug;sep;oct;nov;dec"})");
    return catalogue;
}

Carrier carrier(std::string name, std::string sector, std::vector<Capacity> capacities, int passages, int interviews) {
    Carrier made;
    made.name = std::move(name);
    made.sector = std::move(sector);
    made.capacities = std::move(capacities);
    made.passages = passages;
    made.interviews = interviews;
    return made;
}

Brief housing() {
    Brief brief;
    brief.title = "Housing";
    brief.problem = "Too dear.";
    brief.findings = {"Long waiting lists."};
    brief.quotes = {{"pa-1", "We wait.", "Org A", "2026-11-05"}, {"pa-2", "No answer.", "", ""}};
    brief.quotesLeftOut = 3;
    brief.carriers = {carrier("Org A", "Health", {Capacity::Analysis, Capacity::Expertise}, 4, 2),
                      carrier("Org B", "", {}, 1, 1)};
    brief.carriersLeftOut = 2;
    brief.questions = {"Who pays?"};
    brief.organisations = 2;
    brief.interviews = 3;
    brief.passages = 5;
    return brief;
}

std::vector<std::string> textsOf(const BriefParagraphs& brief) {
    std::vector<std::string> lines;
    for (const Paragraph& paragraph : brief.paragraphs)
        lines.push_back(paragraph.text);
    return lines;
}

TEST(BriefDocument, SaysTheBriefPartByPartInTheCataloguesWords) {
    EXPECT_EQ(textsOf(briefParagraphs(housing(), texts())),
              (std::vector<std::string>{"Housing", "figures 2/3/5", "PROBLEM", "Too dear.", "Long waiting lists.",
                                        "FIELD", "<We wait.>", "- Org A, interview of 5 nov 2026", "<No answer.>",
                                        "- unknown organisation", "3 not quoted", "CARRIERS",
                                        "Org A (Health) = analysis, expertise / 4 p. in 2 i.", "Org B = 1 p. in 1 i.",
                                        "2 more", "QUESTIONS", "Who pays?"}));
}

TEST(BriefDocument, EachParagraphHasTheStyleOfItsPart) {
    const BriefParagraphs brief = briefParagraphs(housing(), texts());
    using R = ParagraphRole;
    std::vector<R> roles;
    for (const Paragraph& paragraph : brief.paragraphs)
        roles.push_back(paragraph.role);
    EXPECT_EQ(roles, (std::vector<R>{R::BriefTitle, R::BriefFigures, R::BriefHeading, R::BriefBody, R::BriefItem,
                                     R::BriefHeading, R::BriefQuote, R::BriefSource, R::BriefQuote, R::BriefSource,
                                     R::BriefNote, R::BriefHeading, R::BriefItem, R::BriefItem, R::BriefNote,
                                     R::BriefHeading, R::BriefItem}));
}

TEST(BriefDocument, QuotesAreGroupsWithTheirSourceStrongestFirstAndTheNoteFollows) {
    const BriefParagraphs brief = briefParagraphs(housing(), texts());
    ASSERT_EQ(brief.quotes.size(), 2u);
    EXPECT_EQ(brief.quotes[0].first, 6u);
    EXPECT_EQ(brief.quotes[0].count, 2u);
    EXPECT_EQ(brief.quotes[1].first, 8u);
    EXPECT_EQ(brief.quotes[1].count, 2u);
    EXPECT_EQ(brief.leftOutNote, 10u);
    EXPECT_EQ(brief.paragraphs[brief.leftOutNote].text, "3 not quoted");
}

TEST(BriefDocument, ACarriersNameIsInTheOrganisationsCharacterStyle) {
    const BriefParagraphs brief = briefParagraphs(housing(), texts());
    const Paragraph& line = brief.paragraphs[12];
    ASSERT_TRUE(line.span.has_value());
    EXPECT_EQ(line.span->role, CharacterRole::Organisation);
    EXPECT_EQ(line.span->start, 0u);
    EXPECT_EQ(line.span->length, 5u);  // "Org A", not its sector
    for (const Paragraph& paragraph : brief.paragraphs)
        if (&paragraph != &brief.paragraphs[12] && &paragraph != &brief.paragraphs[13])
            EXPECT_FALSE(paragraph.span.has_value()) << paragraph.text;
}

TEST(BriefDocument, WithoutProblemCarriersOrQuestionsItSaysSo) {
    Brief brief = housing();
    brief.problem.clear();
    brief.findings.clear();
    brief.quotes.clear();
    brief.quotesLeftOut = 0;
    brief.carriers.clear();
    brief.carriersLeftOut = 0;
    brief.questions.clear();
    const BriefParagraphs written = briefParagraphs(brief, texts());
    EXPECT_EQ(textsOf(written),
              (std::vector<std::string>{"Housing", "figures 2/3/5", "PROBLEM", "FIELD", "all quoted", "CARRIERS",
                                        "no carriers", "QUESTIONS", "what about Housing?"}));
    EXPECT_TRUE(written.quotes.empty());
    EXPECT_EQ(written.leftOutNote, 4u);
}

TEST(BriefDocument, FrenchPunctuationAndDatesComeFromTheShippedCatalogue) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const BriefParagraphs brief = briefParagraphs(housing(), french);
    EXPECT_EQ(brief.paragraphs[6].text, "\xC2\xAB\xC2\xA0We wait.\xC2\xA0\xC2\xBB");
    EXPECT_EQ(brief.paragraphs[7].text, "— Org A, entretien du 5 novembre 2026");
    EXPECT_EQ(brief.paragraphs[12].text,
              "Org A (Health)\u00a0: une analyse, une expertise (levier)\u202f; 4 passages dans 2 entretiens");
    EXPECT_EQ(quotesLeftOutNote(french, 0), "Tous les passages codés de ce thème sont cités.");
}

TEST(BriefDocument, TheNoteOnQuotesLeftOutCounts) {
    EXPECT_EQ(quotesLeftOutNote(texts(), 4), "4 not quoted");
    EXPECT_EQ(quotesLeftOutNote(texts(), 0), "all quoted");
}

TEST(BriefRequest, TargetIsTheCursorOrANewDocument) {
    EXPECT_EQ(briefTarget("Cursor"), BriefTarget::Cursor);
    EXPECT_EQ(briefTarget("newdocument"), BriefTarget::NewDocument);
    try {
        briefTarget("Ailleurs");
        FAIL() << "expected args.bad_choice";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "args.bad_choice");
        EXPECT_EQ(error.args(), (std::vector<std::string>{"Target", "Ailleurs", "Cursor, NewDocument"}));
    }
}

TEST(BriefRequest, QuotesAreAWholeNumberFromZeroToFifty) {
    EXPECT_EQ(kDefaultBriefQuotes, 6);
    EXPECT_EQ(briefQuotes(0), 0);
    EXPECT_EQ(briefQuotes(50), 50);
    for (double bad : {-1.0, 51.0, 2.5, std::nan("")}) {
        try {
            briefQuotes(bad);
            FAIL() << "expected brief.bad_quotes for " << bad;
        } catch (const Error& error) {
            EXPECT_EQ(error.key(), "brief.bad_quotes");
        }
    }
    try {
        briefQuotes(-1);
    } catch (const Error& error) {
        EXPECT_EQ(error.args(), (std::vector<std::string>{"-1.000000"}));
    }
}

TEST(BriefRequest, ThemesOfferedAreThoseWithPassagesInTheTallysOrder) {
    Project project;
    project.themes = {{"th-a", "Alpha", "", "", ""}, {"th-b", "Beta", "", "", ""}, {"th-c", "Gamma", "", "", "th-b"}};
    Organisation organisation;
    organisation.id = "org-1";
    organisation.name = "Org";
    project.organisations.push_back(organisation);
    Interview interview;
    interview.id = "int-1";
    interview.organisationId = "org-1";
    interview.transcript = "t.odt";
    project.interviews.push_back(interview);
    for (int i = 0; i < 2; ++i) {
        Passage passage;
        passage.id = "pa-" + std::to_string(i);
        passage.transcript = "t.odt";
        passage.anchor = "ETS_" + std::to_string(i);
        passage.themeIds = {"th-c"};
        passage.text = "text";
        project.passages.push_back(passage);
    }
    const std::vector<OfferedTheme> themes = themesForBrief(project);
    ASSERT_EQ(themes.size(), 2u);       // Alpha has no passage
    EXPECT_EQ(themes[0].name, "Beta");  // with its sub-theme's passages
    EXPECT_EQ(themes[0].passages, 2);
    EXPECT_EQ(themes[1].name, "Gamma");
    EXPECT_EQ(themes[1].passages, 2);
}

}  // namespace
}  // namespace ets
