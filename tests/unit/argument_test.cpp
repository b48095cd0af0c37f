// The argument's decisions (issue 12): analyses written and read back, key quotes, a memo's themes, carriers on
// evidence and recorded, and how the brief uses them.

#include "core/analysis/brief.hpp"
#include "core/analysis/brief_document.hpp"
#include "core/analysis/carriers.hpp"
#include "core/analysis/programme.hpp"
#include "core/analysis/theme_analysis.hpp"
#include "core/coding/codebook.hpp"
#include "core/text/error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace ets {
namespace {

std::string errorKey(const std::function<void()>& run) {
    try {
        run();
    } catch (const Error& error) {
        return error.key();
    }
    return "no error";
}

// Four organisations: A and B interviewed on housing and health, C on health only, D never interviewed but its
// register notes name housing.
Project argumentProject() {
    Project project;
    project.themes = {{"th-log", "Logement", "Des logements trop chers.", "", ""},
                      {"th-ins", "Insalubrité", "", "", "th-log"},
                      {"th-san", "Santé", "", "", ""}};
    for (const char* letter : {"A", "B", "C", "D"}) {
        Organisation organisation;
        organisation.id = std::string("org-") + letter;
        organisation.name = std::string("Organisation ") + letter;
        organisation.role = OrganisationRole::Knot;
        project.organisations.push_back(organisation);
        if (letter[0] == 'D')
            continue;
        Interview interview;
        interview.id = std::string("int-") + letter;
        interview.organisationId = organisation.id;
        interview.date = "2026-11-0" + std::to_string(letter[0] - 'A' + 1);
        interview.transcript = std::string("t/") + letter + ".odt";
        interview.participants = {letter[0] == 'A' ? "coordinatrice" : "travailleur social"};
        project.interviews.push_back(interview);
    }
    project.findOrganisation("org-D")->notes = "Prête à porter un chantier sur le logement des familles.";
    int n = 0;
    auto add = [&](const char* letter, std::vector<std::string> themes, std::string memo = "") {
        Passage passage;
        passage.id = "pa-" + std::to_string(++n);
        passage.transcript = std::string("t/") + letter + ".odt";
        passage.anchor = "ETS_" + std::to_string(n);
        passage.themeIds = std::move(themes);
        passage.text = std::string(letter) + " dit une phrase assez longue pour faire une vraie citation, numéro " +
                       std::to_string(n) + ".";
        passage.memo = std::move(memo);
        project.passages.push_back(passage);
    };
    for (int i = 0; i < 10; ++i)
        add("A", {"th-log"});
    add("A", {"th-log", "th-san"}, "Santé : question : qui soigne les mal-logés ?");  // pa-11, memo names Santé
    add("B", {"th-san", "th-log"}, "Le médecin traitant manque.");                  // pa-12, memo for its first theme
    add("B", {"th-ins"});                                                          // pa-13
    add("C", {"th-san"});                                                          // pa-14
    return project;
}

TEST(ThemeAnalysis, ArgumentsWriteTheKindAndTheGivenPartsOnly) {
    Project project = argumentProject();
    editAnalysis(project, {"logement", std::string("lever"), {{AnalysisPart::Problem, " Trop cher. "}}});
    editAnalysis(project, {"Logement", std::nullopt, {{AnalysisPart::Causes, "La spéculation."}}});
    ASSERT_EQ(project.analyses.size(), 1u);
    const ThemeAnalysis& analysis = project.analyses[0];
    EXPECT_EQ(analysis.id, "th-log");
    EXPECT_EQ(analysis.kind, ThemeKind::Lever);
    EXPECT_EQ(analysis.problem, "Trop cher.");
    EXPECT_EQ(analysis.causes, "La spéculation.");
    EXPECT_EQ(analysis.document, "");  // no document until ThemeAnalysis creates it
    EXPECT_EQ(analysisDocumentPath(project, *project.findTheme("th-log")), "analyses/Logement.odt");
    project.analyses[0].document = analysisDocumentPath(project, *project.findTheme("th-log"));  // created
    // Renaming the theme keeps its document.
    project.findTheme("th-log")->name = "Habitat";
    EXPECT_EQ(analysisDocumentPath(project, *project.findTheme("th-log")), "analyses/Logement.odt");
    EXPECT_EQ(analysisDocumentPath(project, *project.findTheme("th-san")), "analyses/Santé.odt");
}

TEST(ThemeAnalysis, BadInputIsRefusedAndNothingChanges) {
    Project project = argumentProject();
    EXPECT_EQ(errorKey([&] { editAnalysis(project, {"Inconnu", std::string("Knot"), {}}); }), "theme.unknown");
    EXPECT_EQ(errorKey([&] { editAnalysis(project, {"Logement", std::string("Rope"), {}}); }), "args.bad_choice");
    EXPECT_EQ(errorKey([&] { editAnalysis(project, {"Logement", std::nullopt, {}}); }), "analysis.nothing");
    EXPECT_EQ(errorKey([&] { editAnalysis(project, {"", std::string("Knot"), {}}); }), "args.missing");
    EXPECT_TRUE(project.analyses.empty());
}

TEST(ThemeAnalysis, PartsAreReadBackFromTheDocumentsHeadings) {
    const Catalogue texts = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const std::vector<DocumentLine> lines = {
        {true, "Logement"},
        {false, "Nœud : un problème que le terrain vit"},
        {true, partHeading(AnalysisPart::Problem, texts)},
        {false, "Les loyers montent."},
        {false, ""},
        {false, "Les familles partent."},
        {true, "CAUSES"},  // the English name, any case
        {false, "La spéculation."},
        {true, partHeading(AnalysisPart::Proposal, texts)},
        {true, texts.text("analysis.evidence")},
        {false, "« Une citation »"}};
    const AnalysisRead read = readAnalysisParts(lines, texts);
    ASSERT_EQ(read.parts.size(), 3u);
    EXPECT_EQ(read.parts[0], std::make_pair(AnalysisPart::Problem, std::string("Les loyers montent.\nLes familles partent.")));
    EXPECT_EQ(read.parts[1], std::make_pair(AnalysisPart::Causes, std::string("La spéculation.")));
    EXPECT_EQ(read.parts[2], std::make_pair(AnalysisPart::Proposal, std::string()));  // heading kept, nothing written
    EXPECT_EQ(read.missing, (std::vector<AnalysisPart>{AnalysisPart::Existing, AnalysisPart::Tensions}));
    EXPECT_EQ(readAnalysisParts({}, texts).missing.size(), 5u);  // a document without headings: all read empty
}

TEST(ThemeAnalysis, TheDocumentHasAHeadingPerPartThenTheEvidenceByOrganisation) {
    Project project = argumentProject();
    editAnalysis(project, {"Logement", std::string("Knot"), {{AnalysisPart::Tensions, "Un\nDeux"}}});
    const Catalogue texts = Catalogue::load(ETS_STRINGS_DIR, "fr");
    const std::vector<Paragraph> paragraphs = analysisDocumentParagraphs(project, *project.findTheme("th-log"), texts);
    std::vector<DocumentLine> lines;
    for (const Paragraph& paragraph : paragraphs)
        lines.push_back({paragraph.role == ParagraphRole::BriefHeading || paragraph.role == ParagraphRole::BriefTitle,
                         paragraph.text});
    const AnalysisRead read = readAnalysisParts(lines, texts);  // what it writes, it reads back
    EXPECT_TRUE(read.missing.empty());
    EXPECT_EQ(read.parts[3].second, "Un\nDeux");
    EXPECT_EQ(paragraphs[0].text, "Logement");
    const auto has = [&](const std::string& text) {
        return std::any_of(paragraphs.begin(), paragraphs.end(), [&](const Paragraph& p) { return p.text == text; });
    };
    EXPECT_TRUE(has("Organisation A \xE2\x80\x94 11 passages"));
    EXPECT_TRUE(has("Organisation B \xE2\x80\x94 2 passages"));
    EXPECT_TRUE(has("13 passages, 2 organisations, 2 entretiens"));
    const auto source = std::find_if(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) {
        return p.text.find("t/A.odt#ETS_11") != std::string::npos && p.text.find("Santé") != std::string::npos;
    });
    ASSERT_NE(source, paragraphs.end());
    // The place is a link to the passage, its target kept apart from the words that show it.
    ASSERT_TRUE(source->link.has_value());
    EXPECT_EQ(source->link->file, "t/A.odt");
    EXPECT_EQ(source->link->anchor, "ETS_11");
    EXPECT_EQ(source->text.substr(source->link->start, source->link->length), texts.text("analysis.link", {"t/A.odt#ETS_11"}));
}

