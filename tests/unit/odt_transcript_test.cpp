#include "core/coding/odt_transcript.hpp"

#include "core/coding/passage_index.hpp"
#include "core/odf/odt_body.hpp"
#include "core/odf/zip_archive.hpp"
#include "core/project/opened_project.hpp"
#include "core/text/catalogue.hpp"
#include "core/text/error.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>

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
 xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>)";
const std::string kClose = "</office:text></office:body></office:document-content>";

const std::string kA = "ETS_0123456789ab";
const std::string kB = "ETS_ba9876543210";
const std::string kC = "ETS_00000000000c";

std::string start(const std::string& name) { return R"(<text:bookmark-start text:name=")" + name + R"("/>)"; }
std::string end(const std::string& name) { return R"(<text:bookmark-end text:name=")" + name + R"("/>)"; }
std::string comment(const std::string& anchor) {
    return R"(<office:annotation office:name="note-)" + anchor +
           R"("><dc:creator>Claire</dc:creator><text:p>Thèmes : Logement</text:p></office:annotation>)";
}

std::string meta(const std::string& tags) {
    std::string escaped;
    for (char c : tags)
        escaped += c == '"' ? std::string("&quot;") : c == '<' ? std::string("&lt;") : c == '&' ? "&amp;" : std::string(1, c);
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta>
<meta:user-defined meta:name="ETS.InterviewId">iv-1</meta:user-defined>
<meta:user-defined meta:name="ETS.Organisation">AMO Cerf-Volant</meta:user-defined>
<meta:user-defined meta:name="Mine">à moi</meta:user-defined>
<meta:user-defined meta:name="ETS.Tags">)" +
           escaped + "</meta:user-defined></office:meta></office:document-meta>";
}

const std::string kTags =
    R"({"version":1,"tags":[{"anchor":"ETS_0123456789ab","themes":[{"id":"th-1","name":"Logement"}],"memo":"m","coder":"Claire","created":"2026-11-05"},)"
    R"({"anchor":"ETS_ba9876543210","themes":[{"id":"th-2","name":"Non-recours"}],"memo":"","coder":"Samir","created":"2026-11-06"}]})";

// An .odt package holding these parts, written in a fresh folder.
fs::path odtFile(const std::string& content, const std::string& metaXml, const std::string& name = "t.odt") {
    const fs::path folder = uniqueTempFolder("ets-odt-transcript");
    fs::create_directories(folder);
    static const std::string mimetype = "application/vnd.oasis.opendocument.text";
    const std::string package = zipArchive({{"mimetype", &mimetype, true},
                                            {"content.xml", &content, false},
                                            {"meta.xml", &metaXml, false}});
    const fs::path file = folder / name;
    std::ofstream(file, std::ios::binary) << package;
    return file;
}

std::unique_ptr<OdtTranscript> fromBody(const std::string& body, const std::string& tags = kTags) {
    return odtTranscriptFromXml("t.odt", kOpen + body + kClose, meta(tags));
}

