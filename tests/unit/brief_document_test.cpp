#include "core/analysis/brief_document.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ets {
namespace {

// Short texts, so that each paragraph's text says which key and arguments made it.
const Catalogue& texts() {
    static const Catalogue catalogue = Catalogue::fromJsonText(R"json({
        "brief.figures": "figures {0}/{1}/{2}", "brief.kind.Knot": "KNOT",
        "brief.subtheme_share": " +{0}{0||s} on {1}",
        "analysis.part.Problem": "PROBLEM", "analysis.part.Causes": "CAUSES", "analysis.part.Existing": "EXISTING",
        "analysis.part.Tensions": "TENSIONS", "analysis.part.Proposal": "PROPOSAL",
        "brief.heading_findings": "NOTES", "brief.heading_field": "FIELD",
        "brief.heading_carriers": "CARRIERS", "brief.heading_questions": "QUESTIONS",
        "brief.quote": "<{0}>", "brief.prompt_question": "asked {0}", "brief.prompt_words": "after {0}", "brief.source": "- {0}", "brief.interview_of": "interview of {0}",
        "brief.speaker_of": "{0} at {1}", "brief.no_organisation": "unknown organisation",
        "brief.quotes_all": "all quoted", "brief.quotes_left_out": "{0} not quoted",
        "brief.capacity.Analysis": "analysis", "brief.capacity.Experience": "experience",
        "brief.capacity.Expertise": "expertise",
        "count.passages": "{0} {0|p.|ps.}", "count.interviews": "{0} {0|i.|is.}",
        "brief.carrier_evidence": "{0} in {1}", "brief.carrier_line": "{0} = {1} / {2}",
        "brief.carrier_line_plain": "{0} = {1}", "brief.no_carriers": "no carriers",
        "brief.carrier_noted": "noted", "brief.carrier_proposal": "(proposal)",
        "brief.carriers_proposed": "proposed:", "brief.carrier_reason": ". {0}", "brief.contact": "contact {0}",
        "brief.willing.Yes": "willing", "brief.willing.ToConfirm": "to confirm", "brief.own_words": "[{0}]",
        "brief.carriers_left_out": "{0} more",
        "brief.parts_missing": "{0} lacks {1}", "brief.without_analysis": "{0} {0|theme|themes}: {1}",
        "date.long": "{0} {1} {2}", "date.months": "jan;feb;mar;apr;may;jun;jul;aug;sep;oct;nov;dec"})json");
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
    brief.kind = ThemeKind::Knot;
    brief.problem = "Too dear.";
    brief.parts = {{AnalysisPart::Problem, "Too dear.\nAnd rare."}, {AnalysisPart::Proposal, "A chantier."}};
    brief.missingParts = {AnalysisPart::Causes, AnalysisPart::Existing, AnalysisPart::Tensions};
    brief.findings = {"Long waiting lists."};
    brief.quotes = {{"pa-1", "We wait.", "Org A", "2026-11-05", "nurse", true}, {"pa-2", "No answer.", "", "", "", false}};
    brief.quotesLeftOut = 3;
    Carrier a = carrier("Org A", "Health", {Capacity::Analysis, Capacity::Expertise}, 4, 2);
    a.recorded = true;
    a.willing = Willingness::Yes;
    a.contactRole = "director";
    a.reason = "Runs a housing desk.";
    a.ownWords = "We house.";
    Carrier b = carrier("Org B", "", {}, 1, 1);
    b.recorded = true;
    brief.carriers = {a, b};
    brief.questions = {"Who pays?"};
    brief.organisations = 2;
    brief.interviews = 3;
    brief.passages = 5;
    brief.subThemes = {{"Squats", 2}};
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
              (std::vector<std::string>{"Housing", "KNOT", "figures 2/3/5 +2s on Squats", "PROBLEM", "Too dear.",
                                        "And rare.", "NOTES", "Long waiting lists.", "FIELD", "<We wait.>",
                                        "- nurse at Org A, interview of 5 nov 2026", "<No answer.>",
                                        "- unknown organisation", "3 not quoted", "CARRIERS",
                                        "Org A (Health) = analysis, expertise / willing, contact director. Runs a "
                                        "housing desk.",
                                        "[We house.]", "Org B = to confirm", "PROPOSAL", "A chantier.", "QUESTIONS",
                                        "Who pays?"}));
}