TEST(ThemeAnalysis, AMemoBelongsToTheThemesItsCoderChoseElseASensibleDefault) {
    Project project = argumentProject();
    EXPECT_EQ(memoThemes(project, *project.findPassage("pa-11")), (std::set<std::string>{"th-san"}));  // named
    EXPECT_EQ(memoThemes(project, *project.findPassage("pa-12")), (std::set<std::string>{"th-san"}));  // first
    EXPECT_EQ(memoThemes(project, *project.findPassage("pa-1")), (std::set<std::string>{"th-log"}));   // only
    project.passageMarks.push_back({"pa-12", {}, {"th-log", "th-gone"}});
    EXPECT_EQ(memoThemes(project, *project.findPassage("pa-12")), (std::set<std::string>{"th-log"}));
}

TEST(ThemeAnalysis, AMemoNamingNoThemeGoesToTheThemeItsWordsDescribe) {
    Project project;
    project.themes = {{"th-epu", "Épuisement des équipes", "Fatigue, burn-out et charge émotionnelle.", "", ""},
                      {"th-num", "Fracture numérique", "Les travailleurs font les démarches en ligne à la place des gens.",
                       "", ""}};
    Passage passage;
    passage.id = "pa-1";
    passage.themeIds = {"th-epu", "th-num"};
    passage.memo = "Question : quel cadre déontologique pour les démarches en ligne faites à la place des gens ?";
    project.passages.push_back(passage);
    EXPECT_EQ(memoThemes(project, project.passages[0]), (std::set<std::string>{"th-num"}));
}