TEST(OdtTranscript, ReadsPassagesTextAndTagsAsWriterGivesThem) {
    const fs::path file = odtFile(
        kOpen +
            R"(<text:h text:outline-level="1">Entretien</text:h>
<text:p>Intervieweur : Et le logement<text:s text:c="2"/>?</text:p>
<text:p><text:span>Directrice :</text:span> Les familles )" +
            start(kA) + comment(kA) + R"(ne trouvent <text:span>plus</text:span> rien)" + end(kA) +
            R"(.<text:tab/>😀 )" + start(kB) + R"(Même à)" + R"(<text:line-break/>deux)" +
            R"(<text:bookmark text:name="Mine"/></text:p>
<text:list><text:list-item><text:p>pas de logement)" +
            end(kB) + R"(</text:p></text:list-item></text:list>)" + kClose,
        meta(kTags));
    const std::unique_ptr<OdtTranscript> transcript = readOdtTranscript(file);
    ASSERT_NE(transcript, nullptr);
    EXPECT_EQ(transcript->file(), file);
    EXPECT_EQ(transcript->interviewId(), "iv-1");
    EXPECT_EQ(transcript->cardProperties().at("ETS.Organisation"), "AMO Cerf-Volant");
    EXPECT_EQ(transcript->cardProperties().count("Mine"), 0u);  // the author's own properties are no card

    const std::vector<TagRecord> records = transcript->records();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].anchor, kA);
    EXPECT_EQ(records[0].themes[0].name, "Logement");
    EXPECT_EQ(records[1].coder, "Samir");

    const std::vector<AnchoredText> anchors = transcript->anchors();
    ASSERT_EQ(anchors.size(), 2u);  // "Mine" is the author's bookmark, no passage
    EXPECT_EQ(anchors[0].anchor, kA);
    EXPECT_EQ(anchors[0].text, "ne trouvent plus rien");  // the comment's text is not the passage's
    EXPECT_EQ(anchors[0].before.paragraph, "Directrice : Les familles ");
    EXPECT_EQ(anchors[0].before.previousParagraph, "Intervieweur : Et le logement  ?");
    EXPECT_EQ(anchors[1].anchor, kB);
    EXPECT_EQ(anchors[1].text, "Même à\ndeux\npas de logement");  // across paragraphs: joined by a line feed
    EXPECT_EQ(anchors[1].before.paragraph, "Directrice : Les familles ne trouvent plus rien.\t😀 ");
    EXPECT_EQ(transcript->anchorSpan(kA)->text(), "ne trouvent plus rien");
    EXPECT_THROW(transcript->anchorSpan(kC), Error);

    const PlainText plain = transcript->plainText();
    EXPECT_EQ(plain.text,
              "Entretien\nIntervieweur : Et le logement  ?\nDirectrice : Les familles ne trouvent plus rien.\t😀 "
              "Même à\ndeux\npas de logement");
    ASSERT_EQ(plain.spans.size(), 2u);
    // In UTF-16 units: « è » is one, « 😀 » two.
    const std::size_t third = 10 + 33;
    EXPECT_EQ(plain.spans[0].anchor, kA);
    EXPECT_EQ(plain.spans[0].start, third + 26);
    EXPECT_EQ(plain.spans[0].end, third + 26 + 21);
    EXPECT_EQ(plain.spans[1].anchor, kB);
    EXPECT_EQ(plain.spans[1].start, third + 26 + 21 + 2 + 3);
    EXPECT_EQ(plain.spans[1].end, plain.spans[1].start + 11 + 1 + 15);
    fs::remove_all(file.parent_path());
}

TEST(OdtTranscript, CollapsesWhiteSpaceAsLibreOfficeImportsIt) {
    const auto transcript = fromBody("<text:p>\n  Un   mot\n\tpuis <text:span> un</text:span>" + start(kA) +
                                     "  autre" + end(kA) + "<text:s/> </text:p>");
    ASSERT_NE(transcript, nullptr);
    EXPECT_EQ(transcript->plainText().text, "Un mot puis un autre  ");
    // The space after « un » is kept where the text comes after the bookmark's start, not before it.
    EXPECT_EQ(transcript->anchors().at(0).text, " autre");
    EXPECT_EQ(transcript->anchors().at(0).before.paragraph, "Un mot puis un");
}

TEST(OdtTranscript, ShapesAndListLabelsAreNotTheParagraphsText) {
    const auto transcript = fromBody(
        R"(<text:h text:outline-level="1"><text:number>1.</text:number>Titre</text:h><text:p>Avant )"
        R"(<draw:custom-shape><text:p>Forme</text:p></draw:custom-shape>)" +
        start(kA) + "après" + end(kA) + "</text:p>");
    ASSERT_NE(transcript, nullptr);
    EXPECT_EQ(transcript->plainText().text, "Titre\nAvant après");
    EXPECT_EQ(transcript->anchors().at(0).before.paragraph, "Avant ");
}

TEST(OdtTranscript, ANoteStandsInTheTextAsItsLabel) {
    const auto transcript = fromBody(
        "<text:p>" + start(kA) +
        R"(Une note<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>)"
        R"(<text:note-body><text:p>Le texte de la note.</text:p></text:note-body></text:note>, puis la suite)" + end(kA) +
        "</text:p>");
    ASSERT_NE(transcript, nullptr);
    EXPECT_EQ(transcript->anchors().at(0).text, "Une note1, puis la suite");
}

TEST(OdtTranscript, AnIndexBuiltFromItHasTheSpeakersAndThemes) {
    const auto transcript =
        fromBody("<text:p>Intervieweur : Et alors ?</text:p><text:p>Directrice : " + start(kA) +
                 "On manque de tout." + end(kA) + " " + start(kB) + "Et ça dure." + end(kB) + "</text:p>");
    ASSERT_NE(transcript, nullptr);
    Project project;
    indexTranscript(project, "t.odt", transcript->records(), transcript->anchors());
    ASSERT_EQ(project.passages.size(), 2u);
    EXPECT_EQ(project.passages[0].text, "On manque de tout.");
    EXPECT_EQ(project.passages[0].speaker, "Directrice");
    EXPECT_EQ(project.passages[0].prompt, "Et alors ?");
    EXPECT_EQ(project.passages[1].leadIn, "On manque de tout.");
    EXPECT_EQ(project.themes.size(), 2u);
}

