#include "core/coding/readable_copy.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

TEST(NotePlacement, PageByDefaultEndWhenAsked) {
    EXPECT_EQ(notePlacement(""), NotePlacement::PageFoot);
    EXPECT_EQ(notePlacement("Page"), NotePlacement::PageFoot);
    EXPECT_EQ(notePlacement("end"), NotePlacement::End);
    EXPECT_EQ(notePlacement("END"), NotePlacement::End);
}

TEST(NotePlacement, AnythingElseIsRefusedWithTheValue) {
    try {
        notePlacement("margin");
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "pdf.bad_notes");
        EXPECT_EQ(error.args(), std::vector<std::string>{"margin"});
    }
}

TEST(ReadableNote, TheCommentThenWhoAndWhenInWords) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    EXPECT_EQ(readableNote({"Thèmes\u00a0: Logement", "Marie", "2026-12-03"}, french),
              "Thèmes\u00a0: Logement\nMarie, 3 décembre 2026");
    const Catalogue english = Catalogue::load(ETS_STRINGS_DIR, "en");
    EXPECT_EQ(readableNote({"Themes: Housing", "Marie", "2026-12-03"}, english), "Themes: Housing\nMarie, December 3, 2026");
}

TEST(ReadableNote, NothingEmptyIsShown) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    EXPECT_EQ(readableNote({"Logement", "", "2026-12-03"}, french), "Logement\n3 décembre 2026");
    EXPECT_EQ(readableNote({"Logement", "Marie", ""}, french), "Logement\nMarie");
    EXPECT_EQ(readableNote({"Logement", "", ""}, french), "Logement");
    EXPECT_EQ(readableNote({"", "Marie", ""}, french), "Marie");
}

Project twoThemes() {
    Project project;
    project.themes.push_back(Theme{"t1", "Logement", "", "#FF0000", ""});
    project.themes.push_back(Theme{"t2", "Santé", "", "", ""});
    return project;
}

TEST(PassageTint, TheFirstThemesColourLightened) {
    const Project project = twoThemes();
    TagRecord record;
    record.themes = {{"t1", "Logement"}, {"t2", "Santé"}};
    EXPECT_EQ(passageTint(record, project), 0xFFBFBF);
}

TEST(PassageTint, FoundByNameWhenTheIdIsUnknownGreyWithoutColour) {
    const Project project = twoThemes();
    TagRecord byName;
    byName.themes = {{"elsewhere", "Logement"}};
    EXPECT_EQ(passageTint(byName, project), 0xFFBFBF);
    TagRecord noColour;
    noColour.themes = {{"t2", "Santé"}};
    EXPECT_EQ(passageTint(noColour, project), 0xE8E8E8);
    TagRecord unknown;
    unknown.themes = {{"t9", "Disparu"}};
    EXPECT_EQ(passageTint(unknown, project), 0xE8E8E8);
    EXPECT_EQ(passageTint(TagRecord{}, project), std::nullopt);
}

}  // namespace
}  // namespace ets