TEST(ThemeAnalysis, KeyQuotesAreMarkedPerTheme) {
    Project project = argumentProject();
    setKeyQuote(project, "pa-12", {"Logement"}, true);
    EXPECT_TRUE(isKeyQuote(project, *project.findPassage("pa-12"), "th-log"));
    EXPECT_FALSE(isKeyQuote(project, *project.findPassage("pa-12"), "th-san"));
    EXPECT_EQ(errorKey([&] { setKeyQuote(project, "pa-14", {"Logement"}, true); }), "keyquote.not_tagged");
    EXPECT_EQ(errorKey([&] { setKeyQuote(project, "pa-99", {"Logement"}, true); }), "passage.unknown");
    EXPECT_EQ(errorKey([&] { setKeyQuote(project, "pa-12", {"Nulle part"}, true); }), "theme.unknown");
    setKeyQuote(project, "pa-12", {"Logement"}, false);
    EXPECT_FALSE(isKeyQuote(project, *project.findPassage("pa-12"), "th-log"));
}

std::vector<std::string> namesOf(const std::vector<Carrier>& carriers) {
    std::vector<std::string> names;
    for (const Carrier& carrier : carriers)
        names.push_back(carrier.name);
    return names;
}

TEST(CarriersOnEvidence, RegisterNotesMakeAnOrganisationNotInterviewedACandidate) {
    const Project project = argumentProject();
    const std::vector<Carrier> housing = carriersOf(project, "th-log");
    EXPECT_EQ(namesOf(housing), (std::vector<std::string>{"Organisation A", "Organisation B", "Organisation D"}));
    EXPECT_TRUE(housing[2].noted);
    EXPECT_EQ(housing[2].passages, 0);
    // Organisation C said nothing on housing and its notes do not name it: never a candidate.
    std::vector<std::string> health = namesOf(carriersOf(project, "th-san"));
    std::sort(health.begin(), health.end());
    EXPECT_EQ(health, (std::vector<std::string>{"Organisation A", "Organisation B", "Organisation C"}));
}