TEST(OdtTranscript, ChangesNothing) {
    const auto transcript = fromBody("<text:p>" + start(kA) + "Un mot" + end(kA) + "</text:p>");
    ASSERT_NE(transcript, nullptr);
    EXPECT_THROW(transcript->setRecords({}), Error);
    EXPECT_THROW(transcript->setCardProperties({}), Error);
    EXPECT_THROW(transcript->removeAnchor(kA), Error);
    EXPECT_THROW(transcript->writeText("x"), Error);
    EXPECT_THROW(transcript->anchorsAt(*transcript->anchorSpan(kA)), Error);
}

TEST(OdtTranscript, DamagedTagsAreSaidAsWriterSaysThem) {
    const auto transcript = fromBody("<text:p>Un mot</text:p>", R"({"version":1,"tags":[{"anchor":3}]})");
    ASSERT_NE(transcript, nullptr);
    try {
        transcript->records();
        FAIL() << "damaged tags read";
    } catch (const Error& error) {
        EXPECT_EQ(error.key(), "tags.invalid");
    }
}

TEST(OdtTranscript, OtherBookmarksElsewhereDoNotMatter) {
    const auto transcript = fromBody(
        R"(<table:table><table:table-row><table:table-cell><text:p><text:bookmark text:name="Mine"/>Case</text:p>)"
        R"(</table:table-cell></table:table-row></table:table><text:p>Après</text:p><text:p>)" +
        start(kA) + "Un mot" + end(kA) + "</text:p>");
    ASSERT_NE(transcript, nullptr);
    EXPECT_EQ(transcript->plainText().text, "Après\nUn mot");  // tables left out, as Writer's walk does
    EXPECT_EQ(transcript->anchors().at(0).before.previousParagraph, "Après");
}

// Each case: a body the reader cannot be sure to read as Writer does, so LibreOffice reads it.
TEST(OdtTranscript, FallsBackWhenNotSureToReadAsWriter) {
    const std::string table =
        R"(<table:table><table:table-row><table:table-cell><text:p>)" + start(kA) + "Case" + end(kA) +
        R"(</text:p></table:table-cell></table:table-row></table:table>)";
    const std::vector<std::string> bodies = {
        table,                                                                           // passage in a table
        "<text:p>Avant</text:p>" + table.substr(0, table.find(start(kA))) + "Case</text:p></table:table-cell>"
            "</table:table-row></table:table><text:p>" + start(kA) + "Après" + end(kA) + "</text:p>",  // after one
        "<text:p>" + start(kA) + "Deux" + end(kA) + "</text:p><text:p>" + start(kA) + "fois" + end(kA) + "</text:p>",
        "<text:p>" + start(kA) + "Sans fin</text:p>",
        "<text:p>Sans début" + end(kA) + "</text:p>",
        "<text:p>" + start(kA) + "Un" + end(kA) + R"(<draw:frame><draw:text-box><text:p>)" + start(kB) + "cadre" +
            end(kB) + "</text:p></draw:text-box></draw:frame></text:p>",
        "<text:p>Un" + comment(kA).replace(comment(kA).find("Thèmes"), 0, start(kA) + end(kA)) + "</text:p>",
        R"(<text:tracked-changes><text:changed-region text:id="c1"><text:deletion/></text:changed-region>)"
        "</text:tracked-changes><text:p>" + start(kA) + "Un mot" + end(kA) + "</text:p>",
        "<text:p>Entre" + end(kA) + "</text:p>" + start(kA),
    };
    for (std::size_t i = 0; i < bodies.size(); ++i)
        EXPECT_EQ(fromBody(bodies[i]), nullptr) << "case " << i;
}