TEST(BriefDocument, EachParagraphHasTheStyleOfItsPart) {
    const BriefParagraphs brief = briefParagraphs(housing(), texts());
    using R = ParagraphRole;
    std::vector<R> roles;
    for (const Paragraph& paragraph : brief.paragraphs)
        roles.push_back(paragraph.role);
    EXPECT_EQ(roles, (std::vector<R>{R::BriefTitle, R::BriefFigures, R::BriefFigures, R::BriefHeading, R::BriefBody,
                                     R::BriefBody, R::BriefHeading, R::BriefItem, R::BriefHeading, R::BriefQuote,
                                     R::BriefSource, R::BriefQuote, R::BriefSource, R::BriefNote, R::BriefHeading,
                                     R::BriefItem, R::BriefSource, R::BriefItem, R::BriefHeading, R::BriefBody,
                                     R::BriefBody, R::BriefItem}));
}

TEST(BriefDocument, QuotesAreGroupsWithTheirSourceStrongestFirstAndTheNoteFollows) {
    const BriefParagraphs brief = briefParagraphs(housing(), texts());
    ASSERT_EQ(brief.quotes.size(), 2u);
    EXPECT_EQ(brief.quotes[0].first, 9u);
    EXPECT_EQ(brief.quotes[0].count, 2u);
    EXPECT_EQ(brief.quotes[1].first, 11u);
    EXPECT_EQ(brief.quotes[1].count, 2u);
    EXPECT_EQ(brief.leftOutNote, 13u);
    EXPECT_EQ(brief.paragraphs[brief.leftOutNote].text, "3 not quoted");
}

TEST(BriefDocument, AQuoteAnsweringAQuestionHasItAboveInTheGroup) {
    Brief brief = housing();
    brief.quotes[1].prompt = "And the landlords?";
    brief.quotes.push_back({"pa-3", "They said no.", "Org B", "", "", false, "We called them."});
    const BriefParagraphs written = briefParagraphs(brief, texts());
    ASSERT_EQ(written.quotes.size(), 3u);
    EXPECT_EQ(written.quotes[0].count, 2u);
    EXPECT_EQ(written.quotes[1].first, 11u);
    EXPECT_EQ(written.quotes[1].count, 3u);
    EXPECT_EQ(written.paragraphs[11].role, ParagraphRole::BriefPrompt);
    EXPECT_EQ(written.paragraphs[11].text, "asked And the landlords?");
    EXPECT_EQ(written.paragraphs[12].text, "<No answer.>");
    EXPECT_EQ(written.quotes[2].first, 14u);
    EXPECT_EQ(written.paragraphs[14].text, "after We called them.");
    EXPECT_EQ(written.leftOutNote, 17u);
}

TEST(BriefDocument, ATooLongBriefKeepsTheQuotesThatStartOnItsPagesOrLosesItsWeakest) {
    for (std::size_t quotes : {1u, 2u, 7u, 16u}) {
        for (std::size_t firstAfter = 0; firstAfter <= quotes; ++firstAfter) {
            int asked = 0;
            const std::size_t keep = quotesToKeep(quotes, [&](std::size_t i) {
                ++asked;
                return i >= firstAfter;
            });
            EXPECT_EQ(keep, std::min(firstAfter, quotes - 1)) << quotes << " quotes, first after " << firstAfter;
            EXPECT_LE(asked, 4);  // halving: never one look per quote
        }
    }
    EXPECT_EQ(quotesToKeep(0, [](std::size_t) { return true; }), 0u);
}

TEST(BriefDocument, QuotesBeyondTheEstimatedPagesAreLeftOutWeakestFirst) {
    const Brief short_ = withQuotesForPages(housing(), texts());
    EXPECT_EQ(short_.quotes.size(), 2u);  // two short quotes: nothing to leave out
    EXPECT_EQ(short_.quotesLeftOut, 3);
    Brief long_ = housing();
    long_.quotes.clear();
    for (int i = 0; i < 16; ++i)
        long_.quotes.push_back({"pa-" + std::to_string(i), std::string(400, 'x'), "Org", "", "", false});
    const Brief kept = withQuotesForPages(long_, texts());
    ASSERT_LT(kept.quotes.size(), 16u);
    ASSERT_GT(kept.quotes.size(), 1u);
    EXPECT_EQ(kept.quotes.front().passageId, "pa-0");  // the strongest stay
    EXPECT_EQ(kept.quotesLeftOut, 3 + 16 - static_cast<int>(kept.quotes.size()));
    double lines = 0;
    for (const Paragraph& paragraph : briefParagraphs(kept, texts()).paragraphs)
        lines += estimatedLines(paragraph);
    EXPECT_LE(lines, kQuotesFitPages * kLinesPerPage);
    EXPECT_EQ(withQuotesForPages(long_, texts(), 0.1).quotes.size(), 1u);  // never fewer than one
}