TEST(CarriersOnEvidence, RecordedCarriersComeFirstWillingFirstAndAreTheOnesABriefUses) {
    Project project = argumentProject();
    EXPECT_EQ(editCarriers(project, {"Set", "Logement", "organisation b", std::string("Expertise"),
                                     std::string("ToConfirm"), std::string("directrice"), std::string("Un projet.")}),
              "carrier.set");
    editCarriers(project, {"set", "Logement", "Organisation D", std::nullopt, std::string("yes"), std::nullopt,
                           std::string("L’a proposé.")});
    editCarriers(project, {"Set", "Logement", "Organisation A", std::nullopt, std::string("No"), std::nullopt,
                           std::nullopt});
    const std::vector<Carrier> candidates = carrierCandidates(project, "th-log");
    EXPECT_EQ(namesOf(candidates), (std::vector<std::string>{"Organisation D", "Organisation B", "Organisation A"}));
    EXPECT_TRUE(candidates[0].recorded);
    EXPECT_EQ(candidates[1].capacities, (std::vector<Capacity>{Capacity::Expertise}));
    EXPECT_EQ(candidates[1].contactRole, "directrice");
    // A recorded "No" is out of the brief's carriers, and out of its proposals.
    EXPECT_EQ(namesOf(themeCarriers(project, "th-log")),
              (std::vector<std::string>{"Organisation D", "Organisation B"}));
    // Setting again changes only what is given.
    editCarriers(project, {"Set", "Logement", "Organisation B", std::nullopt, std::string("Yes"), std::nullopt,
                           std::nullopt});
    ASSERT_EQ(project.carriers.size(), 3u);
    EXPECT_EQ(project.carriers[0].reason, "Un projet.");
    EXPECT_EQ(project.carriers[0].willing, Willingness::Yes);
    EXPECT_EQ(editCarriers(project, {"Remove", "Logement", "Organisation B", {}, {}, {}, {}}), "carrier.removed");
    EXPECT_EQ(project.carriers.size(), 2u);
}

TEST(CarriersOnEvidence, NotesWithTheTypographicApostropheNameATheme) {
    Project project = argumentProject();
    project.themes.push_back(Theme{"th-acc", "Accès à l'emploi", "", "", ""});
    project.findOrganisation("org-D")->notes = "Travaille sur l’accès à l’emploi des jeunes.";
    EXPECT_EQ(namesOf(carrierCandidates(project, "th-acc")), (std::vector<std::string>{"Organisation D"}));
}

TEST(CarriersOnEvidence, BadInputIsRefusedAndNothingChanges) {
    Project project = argumentProject();
    const auto set = [&](CarrierEdit edit) { return errorKey([&] { editCarriers(project, edit); }); };
    EXPECT_EQ(set({"Set", "Inconnu", "Organisation A", {}, {}, {}, {}}), "theme.unknown");
    EXPECT_EQ(set({"Set", "Logement", "Hors registre", {}, {}, {}, {}}), "carrier.not_in_register");
    EXPECT_EQ(set({"Set", "Logement", "Organisation A", std::string("Money"), {}, {}, {}}), "args.bad_choice");
    EXPECT_EQ(set({"Set", "Logement", "Organisation A", {}, std::string("Maybe"), {}, {}}), "args.bad_choice");
    EXPECT_EQ(set({"Drop", "Logement", "Organisation A", {}, {}, {}, {}}), "args.bad_choice");
    EXPECT_EQ(set({"Remove", "Logement", "Organisation A", {}, {}, {}, {}}), "carrier.not_recorded");
    EXPECT_EQ(set({"Set", "", "Organisation A", {}, {}, {}, {}}), "args.missing");
    EXPECT_TRUE(project.carriers.empty());
}