TEST(OdtTranscript, FallsBackOnHostileOrForeignFiles) {
    const std::string content = kOpen + "<text:p>Un mot</text:p>" + kClose;
    const fs::path good = odtFile(content, meta(kTags));
    EXPECT_NE(readOdtTranscript(good), nullptr);
    EXPECT_EQ(readOdtTranscript(good.parent_path() / "absent.odt"), nullptr);
    EXPECT_EQ(readOdtTranscript(odtFile(content, meta(kTags), "t.docx")), nullptr);  // LibreOffice reads DOCX
    const fs::path folder = good.parent_path();
    std::ofstream(folder / "text.odt") << "not a zip at all";
    EXPECT_EQ(readOdtTranscript(folder / "text.odt"), nullptr);
    EXPECT_EQ(readOdtTranscript(odtFile(content, "")), nullptr);  // no usable meta.xml
    OdtLimits small;
    small.maxContentBytes = 100;
    EXPECT_EQ(readOdtTranscript(good, small), nullptr);
    small = OdtLimits();
    small.maxFileBytes = 10;
    EXPECT_EQ(readOdtTranscript(good, small), nullptr);

    const std::string doctype = R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>)" + kOpen.substr(38) +
                                "<text:p>&e;</text:p>" + kClose;
    EXPECT_EQ(odtTranscriptFromXml("t.odt", doctype, meta(kTags)), nullptr);
    EXPECT_EQ(odtTranscriptFromXml("t.odt", kOpen + "<text:p>cut", meta(kTags)), nullptr);
    // Nested deeper than libxml2 parses, or than the limit this reader is given.
    std::string open;
    std::string close;
    for (int i = 0; i < 5000; ++i) {
        open += "<text:span>";
        close += "</text:span>";
    }
    EXPECT_EQ(fromBody("<text:p>" + open + "x" + close + "</text:p>"), nullptr);
    OdtLimits shallow;
    shallow.maxDepth = 10;
    open = close = "";
    for (int i = 0; i < 12; ++i) {
        open += "<text:section>";
        close += "</text:section>";
    }
    const std::string sections = kOpen + open + "<text:p>x</text:p>" + close + kClose;
    EXPECT_EQ(odtTranscriptFromXml("t.odt", sections, meta(kTags), shallow), nullptr);
    EXPECT_NE(odtTranscriptFromXml("t.odt", sections, meta(kTags)), nullptr);
    const std::string spans = kOpen + "<text:p><text:span><text:span><text:span><text:span>"
                              "<text:span><text:span><text:span><text:span><text:span><text:span><text:span>x"
                              "</text:span></text:span></text:span></text:span></text:span></text:span></text:span>"
                              "</text:span></text:span></text:span></text:span></text:p>" + kClose;
    EXPECT_EQ(odtTranscriptFromXml("t.odt", spans, meta(kTags), shallow), nullptr);
    fs::remove_all(folder);
}

TEST(OdtTranscript, TranscriptsTheOfficeHadToLoadAreSaidOnce) {
    OpenedProject opened;
    opened.officeReadTranscripts = {"transcripts/a.odt", "transcripts/b.odt"};
    const std::string report = takeSyncReport(opened, Catalogue::load(ETS_STRINGS_DIR, "en"));
    EXPECT_NE(report.find("2 transcripts could not be read straight from their files"), std::string::npos) << report;
    EXPECT_NE(report.find("transcripts/a.odt, transcripts/b.odt"), std::string::npos) << report;
    EXPECT_TRUE(takeSyncReport(opened, Catalogue::load(ETS_STRINGS_DIR, "fr")).empty());
    opened.officeReadTranscripts = {"a.odt"};
    EXPECT_NE(takeSyncReport(opened, Catalogue::load(ETS_STRINGS_DIR, "fr")).find("LibreOffice l’a ouverte"),
              std::string::npos);
}

TEST(OdtBody, PlacesBookmarksInTheParagraphsText) {
    const OdtBody body = odtBodyFromXml(kOpen + "<text:p>a" + start(kA) + "b</text:p><text:p>c" + end(kA) +
                                            R"(<text:bookmark text:name="P"/></text:p>)" + kClose,
                                        "content.xml");
    ASSERT_EQ(body.paragraphs.size(), 2u);
    ASSERT_EQ(body.bookmarks.size(), 2u);
    EXPECT_EQ(body.bookmarks[0].name, kA);
    EXPECT_EQ(body.bookmarks[0].startParagraph, 0u);
    EXPECT_EQ(body.bookmarks[0].startByte, 1u);
    EXPECT_EQ(body.bookmarks[0].endParagraph, 1u);
    EXPECT_EQ(body.bookmarks[0].endByte, 1u);
    EXPECT_EQ(body.bookmarks[1].name, "P");
    EXPECT_EQ(body.bookmarks[1].startByte, body.bookmarks[1].endByte);
    EXPECT_TRUE(body.unplaced.empty());
}

}  // namespace
}  // namespace ets
