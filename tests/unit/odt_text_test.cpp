#include "core/odf/odt_text.hpp"

#include "core/analysis/deliverable_body.hpp"
#include "core/odf/odt_paragraphs.hpp"
#include "core/odf/zip_entry.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace ets {
namespace {

namespace fs = std::filesystem;

OdtStyleNames names() {
    OdtStyleNames names;
    names.paragraph = [](ParagraphRole role) {
        return role == ParagraphRole::BriefItem ? std::string("Item & co") : "Role " + std::to_string(int(role));
    };
    names.character = [](CharacterRole) { return std::string("Bold <b>"); };
    return names;
}

// The paragraphs Writer's own reading of content.xml finds (core/odf/odt_paragraphs), from the package on disk.
std::vector<OdtParagraph> readBack(const OdtText& text) {
    const fs::path folder = uniqueTempFolder("ets-odt-text");
    fs::create_directories(folder);
    const fs::path file = folder / "body.odt";
    std::ofstream(file, std::ios::binary) << text.package();
    std::vector<OdtParagraph> paragraphs = readOdtParagraphs(file);
    fs::remove_all(folder);
    return paragraphs;
}

TEST(OdtText, SpacesTabsAndLineBreaksComeBackAsWritten) {
    OdtText text(names(), "", 17000);
    for (const char* line : {"  two leading", "a  b   c ", "tab\there", "line\nbreak", "x < y & z > w"})
        text.paragraph({ParagraphRole::BriefBody, line});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 5u);
    EXPECT_EQ(read[0].text, "  two leading");
    EXPECT_EQ(read[1].text, "a  b   c ");
    EXPECT_EQ(read[2].text, "tab\there");
    EXPECT_EQ(read[3].text, "line\nbreak");
    EXPECT_EQ(read[4].text, "x < y & z > w");
}

TEST(OdtText, WhatXmlCannotHoldIsDroppedNeverAnUnreadablePackage) {
    OdtText text(names(), "", 17000);
    text.paragraph(
        {ParagraphRole::BriefBody, std::string("bell\x07 nul") + '\0' + "x \xFF\xFE broken \xC3 \xEF\xBF\xBF end"});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].text, "bell nulx  broken   end");
}

TEST(OdtText, ParagraphsNameTheDocumentsStylesByTheirDisplayNames) {
    OdtText text(names(), "", 17000);
    text.paragraph({ParagraphRole::BriefTitle, "Title"});
    text.paragraph({ParagraphRole::BriefBody, "Body", CharacterSpan{CharacterRole::Organisation, 0, 2}});
    text.paragraph({ParagraphRole::BriefTitle, "Second title"});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].outlineLevel, 1);  // a heading, as the table of contents finds it
    EXPECT_EQ(read[1].outlineLevel, 0);
    EXPECT_EQ(read[0].style, read[2].style);  // one style, named once
    EXPECT_NE(read[0].style, read[1].style);
    const std::string styles = text.stylesXml();
    EXPECT_NE(styles.find("style:name=\"" + read[0].style + "\" style:display-name=\"Role " +
                          std::to_string(int(ParagraphRole::BriefTitle)) + "\" style:family=\"paragraph\""),
              std::string::npos)
        << styles;
    EXPECT_NE(styles.find("style:display-name=\"Bold &lt;b&gt;\" style:family=\"text\""), std::string::npos);
    EXPECT_NE(text.contentXml().find("<text:span text:style-name=\"etsC"), std::string::npos);
    EXPECT_NE(text.contentXml().find("\">Bo</text:span>dy</text:p>"), std::string::npos) << text.contentXml();
}

TEST(OdtText, BulletedParagraphsThatFollowEachOtherMakeOneList) {
    OdtText text(names(), "", 17000);
    text.paragraph({ParagraphRole::BriefItem, "one"});
    text.paragraph({ParagraphRole::BriefItem, "two"});
    text.paragraph({ParagraphRole::BriefBody, "between"});
    text.paragraph({ParagraphRole::BriefItem, "three"});
    const std::string xml = text.contentXml();
    std::size_t lists = 0;
    for (std::size_t at = xml.find("<text:list "); at != std::string::npos; at = xml.find("<text:list ", at + 1))
        ++lists;
    EXPECT_EQ(lists, 2u);
    EXPECT_NE(xml.find("two</text:p></text:list-item></text:list><text:p"), std::string::npos) << xml;
    EXPECT_NE(xml.rfind("three</text:p></text:list-item></text:list></office:text>"), std::string::npos) << xml;
    EXPECT_NE(text.stylesXml().find("<text:list-style style:name=\"etsL"), std::string::npos);
    EXPECT_NE(text.stylesXml().find("style:display-name=\"List 1\""), std::string::npos);
    EXPECT_EQ(readBack(text).size(), 4u);
}

