#include "core/odf/odt_paragraphs.hpp"

#include "core/analysis/theme_analysis.hpp"

#include "core/odf/zip_entry.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>

namespace ets {
namespace {

namespace fs = std::filesystem;

const std::string kOpen =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="ETS_20_Argumentaire_20__2013__20_Texte"/>
 <style:style style:name="P2" style:family="paragraph" style:parent-style-name="ETS_20_Argumentaire_20__2013__20_Intertitre"/>
</office:automatic-styles>
<office:body><office:text>)";
const std::string kClose = "</office:text></office:body></office:document-content>";

// An .odt holding `content` as its content.xml (and a mimetype, as LibreOffice writes it first).
fs::path odtWith(const std::string& content) {
    const fs::path folder = uniqueTempFolder("ets-odt");
    fs::create_directories(folder);
    const fs::path file = folder / "analyse.odt";
    int code = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    EXPECT_NE(archive, nullptr);
    static const std::string mimetype = "application/vnd.oasis.opendocument.text";
    zip_file_add(archive, "mimetype", zip_source_buffer(archive, mimetype.data(), mimetype.size(), 0), 0);
    zip_file_add(archive, "content.xml", zip_source_buffer(archive, content.data(), content.size(), 0), 0);
    EXPECT_EQ(zip_close(archive), 0);
    return file;
}

TEST(OdtParagraphs, ReadsTheBodyAsWriterEnumeratesIt) {
    const fs::path file = odtWith(
        kOpen +
        R"(<text:h text:style-name="ETS_20_Argumentaire_20__2013__20_Intertitre" text:outline-level="2">Le problème</text:h>
<text:p text:style-name="P1">Des loyers<text:s text:c="3"/>trop <text:span text:style-name="T1">chers<text:note><text:note-body><text:p>Note.</text:p></text:note-body></text:note></text:span>.<office:annotation><dc:creator>Claire</dc:creator><text:p>Un commentaire</text:p></office:annotation></text:p>
<text:p text:style-name="P2">Ce qui le produit</text:p>
<text:list><text:list-item><text:p>Un point<text:tab/>tabulé<text:line-break/>puis à la ligne</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Dans un tableau</text:p></table:table-cell></table:table-row></table:table>
<text:section text:name="S"><text:p><text:a xlink:href="x" xmlns:xlink="http://www.w3.org/1999/xlink">Un lien</text:a><draw:frame><draw:text-box><text:p>Cadre</text:p></draw:text-box></draw:frame></text:p></text:section>
)" + kClose);
    const std::vector<OdtParagraph> paragraphs = readOdtParagraphs(file);
    ASSERT_EQ(paragraphs.size(), 5u);
    EXPECT_EQ(paragraphs[0].outlineLevel, 2);
    EXPECT_EQ(paragraphs[0].style, "ETS Argumentaire – Intertitre");
    EXPECT_EQ(paragraphs[0].text, "Le problème");
    EXPECT_EQ(paragraphs[1].outlineLevel, 0);
    EXPECT_EQ(paragraphs[1].style, "ETS Argumentaire – Texte");  // the automatic style's parent
    EXPECT_EQ(paragraphs[1].text, "Des loyers   trop chers.");
    EXPECT_EQ(paragraphs[2].style, "ETS Argumentaire – Intertitre");
    EXPECT_EQ(paragraphs[3].text, "Un point\ttabulé\npuis à la ligne");
    EXPECT_EQ(paragraphs[4].text, "Un lien");
    fs::remove_all(file.parent_path());
}

TEST(OdtParagraphs, AnAnalysisDocumentsHeadingsByOutlineOrStyle) {
    const Catalogue texts = Catalogue::fromJsonText(
        R"({"brief.style.heading": "ETS Argumentaire – Intertitre", "brief.style.title": "ETS Argumentaire – Titre"})");
    const std::vector<DocumentLine> lines = analysisLines(
        {{2, "Heading 2", "Causes"}, {0, "ETS Argumentaire – Intertitre", "Existant"}, {0, "Text body", "Du texte"}},
        texts);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_TRUE(lines[0].heading);
    EXPECT_TRUE(lines[1].heading);
    EXPECT_FALSE(lines[2].heading);
    EXPECT_EQ(lines[2].text, "Du texte");
}

TEST(OdtParagraphs, StyleNamesAsAPersonSeesThem) {
    EXPECT_EQ(decodedStyleName("ETS_20_Argumentaire_20__2013__20_Titre"), "ETS Argumentaire – Titre");
    EXPECT_EQ(decodedStyleName("Heading_20_2"), "Heading 2");
    EXPECT_EQ(decodedStyleName("a_b_c"), "a_b_c");  // « b » is hex, but not between two « _ » of a code: kept
    EXPECT_EQ(decodedStyleName("_zz_"), "_zz_");
    EXPECT_EQ(decodedStyleName("x_d800_"), "x_d800_");  // never half a character
}

TEST(OdtParagraphs, WhatIsNotAReadableOdtIsRefusedClearly) {
    auto refusal = [](const fs::path& file) {
        try {
            readOdtParagraphs(file);
        } catch (const Error& error) {
            return error.key();
        }
        return std::string("accepted");
    };
    const fs::path folder = uniqueTempFolder("ets-odt-bad");
    fs::create_directories(folder);
    EXPECT_EQ(refusal(folder / "absent.odt"), "odt.unreadable");
    std::ofstream(folder / "texte.odt") << "pas un zip";
    EXPECT_EQ(refusal(folder / "texte.odt"), "odt.unreadable");
    EXPECT_EQ(refusal(odtWith("<pas du xml")), "odt.unreadable");
    EXPECT_EQ(refusal(odtWith("<!DOCTYPE x [<!ENTITY a \"b\">]>" + kOpen.substr(kOpen.find("<office:")) + kClose)),
              "odt.unreadable");
    std::string deep = kOpen + "<text:p>";
    for (int i = 0; i < 100000; ++i)
        deep += "<text:span>";
    EXPECT_EQ(refusal(odtWith(deep + "x")), "odt.unreadable");  // malformed and far too deep: no stack overflow
    std::string nested = kOpen;
    for (int i = 0; i < 250; ++i)
        nested += "<text:section>";
    nested += "<text:p>x</text:p>";
    for (int i = 0; i < 250; ++i)
        nested += "</text:section>";
    EXPECT_EQ(refusal(odtWith(nested + kClose)), "odt.unreadable");
    OdtLimits small;
    small.maxContentBytes = 100;
    EXPECT_THROW(readOdtParagraphs(odtWith(kOpen + kClose), small), Error);
    fs::remove_all(folder);
}

TEST(ZipEntry, AnEntryBeyondItsCeilingIsNotRead) {
    const fs::path file = odtWith(kOpen + kClose);
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(zipEntry(bytes, "CONTENT.XML", 1 << 20).has_value());  // any capitals
    EXPECT_FALSE(zipEntry(bytes, "content.xml", 10).has_value());
    EXPECT_FALSE(zipEntry(bytes, "styles.xml", 1 << 20).has_value());
    EXPECT_FALSE(zipEntry("pas un zip", "content.xml", 1 << 20).has_value());
    fs::remove_all(file.parent_path());
}

}  // namespace
}  // namespace ets