TEST(ArgumentBrief, PartsAsWrittenAndTheMissingOnesLeftOut) {
    Project project = argumentProject();
    editAnalysis(project, {"Logement", std::string("Knot"),
                           {{AnalysisPart::Problem, "Les loyers montent."}, {AnalysisPart::Proposal, "Un chantier."}}});
    const Brief brief = composeBrief(project, "Logement");
    EXPECT_EQ(brief.kind, ThemeKind::Knot);
    ASSERT_EQ(brief.parts.size(), 2u);
    EXPECT_EQ(brief.parts[0].second, "Les loyers montent.");
    EXPECT_EQ(brief.missingParts,
              (std::vector<AnalysisPart>{AnalysisPart::Causes, AnalysisPart::Existing, AnalysisPart::Tensions}));
    EXPECT_EQ(brief.problem, "Les loyers montent.");
    EXPECT_EQ(composeBrief(project, "Santé").parts.size(), 0u);
    EXPECT_EQ(composeBrief(project, "Santé").problem, "");  // no description, no analysis
}

TEST(ArgumentBrief, NoCapOfSixQuotesKeyQuotesFirstSpeakerNamed) {
    Project project = argumentProject();
    setKeyQuote(project, "pa-13", {"Logement"}, true);  // a passage of a sub-theme may be a key quote of its parent
    const Brief brief = composeBrief(project, "Logement");
    EXPECT_EQ(brief.quotes.size(), 13u);  // every passage, up to what the fitting will keep
    EXPECT_EQ(brief.quotes[0].passageId, "pa-13");
    EXPECT_TRUE(brief.quotes[0].key);
    EXPECT_EQ(brief.quotes[0].speaker, "travailleur social");
    EXPECT_EQ(brief.quotesLeftOut, 0);
    EXPECT_EQ(brief.subThemes, (std::vector<std::pair<std::string, int>>{{"Insalubrité", 1}}));
}

TEST(ArgumentBrief, AMemoSpeaksOnlyForTheThemeItWasWrittenFor) {
    const Project project = argumentProject();
    const Brief housing = composeBrief(project, "Logement");
    const Brief health = composeBrief(project, "Santé");
    EXPECT_TRUE(housing.questions.empty());
    EXPECT_TRUE(housing.findings.empty());
    EXPECT_EQ(health.findings, (std::vector<std::string>{"Le médecin traitant manque."}));
    EXPECT_EQ(health.questions.size(), 1u);
}

TEST(ArgumentBrief, NoQuoteInTwoBriefsWhileAnotherWouldDo) {
    const Project project = argumentProject();
    BriefOptions options;
    options.quotes = 3;
    const std::vector<Brief> briefs = composeBriefs(project, {"Santé", "Logement"}, options);
    std::set<std::string> health;
    for (const BriefQuote& quote : briefs[0].quotes)
        health.insert(quote.passageId);
    for (const BriefQuote& quote : briefs[1].quotes)
        EXPECT_FALSE(health.count(quote.passageId)) << quote.passageId;
    // When nothing else would do, a passage may be quoted again.
    options.quotes = 16;
    const std::vector<Brief> again = composeBriefs(project, {"Logement", "Santé"}, options);
    ASSERT_GE(again[1].quotes.size(), 2u);
    EXPECT_EQ(again[1].quotes[0].passageId, "pa-14");  // the one passage on health not quoted about housing first
    std::set<std::string> housing;
    for (const BriefQuote& quote : again[0].quotes)
        housing.insert(quote.passageId);
    for (std::size_t i = 1; i < again[1].quotes.size(); ++i)  // then those quoted elsewhere, to fill the room
        EXPECT_TRUE(housing.count(again[1].quotes[i].passageId)) << again[1].quotes[i].passageId;
}