TEST(BriefDocument, ACarriersNameIsInTheOrganisationsCharacterStyle) {
    const BriefParagraphs brief = briefParagraphs(housing(), texts());
    const Paragraph& line = brief.paragraphs[15];
    ASSERT_TRUE(line.span.has_value());
    EXPECT_EQ(line.span->role, CharacterRole::Organisation);
    EXPECT_EQ(line.span->start, 0u);
    EXPECT_EQ(line.span->length, 5u);  // "Org A", not its sector
    for (const Paragraph& paragraph : brief.paragraphs)
        if (&paragraph != &brief.paragraphs[15] && &paragraph != &brief.paragraphs[17])
            EXPECT_FALSE(paragraph.span.has_value()) << paragraph.text;
}

TEST(BriefDocument, PartsNotWrittenAreLeftOutNeverAPlaceholder) {
    Brief brief = housing();
    brief.kind.reset();
    brief.parts.clear();
    brief.missingParts.assign(std::begin(kAnalysisParts), std::end(kAnalysisParts));
    brief.findings.clear();
    brief.quotes.clear();
    brief.quotesLeftOut = 0;
    brief.carriers.clear();
    brief.carriersLeftOut = 0;
    brief.questions.clear();
    brief.subThemes.clear();
    const BriefParagraphs written = briefParagraphs(brief, texts());
    EXPECT_EQ(textsOf(written), (std::vector<std::string>{"Housing", "figures 2/3/5", "FIELD", "all quoted",
                                                          "CARRIERS", "no carriers"}));
    EXPECT_TRUE(written.quotes.empty());
    EXPECT_EQ(written.leftOutNote, 3u);
    EXPECT_EQ(missingPartsNote(housing(), texts()), "Housing lacks CAUSES, EXISTING, TENSIONS");
    Brief other = housing();
    other.title = "Health";
    EXPECT_EQ(themesWithoutAnalysisNote({brief, housing()}, texts()), "1 theme: Housing");
    brief.title = "Work";
    EXPECT_EQ(themesWithoutAnalysisNote({brief, other, brief}, texts()), "2 themes: Work, Work");
    EXPECT_EQ(themesWithoutAnalysisNote({other}, texts()), "");
}

TEST(BriefDocument, ProposedCarriersAreMarkedAsProposalsWithTheirEvidence) {
    Brief brief = housing();
    brief.carriers = {carrier("Org C", "", {Capacity::Experience}, 1, 1), carrier("Org D", "", {}, 0, 0)};
    brief.carriersLeftOut = 2;
    const std::vector<std::string> lines = textsOf(briefParagraphs(brief, texts()));
    const auto at = std::find(lines.begin(), lines.end(), "CARRIERS");
    ASSERT_NE(at, lines.end());
    EXPECT_EQ(std::vector<std::string>(at + 1, at + 5),
              (std::vector<std::string>{"proposed:", "Org C = experience / 1 p. in 1 i. (proposal)",
                                        "Org D = noted (proposal)", "2 more"}));
}

TEST(BriefDocument, FrenchPunctuationAndDatesComeFromTheShippedCatalogue) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const BriefParagraphs brief = briefParagraphs(housing(), french);
    EXPECT_EQ(brief.paragraphs[9].text, "\xC2\xAB\xC2\xA0We wait.\xC2\xA0\xC2\xBB");
    EXPECT_EQ(brief.paragraphs[10].text, "— nurse, Org A, entretien du 5 novembre 2026");
    EXPECT_EQ(brief.paragraphs[15].text, "Org A (Health)\xC2\xA0: une analyse, une pratique qui fait levier\xC2\xA0; prête à porter "
                                         "le chantier, contact\xC2\xA0: director. Runs a housing desk.");
    EXPECT_EQ(quotesLeftOutNote(french, 0), "Tous les passages codés de ce thème sont cités.");
    for (const std::string& line : textsOf(brief))
        EXPECT_EQ(line.find("(à préciser"), std::string::npos) << line;
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
    EXPECT_EQ(kDefaultBriefQuotes, kBriefQuotesToFit);
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
