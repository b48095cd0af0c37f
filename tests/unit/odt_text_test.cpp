#include "core/odf/odt_text.hpp"

#include "core/analysis/deliverable_body.hpp"
#include "core/odf/odt_paragraphs.hpp"
#include "core/odf/zip_entry.hpp"
#include "core/text/error.hpp"
#include "core/analysis/brief_document.hpp"
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

// A styles.xml as the office writes one, with every style names() gives (each under an encoded name of its own).
std::string stylesXml() {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles "
                      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                      "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:styles>";
    for (int role = 0; role <= int(ParagraphRole::Interviewee); ++role)
        xml += "<style:style style:name=\"Role_20_" + std::to_string(role) + "\" style:display-name=\"Role " +
               std::to_string(role) + "\" style:family=\"paragraph\"/>";
    xml += "<style:style style:name=\"Item_20__26__20_co\" style:display-name=\"Item &amp; co\" "
           "style:family=\"paragraph\"/>"
           "<style:style style:name=\"Bold_20__3c_b_3e_\" style:display-name=\"Bold &lt;b&gt;\" style:family=\"text\"/>"
           "<style:style style:name=\"Contents_20_Heading\" style:display-name=\"Contents Heading\" "
           "style:family=\"paragraph\"/><style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" "
           "style:family=\"paragraph\"/><style:style style:name=\"Index_20_Link\" style:display-name=\"Index Link\" "
           "style:family=\"text\"/><text:list-style style:name=\"List_20_1\" style:display-name=\"List 1\"/>"
           "</office:styles><office:master-styles><style:master-page style:name=\"Standard\"/>"
           "<style:master-page style:name=\"First_20_Page\" style:display-name=\"First Page\"/>"
           "</office:master-styles></office:document-styles>";
    return xml;
}

OdtText odtText(const std::string& typography = "") { return OdtText(names(), typography, 17000, stylesXml()); }

// The paragraphs Writer's own reading of content.xml finds (core/odf/odt_paragraphs), from the package on disk.
std::vector<OdtParagraph> readBack(const OdtText& text) {
    const fs::path folder = uniqueTempFolder("ets-odt-text");
    fs::create_directories(folder);
    const fs::path file = folder / "body.odt";
    std::ofstream(file, std::ios::binary) << text.package(odtMetaXml("ETS Workbench", "2026-12-02T10:00:00"));
    std::vector<OdtParagraph> paragraphs = readOdtParagraphs(file);
    fs::remove_all(folder);
    return paragraphs;
}

TEST(OdtText, SpacesTabsAndLineBreaksComeBackAsWritten) {
    OdtText text = odtText();
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
    OdtText text = odtText();
    text.paragraph(
        {ParagraphRole::BriefBody, std::string("bell\x07 nul") + '\0' + "x \xFF\xFE broken \xC3 \xEF\xBF\xBF end"});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].text, "bell nulx  broken   end");
}

TEST(OdtText, ParagraphsTakeTheDocumentsStylesUnderTheirEncodedNames) {
    OdtText text = odtText();
    text.paragraph({ParagraphRole::BriefTitle, "Title"});
    text.paragraph({ParagraphRole::BriefItem, "Item"});
    text.paragraph({ParagraphRole::BriefBody, "Body", CharacterSpan{CharacterRole::Organisation, 0, 2}});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].outlineLevel, 1);  // a heading, as the table of contents finds it
    EXPECT_EQ(read[2].outlineLevel, 0);
    EXPECT_EQ(read[0].style, "Role " + std::to_string(int(ParagraphRole::BriefTitle)));
    EXPECT_EQ(read[1].style, "Item & co");
    const std::string xml = text.contentXml();
    EXPECT_NE(xml.find("<text:span text:style-name=\"Bold_20__3c_b_3e_\">Bo</text:span>dy</text:p>"), std::string::npos)
        << xml;
}

TEST(OdtText, AStyleTheDocumentLacksIsRefusedNotReplaced) {
    OdtStyleNames missing = names();
    missing.paragraph = [](ParagraphRole) { return std::string("Nowhere"); };
    OdtText text(missing, "", 17000, stylesXml());
    EXPECT_THROW(text.paragraph({ParagraphRole::BriefBody, "x"}), Error);
    EXPECT_THROW(OdtText(names(), "", 17000, "<not xml"), Error);
}

TEST(OdtText, APageStyleStartsWithTheNextParagraph) {
    OdtText text = odtText();
    text.startPage("First Page");
    text.paragraph({ParagraphRole::Cover, "Cover"});
    text.paragraph({ParagraphRole::Cover, "Second"});
    const std::string xml = text.contentXml();
    EXPECT_NE(xml.find("<style:style style:name=\"etsPage1\" style:family=\"paragraph\" style:parent-style-name=\"Role_20_" +
                       std::to_string(int(ParagraphRole::Cover)) + "\" style:master-page-name=\"First_20_Page\">"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<text:p text:style-name=\"etsPage1\">Cover</text:p><text:p text:style-name=\"Role_20_"),
              std::string::npos);
    EXPECT_EQ(xml.find("etsPage2"), std::string::npos);
}