TEST(OdtText, ATableHasItsColumnsItsRepeatedHeadingAndRowsNeverCut) {
    OdtText text(names(), "", 17000);
    ParagraphTable table;
    table.columnEnds = {3000, 7000};
    table.rows = {
        {{ParagraphRole::TableHeading, "A"}, {ParagraphRole::TableHeading, "B"}, {ParagraphRole::TableHeading, "C"}},
        {{ParagraphRole::TableText, "a"}}};  // a short row is filled with empty cells
    text.table(table);
    const std::string xml = text.contentXml();
    EXPECT_NE(xml.find("style:width=\"170.00mm\""), std::string::npos) << xml;
    EXPECT_NE(xml.find("rel-column-width=\"3000*\""), std::string::npos);
    EXPECT_NE(xml.find("rel-column-width=\"4000*\""), std::string::npos);
    EXPECT_NE(xml.find("fo:keep-together=\"always\""), std::string::npos);
    EXPECT_NE(xml.find("<table:table-header-rows><table:table-row"), std::string::npos);
    std::size_t cells = 0;
    for (std::size_t at = xml.find("<table:table-cell "); at != std::string::npos;
         at = xml.find("<table:table-cell ", at + 1))
        ++cells;
    EXPECT_EQ(cells, 6u);
}

TEST(OdtText, ParagraphsAreSetInTheTypographyOfTheirLanguage) {
    OdtText text(names(), "fr", 17000);
    text.paragraph({ParagraphRole::BriefBody, "Pourquoi ? C'est dit : oui."});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].text, "Pourquoi\u202F? C\u2019est dit\u00A0: oui.");
}

TEST(OdtText, ThePackageStartsWithItsStoredMimeType) {
    OdtText text(names(), "", 17000);
    text.paragraph({ParagraphRole::BriefBody, "x"});
    const std::string package = text.package();
    ASSERT_GT(package.size(), 80u);
    EXPECT_EQ(package.compare(0, 4, "PK\x03\x04"), 0);
    EXPECT_EQ(package.compare(8, 2, std::string(2, '\0')), 0);  // stored, not deflated
    EXPECT_EQ(package.compare(30, 8, "mimetype"), 0);
    EXPECT_EQ(package.compare(38, 39, "application/vnd.oasis.opendocument.text"), 0);
    EXPECT_TRUE(zipEntry(package, "META-INF/manifest.xml", 1 << 20).has_value());
}

TEST(DeliverableBody, EachBriefCarriesBookmarksOnItsTitleQuotesNoteAndLastParagraph) {
    const Catalogue french = Catalogue::load(ETS_STRINGS_DIR, "fr");
    Brief brief;
    brief.title = "Logement";
    brief.parts = {{AnalysisPart::Problem, "Trop cher."}};
    brief.quotes = {{"pa-1", "On attend.", "Org A", "2026-11-05", "infirmière", true},
                    {"pa-2", "Pas de réponse.", "Org B", "", "", false}};
    brief.organisations = 2;
    brief.interviews = 2;
    brief.passages = 2;
    OdtText text(names(), "fr", 17000);
    const BriefMarks marks = writeBrief(text, brief, french, "b1-");
    ASSERT_EQ(marks.quotes.size(), 2u);
    EXPECT_EQ(marks.quotesLeftOut, 0);
    const std::string xml = text.contentXml();
    for (const std::string& name : {marks.title, marks.quotes[0], marks.quotes[1], marks.leftOutNote, marks.last})
        EXPECT_NE(xml.find("<text:bookmark text:name=\"" + name + "\"/>"), std::string::npos) << name;
    // The title's bookmark opens the text; the first quote's stands before its words.
    EXPECT_NE(xml.find("<text:bookmark text:name=\"b1-title\"/>Logement"), std::string::npos);
    EXPECT_LT(xml.find("b1-quote-1"), xml.find("On attend"));
    EXPECT_LT(xml.find("On attend"), xml.find("b1-quote-2"));
    EXPECT_LT(xml.find("b1-quote-2"), xml.find("b1-note"));
}

}  // namespace
}  // namespace ets
