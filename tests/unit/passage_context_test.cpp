#include "core/coding/passage_context.hpp"

#include "core/coding/memory_transcript.hpp"
#include "core/coding/passage_index.hpp"
#include "core/coding/tagging.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

const std::string kNbsp = "\xC2\xA0";

TEST(PassageContext, APassageInsideItsTurnHasItsSpeakerAndTheSentenceItContinues) {
    const PassageContext context =
        passageContext({"Directrice" + kNbsp + ": On a essayé le guichet unique. Ça n’a pas tenu, ", "Q : Et alors ?"},
                       "parce que les gens ne venaient plus.");
    EXPECT_EQ(context.speaker, "Directrice");
    EXPECT_EQ(context.leadIn, "Ça n’a pas tenu,");
    EXPECT_EQ(context.prompt, "");
}

TEST(PassageContext, AfterAFullSentenceTheLeadInIsThatSentence) {
    const PassageContext context =
        passageContext({"Assistante sociale : Au début, on y croyait. On a tout essayé. ", ""}, "Et rien n’a marché.");
    EXPECT_EQ(context.speaker, "Assistante sociale");
    EXPECT_EQ(context.leadIn, "On a tout essayé.");
}

TEST(PassageContext, ASentenceQuotedInsideAnotherDoesNotEndIt) {
    const PassageContext context = passageContext(
        {"Accueillante : Des dames me disent « madame, vous pouvez faire le code ? ». ", ""}, "Elles me donnent leur code.");
    EXPECT_EQ(context.leadIn, "Des dames me disent « madame, vous pouvez faire le code ? ».");
    EXPECT_EQ(passageContext({"Lui : Il a crié (« stop ! ») puis il est parti. ", ""}, "Et nous aussi.").leadIn,
              "Il a crié (« stop ! ») puis il est parti.");
}

TEST(PassageContext, APassageOpeningItsTurnAnswersTheTurnBefore) {
    const PassageContext context = passageContext(
        {"Coordinatrice : ", "Intervieweur : Merci. Et le CPAS, vous travaillez avec eux ?"}, "Oui, tous les jours.");
    EXPECT_EQ(context.speaker, "Coordinatrice");
    EXPECT_EQ(context.leadIn, "");
    EXPECT_EQ(context.prompt, "Et le CPAS, vous travaillez avec eux ?");
}

TEST(PassageContext, APassageTakingItsLabelWithItStillNamesItsSpeaker) {
    const PassageContext context = passageContext({"", "Intervieweur : Et ensuite ?"}, "Éducateur : Ensuite on part.");
    EXPECT_EQ(context.speaker, "Éducateur");
    EXPECT_EQ(context.prompt, "Et ensuite ?");
}

TEST(PassageContext, NoLabelWhereTheColonIsNotOne) {
    // A time, a long sentence before a colon: not a speaker.
    EXPECT_EQ(passageContext({"À 10:30 on ouvre. ", ""}, "Puis on ferme.").speaker, "");
    EXPECT_EQ(passageContext({"Passage 3 : on en parle, ", ""}, "longuement.").speaker, "");
    EXPECT_EQ(passageContext({"Il nous a dit une chose très simple et très dure ce jour-là : ", ""}, "partez.").speaker,
              "");
    EXPECT_EQ(passageContext({"Il nous a dit une chose très simple et très dure ce jour-là : ", ""}, "partez.").leadIn,
              "Il nous a dit une chose très simple et très dure ce jour-là :");
}

TEST(PassageContext, ALongLeadInKeepsItsEndCutBetweenWords) {
    std::string sentence = "Directrice : ";
    for (int i = 0; i < 60; ++i)
        sentence += "mot" + std::to_string(i) + " ";
    const PassageContext context = passageContext({sentence, ""}, "et voilà.");
    EXPECT_LE(context.leadIn.size(), kMostContextBytes + 8);
    EXPECT_EQ(context.leadIn.rfind("[\xE2\x80\xA6] ", 0), 0u);
    EXPECT_EQ(context.leadIn.substr(context.leadIn.size() - 5), "mot59");
    EXPECT_EQ(context.leadIn.find("mot1 "), std::string::npos);
}

TEST(PassageContext, QuotesThatLeanOnWhatCameBefore) {
    for (const char* leaning :
         {"et puis on arrête.", "Et puis on arrête.", "Mais personne ne vient.", "Ça, c’est dur.", "C’est le problème.",
          "C'est le problème.", "Ils ne viennent plus.", "Oui, souvent.", "… et on recommence.", "Là, on ne sait plus.",
          "And then they left.", "Maar dat lukt niet.", "Donc on a arrêté.", "Voilà, c’est tout.",
          "à la fin du mois, plus rien."})
        EXPECT_FALSE(standsAlone(leaning)) << leaning;
    for (const char* alone : {"Les familles attendent huit ans un logement social.", "Il faut du temps.",
                              "À mon avis, le CPAS est débordé.", "Ce matin encore, trois personnes à la rue.",
                              "En 2025, on a doublé.", "Housing First marche.", "Étonnamment, personne ne râle.", ""})
        EXPECT_TRUE(standsAlone(alone)) << alone;
}

TEST(PassageContext, AQuoteLosesTheLabelItTookWithIt) {
    EXPECT_EQ(withoutLabel("Directrice : On a tout essayé."), "On a tout essayé.");
    EXPECT_EQ(withoutLabel("Directrice" + kNbsp + ": On a tout essayé."), "On a tout essayé.");
    EXPECT_EQ(withoutLabel("On a tout essayé : rien."), "On a tout essayé : rien.");
}

TEST(PassageContext, TaggingAndIndexingReadTheContextFromTheTranscript) {
    MemoryTranscript transcript("Intervieweur : Et le logement ?\nDirectrice : Oui. C’est le premier problème, et "
                                "de loin.\nIntervieweur : Merci.");
    Project project;
    TagRequest request;
    request.themes = {"Logement"};
    request.coder = "Claire";
    tagSpan(project, "t/a.odt", transcript, *transcript.spanOf("Oui."), request);
    tagSpan(project, "t/a.odt", transcript, *transcript.spanOf("et de loin."), request);
    ASSERT_EQ(project.passages.size(), 2u);
    auto check = [&](const Project& indexed) {
        const Passage& yes = indexed.passages[0].text == "Oui." ? indexed.passages[0] : indexed.passages[1];
        const Passage& far = indexed.passages[0].text == "Oui." ? indexed.passages[1] : indexed.passages[0];
        EXPECT_EQ(yes.speaker, "Directrice");
        EXPECT_EQ(yes.prompt, "Et le logement ?");
        EXPECT_EQ(yes.leadIn, "");
        EXPECT_EQ(far.speaker, "Directrice");
        EXPECT_EQ(far.leadIn, "C’est le premier problème,");
    };
    check(project);
    Project reindexed = project;
    reindexed.passages.clear();
    indexTranscript(reindexed, "t/a.odt", transcript.records(), transcript.anchors());
    check(reindexed);
}

}  // namespace
}  // namespace ets