TEST(OdtText, TheTableOfContentsListsEveryFirstLevelHeadingWithItsLinkAndPage) {
    OdtText text = odtText("fr");
    text.markHeadings("mark-");
    text.paragraph({ParagraphRole::Cover, "Cover"});
    text.contents("Sommaire");
    text.paragraph({ParagraphRole::BriefTitle, "Logement : accès"});
    text.paragraph({ParagraphRole::BriefHeading, "Not listed"});  // level 2
    text.paragraph({ParagraphRole::BriefTitle, "Santé"});
    text.headingPages({3, 12});
    ASSERT_EQ(text.headingMarks(), (std::vector<std::string>{"mark-1", "mark-2"}));
    const std::string xml = text.contentXml();
    const std::size_t contents = xml.find("<text:table-of-content ");
    ASSERT_NE(contents, std::string::npos) << xml;
    EXPECT_LT(xml.find(">Cover</text:p>"), contents);
    EXPECT_LT(contents, xml.find("<text:bookmark text:name=\"mark-1\"/>Logement"));
    EXPECT_NE(xml.find("<text:a xlink:type=\"simple\" xlink:href=\"#mark-1\" text:style-name=\"Index_20_Link\" "
                       "text:visited-style-name=\"Index_20_Link\">Logement\u00A0: accès<text:tab/>3</text:a>"),
              std::string::npos)
        << xml;
    EXPECT_NE(xml.find("Santé<text:tab/>12</text:a>"), std::string::npos);
    EXPECT_EQ(xml.find("Not listed<text:tab/>"), std::string::npos);
    EXPECT_NE(xml.find("<text:index-entry-page-number/>"), std::string::npos);  // Writer's « Update » rebuilds it
    EXPECT_NE(xml.find("style:position=\"170.00mm\" style:type=\"right\""), std::string::npos);
    // The package as a whole is what the office and the project's reader read.
    const std::vector<OdtParagraph> read = readBack(text);
    EXPECT_EQ(read.front().text, "Cover");
}

TEST(OdtText, MetaSaysTheTextsFiguresSoThatWriterNeedNotCountThem) {
    OdtText text = odtText("fr");
    text.paragraph({ParagraphRole::BriefTitle, "Logement : accès"});  // « : » after a no-break space: 2 words
    text.paragraph({ParagraphRole::BriefBody, "  deux  mots "});
    ParagraphTable table;
    table.columnEnds = {5000};
    table.rows = {{{ParagraphRole::TableHeading, "A"}, {ParagraphRole::TableHeading, "B"}}};
    text.table(table);
    const OdtStatistics figures = text.statistics(3);
    EXPECT_EQ(figures.pages, 3);
    EXPECT_EQ(figures.paragraphs, 4);
    EXPECT_EQ(figures.tables, 1);
    EXPECT_EQ(figures.words, 2 + 2 + 2);
    EXPECT_EQ(figures.nonWhitespaceCharacters, 14 + 8 + 2);
    const std::string meta = odtMetaXml("ETS Workbench", "2026-12-02T10:00:00", figures);
    EXPECT_NE(meta.find("meta:page-count=\"3\" meta:paragraph-count=\"4\" meta:word-count=\"6\""), std::string::npos)
        << meta;
}

TEST(OdtText, ThePackageHoldsTheStylesAndMetaItWasGiven) {
    OdtText text = odtText();
    text.paragraph({ParagraphRole::BriefBody, "x"});
    const std::string package = text.package(odtMetaXml("ETS Workbench", "2026-12-02T10:00:00"));
    EXPECT_EQ(zipEntry(package, "styles.xml", 1 << 20), stylesXml());
    const std::optional<std::string> meta = zipEntry(package, "meta.xml", 1 << 20);
    ASSERT_TRUE(meta);
    EXPECT_NE(meta->find("<meta:creation-date>2026-12-02T10:00:00</meta:creation-date>"), std::string::npos);
}

TEST(OdtText, BulletedParagraphsThatFollowEachOtherMakeOneList) {
    OdtText text = odtText();
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
    EXPECT_NE(xml.find("<text:list text:style-name=\"List_20_1\">"), std::string::npos);
    EXPECT_EQ(readBack(text).size(), 4u);
}

TEST(OdtText, ATableHasItsColumnsItsRepeatedHeadingAndRowsNeverCut) {
    OdtText text = odtText();
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
    OdtText text = odtText("fr");
    text.paragraph({ParagraphRole::BriefBody, "Pourquoi ? C'est dit : oui."});
    const std::vector<OdtParagraph> read = readBack(text);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0].text, "Pourquoi\u202F? C\u2019est dit\u00A0: oui.");
}

TEST(OdtText, ThePackageStartsWithItsStoredMimeType) {
    OdtText text = odtText();
    text.paragraph({ParagraphRole::BriefBody, "x"});
    const std::string package = text.package(odtMetaXml("ETS Workbench", "2026-12-02T10:00:00"));
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
    OdtText text = odtText("fr");
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

    // Written again as the office fitted it: its strongest quote kept, the other counted in the note, no bookmark.
    OdtText fitted = odtText("fr");
    const BriefMarks kept = writeBrief(fitted, brief, french, "b1-", 1);
    const std::string again = fitted.contentXml();
    EXPECT_EQ(again.find("<text:bookmark"), std::string::npos);
    EXPECT_NE(again.find("On attend"), std::string::npos);
    EXPECT_EQ(again.find("Pas de réponse"), std::string::npos);
    EXPECT_NE(again.find(quotesLeftOutNote(french, 1)), std::string::npos) << again;
}

}  // namespace
}  // namespace ets