TEST(ArgumentBrief, OnlyTheQuotesADocumentHoldsCountAsQuoted) {
    const Project project = argumentProject();
    BriefOptions options;
    options.quotes = 16;
    // The document holds one quote of the brief on housing: the others stay free for the next.
    const std::vector<Brief> briefs = composeBriefs(project, {"Logement", "Santé"}, options, [](Brief brief) {
        if (brief.title == "Logement") {
            brief.quotesLeftOut += static_cast<int>(brief.quotes.size()) - 1;
            brief.quotes.resize(1);
        }
        return brief;
    });
    ASSERT_EQ(briefs[0].quotes.size(), 1u);
    // Passages on both themes that the first brief's pages leave out come fresh in the second, before the one it
    // quotes (without the cut, only pa-14 would).
    std::size_t fresh = 0;
    while (fresh < briefs[1].quotes.size() && briefs[1].quotes[fresh].passageId != briefs[0].quotes[0].passageId)
        ++fresh;
    EXPECT_GT(fresh, 1u);
}

TEST(ArgumentBrief, RecordedCarriersExactlyWithReasonAndOwnWordsElseMarkedProposals) {
    Project project = argumentProject();
    BriefOptions two;
    two.quotes = 2;  // so that each organisation has words of its own left beside the quotes
    Brief brief = composeBrief(project, "Logement", two);
    EXPECT_EQ(namesOf(brief.carriers), (std::vector<std::string>{"Organisation A", "Organisation B", "Organisation D"}));
    for (const Carrier& carrier : brief.carriers)
        EXPECT_FALSE(carrier.recorded);
    EXPECT_FALSE(brief.carriers[0].ownWords.empty());
    EXPECT_TRUE(brief.carriers[2].ownWords.empty());  // D was never interviewed: its notes are its evidence
    editCarriers(project, {"Set", "Logement", "Organisation B", std::string("Expertise"), std::string("Yes"),
                           std::nullopt, std::string("Un projet d’habitat solidaire.")});
    brief = composeBrief(project, "Logement", two);
    ASSERT_EQ(namesOf(brief.carriers), (std::vector<std::string>{"Organisation B"}));
    EXPECT_TRUE(brief.carriers[0].recorded);
    EXPECT_EQ(brief.carriers[0].reason, "Un projet d’habitat solidaire.");
    EXPECT_NE(brief.carriers[0].ownWords.find("B dit"), std::string::npos);
}

TEST(ArgumentCodebook, TheArgumentFollowsAMergedThemeAndGoesWithADeletedOne) {
    Project project = argumentProject();
    editAnalysis(project, {"Insalubrité", std::string("Knot"), {{AnalysisPart::Problem, "Des logements insalubres."}}});
    editCarriers(project, {"Set", "Insalubrité", "Organisation B", {}, std::string("Yes"), {}, {}});
    editCarriers(project, {"Set", "Santé", "Organisation C", {}, std::string("Yes"), {}, {}});
    setKeyQuote(project, "pa-13", {"Insalubrité"}, true);
    mergeTheme(project, "Insalubrité", "Logement");
    ASSERT_NE(project.findAnalysis("th-log"), nullptr);
    EXPECT_EQ(project.findAnalysis("th-log")->problem, "Des logements insalubres.");
    EXPECT_EQ(project.carriers[0].themeId, "th-log");
    EXPECT_EQ(project.findPassageMark("pa-13")->keyQuoteThemeIds, (std::vector<std::string>{"th-log"}));
    deleteTheme(project, "Santé", true);
    EXPECT_EQ(project.carriers.size(), 1u);
    EXPECT_EQ(project.findPassageMark("pa-13")->keyQuoteThemeIds, (std::vector<std::string>{"th-log"}));
}

TEST(ArgumentProgramme, CarriersAreCappedAndTheRestIsOpen) {
    Project project = argumentProject();
    editCarriers(project, {"Set", "Logement", "Organisation B", {}, std::string("Yes"), {}, {}});
    project.cycle.start = "2027-01";
    project.committee.slots = {{1, "th-log"}};
    const Programme programme = planProgramme(project, programmeStart(project, std::nullopt, "2026-12-02"));
    const PlannedSlot& slot = programme.slots[0];
    ASSERT_EQ(slot.carriers.size(), 1u);
    EXPECT_EQ(slot.carriers[0].carrier.name, "Organisation B");
    EXPECT_EQ(slot.carriers[0].places, 8);
    EXPECT_EQ(slot.openPlaces, 32);
}

}  // namespace
}  // namespace ets
