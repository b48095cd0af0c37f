// REFI-QDA export and import in the core: files written validate against the QDA-XML schemas, the
// real exports of ATLAS.ti and NVivo give a truthful plan, and hostile files are refused whole.

#include "core/coding/memory_transcript.hpp"
#include "core/project/project_checks.hpp"
#include "core/refi/exchange_files.hpp"
#include "core/refi/import_transcript.hpp"
#include "core/refi/qde_reader.hpp"
#include "core/refi/qde_writer.hpp"
#include "core/refi/qdpx_archive.hpp"
#include "core/text/error.hpp"
#include "refi_test_support.hpp"
#include "sample_project.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <fstream>
#include <map>

namespace fs = std::filesystem;
using namespace ets;
using namespace ets::refi;
using ets::testing::refiData;
using ets::testing::schemaErrors;

namespace {

// The sample project's transcript, its passage on « abandonnent » and one more after an emoji.
const std::string kTranscript = "Intervieweuse : Bonjour.\n"
                                "Coordinatrice \xF0\x9F\x98\x80 : On voit des gens qui \xC2\xAB abandonnent \xC2\xBB "
                                "avant m\xC3\xAAme d'avoir essay\xC3\xA9.\n";

TranscriptText sampleText() {
    TranscriptText transcript;
    transcript.key = "transcripts/maison-medicale.odt";
    transcript.text = kTranscript;
    // UTF-16 offsets as LibreOffice gives them: the emoji counts two units.
    const std::u16string utf16 =
        u"Intervieweuse : Bonjour.\nCoordinatrice \U0001F600 : On voit des gens qui \u00ab abandonnent";
    const std::size_t start = utf16.find(u"On voit");
    const std::size_t end = utf16.size() + 2;  // through " »"
    transcript.spans = {{"ETS_0123456789ab", start, end}};
    TagRecord record;
    record.anchor = "ETS_0123456789ab";
    record.themes = {{"th-1", "Non-recours aux droits"}, {"th-2", "Num\xC3\xA9risation des services"}};
    record.memo = "Lien avec la fracture num\xC3\xA9rique.";
    record.coder = "Amina";
    record.created = "2025-01-15";
    transcript.records = {record};
    return transcript;
}

struct TempDir {
    fs::path path;
    TempDir()
        : path(fs::temp_directory_path() / ("ets-refi-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(reinterpret_cast<std::uintptr_t>(this)))) {
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

// A zip with exactly these entries, names as given (hostile ones included).
void makeZip(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& entries) {
    int code = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    ASSERT_NE(archive, nullptr);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
    }
    ASSERT_EQ(zip_close(archive), 0);
}

std::string errorKey(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.key();
    }
    return "(no error)";
}

std::map<std::string, std::vector<std::string>> summaryByKey(const ImportPlan& plan) {
    std::map<std::string, std::vector<std::string>> lines;
    for (const SummaryLine& line : plan.summary())
        lines[line.key] = line.args;
    return lines;
}

const std::string kMinimalProject =
    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
    "<Code guid=\"c001\" name=\"Logement\" isCodable=\"true\"/></Codes></CodeBook></Project>";

}  // namespace

TEST(RefiWriter, ProjectValidatesAgainstTheSchema) {
    const ExportedProject exported = exportProject(ets::testing::sampleProject(), {sampleText()}, "ETS Workbench test");
    const std::string xml = writeProjectXml(exported.project);
    EXPECT_EQ(schemaErrors(xml, "Project.xsd"), "");
    EXPECT_EQ(exported.passages, 1);
    ASSERT_EQ(exported.project.textSources.size(), 1u);
    const TextSelection& selection = exported.project.textSources[0].selections.at(0);
    // Code points: the emoji counts one, so the selection starts one before its UTF-16 offset.
    const std::size_t start16 = sampleText().spans[0].start;
    EXPECT_EQ(selection.start, static_cast<std::int64_t>(start16 - 1));
    EXPECT_EQ(selection.codings.size(), 2u);
    EXPECT_NE(xml.find("<NoteRef"), std::string::npos);  // the memo is a note
    EXPECT_NE(xml.find("Interview date"), std::string::npos);
    EXPECT_NE(xml.find("<SourceRef"), std::string::npos);  // the organisation's case names its transcript
}

TEST(RefiWriter, CodebookValidatesAgainstTheSchema) {
    const std::string xml = writeCodebookXml(codesOf(ets::testing::sampleProject()), "ETS Workbench test");
    EXPECT_EQ(schemaErrors(xml, "Codebook.xsd"), "");
    // The sub-theme is nested in its parent.
    EXPECT_LT(xml.find("Non-recours"), xml.find("Num\xC3\xA9risation"));
    EXPECT_EQ(errorKey([] { writeCodebookXml({}, "x"); }), "refi.codebook_empty");
}

TEST(RefiWriter, TheSchemaCheckCanFail) {
    // The validator itself must refuse a wrong file, or the tests above prove nothing.
    EXPECT_NE(schemaErrors("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>", "Project.xsd"), "");  // no name
    EXPECT_NE(schemaErrors(kMinimalProject, "Project.xsd"), "");                                 // "c001" is no GUID
}

TEST(RefiWriter, ExportedQdpxHoldsExactlyProjectAndSources) {
    TempDir dir;
    const fs::path file = dir.path / "export.qdpx";
    writeQdpxFile(file, exportProject(ets::testing::sampleProject(), {sampleText()}, "test"));
    int code = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_RDONLY, &code);
    ASSERT_NE(archive, nullptr);
    std::vector<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i)
        names.push_back(zip_get_name(archive, i, 0));
    zip_discard(archive);
    ASSERT_EQ(names.size(), 3u);
    EXPECT_EQ(names[0], "project.qde");
    EXPECT_EQ(names[1], "sources/");
    EXPECT_EQ(names[2].rfind("sources/", 0), 0u);
    const QdpxReader reader(file);
    std::string text;
    ASSERT_TRUE(reader.readSource(names[2].substr(8), text));
    EXPECT_EQ(text, kTranscript);  // UTF-8, LF, no mark
    EXPECT_EQ(schemaErrors(reader.projectXml(), "Project.xsd"), "");
}

TEST(RefiRoundTrip, ExportThenImportIntoAnEmptyProjectKeepsEverything) {
    TempDir dir;
    const fs::path file = dir.path / "export.qdpx";
    const ets::Project source = ets::testing::sampleProject();
    writeQdpxFile(file, exportProject(source, {sampleText()}, "test"));
    const ImportPlan plan = planQdpxImport(ets::Project{}, file);

    ASSERT_EQ(plan.newThemes.size(), 2u);
    EXPECT_EQ(plan.newThemes[0].name, "Non-recours aux droits");
    EXPECT_EQ(plan.newThemes[0].colour, "#A0B1C2");
    EXPECT_EQ(plan.newThemes[1].parent, "Non-recours aux droits");
    ASSERT_EQ(plan.newOrganisations.size(), 1u);
    EXPECT_EQ(plan.newOrganisations[0].sector, "Sant\xC3\xA9");
    EXPECT_EQ(plan.newOrganisations[0].role, OrganisationRole::Both);
    EXPECT_EQ(plan.newOrganisations[0].status, OrganisationStatus::Interviewed);
    ASSERT_EQ(plan.transcripts.size(), 1u);
    const PlannedTranscript& transcript = plan.transcripts[0];
    EXPECT_EQ(transcript.text, kTranscript);
    EXPECT_EQ(transcript.card.organisation, "Maison m\xC3\xA9"
                                            "dicale du Nord");
    EXPECT_EQ(transcript.card.date, "2024-02-29");
    EXPECT_EQ(transcript.card.durationMinutes, 125);
    EXPECT_EQ(transcript.card.participants, (std::vector<std::string>{"coordinatrice", "assistant social"}));
    EXPECT_TRUE(transcript.card.consent);
    EXPECT_EQ(transcript.card.status, "Transcribed");
    ASSERT_EQ(transcript.passages.size(), 1u);
    const PlannedPassage& passage = transcript.passages[0];
    EXPECT_EQ(passage.text, "On voit des gens qui \xC2\xAB abandonnent \xC2\xBB");
    EXPECT_EQ(passage.themes, (std::vector<std::string>{"Non-recours aux droits", "Num\xC3\xA9risation des services"}));
    EXPECT_EQ(passage.memo, "Lien avec la fracture num\xC3\xA9rique.");
    EXPECT_EQ(passage.coder, "Amina");
    EXPECT_EQ(passage.created, "2025-01-15");
    EXPECT_TRUE(plan.skipped.empty());

    // Into the project it came from: everything meets what exists.
    const ImportPlan again = planQdpxImport(source, file);
    EXPECT_TRUE(again.newThemes.empty());
    EXPECT_EQ(again.existingThemes, 2);
    EXPECT_EQ(again.existingOrganisations, 1);
}

TEST(RefiImport, AtlasTiExportGivesATruthfulSummary) {
    const ImportPlan plan = planQdpxImport(ets::Project{}, refiData("atlasti84_TestProject.qdpx"));
    EXPECT_EQ(plan.newThemes.size(), 14u);
    // Character references in attributes are decoded ("&quot;rushed&quot;").
    EXPECT_TRUE(std::any_of(plan.newThemes.begin(), plan.newThemes.end(),
                            [](const PlannedTheme& theme) { return theme.name == "\"rushed\""; }));
    EXPECT_TRUE(std::any_of(plan.newThemes.begin(), plan.newThemes.end(), [](const PlannedTheme& theme) {
        return theme.name == "Coke::diet Coke" && theme.description == "non sucr\xC3\xA9";
    }));
    EXPECT_TRUE(plan.transcripts.empty());  // its Sources/ folder is empty
    auto lines = summaryByKey(plan);
    ASSERT_TRUE(lines.count("refi.skipped_no_text"));
    EXPECT_EQ(lines["refi.skipped_no_text"][0], "6");
    // Its names are decomposed (macOS): "e" then a combining accent, kept as they are.
    EXPECT_NE(lines["refi.skipped_no_text"][1].find("Mabe\xCC\x82l 2ie\xCC\x80me.txt"), std::string::npos);
    EXPECT_EQ(lines["refi.skipped_pdfs"][0], "2");
    EXPECT_EQ(lines["refi.skipped_video"][0], "2");
    EXPECT_EQ(lines["refi.skipped_audio"][0], "1");
    EXPECT_EQ(lines["refi.skipped_pictures"][0], "1");
    // 16 codings in all: those of the text sources plus those of the other kinds.
    const int lost = std::stoi(lines["refi.skipped_no_text"][2]) + std::stoi(lines["refi.skipped_pdfs"][1]) +
                     std::stoi(lines["refi.skipped_video"][1]) + std::stoi(lines["refi.skipped_audio"][1]) +
                     std::stoi(lines["refi.skipped_pictures"][1]);
    EXPECT_EQ(lost, 16);
}

TEST(RefiImport, NVivoExportKeepsItsNestedCodebook) {
    const ImportPlan plan = planQdpxImport(ets::Project{}, refiData("nvivo15_codebook_project.qdpx"));
    // 262 codes: each a new theme, or merged with an earlier code of the same name (and said so).
    auto lines = summaryByKey(plan);
    const int duplicates =
        lines.count("refi.merged_duplicate_codes") ? std::stoi(lines["refi.merged_duplicate_codes"][0]) : 0;
    EXPECT_EQ(plan.newThemes.size() + duplicates, 262u);
    const auto programming = std::find_if(plan.newThemes.begin(), plan.newThemes.end(),
                                          [](const PlannedTheme& theme) { return theme.name == "programming"; });
    ASSERT_NE(programming, plan.newThemes.end());
    EXPECT_EQ(programming->parent, "competencies");
    EXPECT_TRUE(plan.transcripts.empty());
    EXPECT_EQ(summaryByKey(plan)["refi.skipped_blank_sources"], (std::vector<std::string>{"2"}));
}

TEST(RefiImport, ReadsLenientlyWhatExportersWrite) {
    TempDir dir;
    const fs::path file = dir.path / "lenient.qdpx";
    // No namespace, ids that are no GUIDs, a .qde named after the project, Sources/ capitalised,
    // a byte-order mark and CRLF, a selection without coding (MAXQDA), text given inline.
    const std::string qde =
        "<?xml version=\"1.0\"?><Project name=\"Etude\"><Users><User guid=\"u1\" name=\"Sam\"/></Users>"
        "<CodeBook><Codes><Code guid=\"c001\" name=\"Logement\" isCodable=\"true\" color=\"#abc\">"
        "<Code guid=\"c002\" name=\"Loyers\" isCodable=\"true\"/></Code></Codes></CodeBook><Sources>"
        "<TextSource guid=\"s1\" name=\"Entretien 1.txt\" plainTextPath=\"internal://s1.txt\">"
        "<PlainTextSelection guid=\"p1\" startPosition=\"7\" endPosition=\"13\" creatingUser=\"u1\">"
        "<Coding guid=\"k1\" creatingUser=\"u1\"><CodeRef targetGUID=\"c002\"/></Coding></PlainTextSelection>"
        "<PlainTextSelection guid=\"p2\" startPosition=\"0\" endPosition=\"5\"/></TextSource>"
        "<TextSource guid=\"s2\" name=\"Inline\"><PlainTextContent>Du texte</PlainTextContent></TextSource>"
        "</Sources></Project>";
    makeZip(file, {{"Etude.qde", qde}, {"Sources/s1.txt", "\xEF\xBB\xBFLigne\r\nloyers trop chers"}});
    const ImportPlan plan = planQdpxImport(ets::Project{}, file);
    ASSERT_EQ(plan.newThemes.size(), 2u);
    EXPECT_EQ(plan.newThemes[0].colour, "#AABBCC");
    ASSERT_EQ(plan.transcripts.size(), 2u);
    EXPECT_EQ(plan.transcripts[0].text, "Ligne\nloyers trop chers");
    ASSERT_EQ(plan.transcripts[0].passages.size(), 1u);
    EXPECT_EQ(plan.transcripts[0].passages[0].text, "loyers");  // CRLF counted as two, kept exact
    EXPECT_EQ(plan.transcripts[0].passages[0].coder, "Sam");
    EXPECT_EQ(plan.transcripts[1].text, "Du texte");
    EXPECT_EQ(summaryByKey(plan)["refi.skipped_without_code"], (std::vector<std::string>{"1"}));
}

TEST(RefiHostile, XmlExternalEntityIsRefused) {
    const std::string xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            "<Project name=\"&x;\"/>";
    EXPECT_EQ(errorKey([&] { readProjectXml(xxe); }), "refi.xml_doctype");
}

TEST(RefiHostile, BillionLaughsIsRefused) {
    std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i)
        bomb += "<!ENTITY lol" + std::to_string(i) + " \"" + std::string(10, '&') + "\">";
    for (int i = 1; i < 10; ++i) {
        std::string refs;
        for (int k = 0; k < 10; ++k)
            refs += "&lol" + (i > 1 ? std::to_string(i - 1) : std::string()) + ";";
        bomb.replace(bomb.find(std::string(10, '&')), 10, refs);
    }
    bomb += "]><Project name=\"&lol9;\"/>";
    EXPECT_EQ(errorKey([&] { readProjectXml(bomb); }), "refi.xml_doctype");
    // A DOCTYPE in UTF-16 is caught the same way (no byte pattern to hide behind).
    const std::u16string wide =
        u"\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE p [<!ENTITY a \"b\">]><Project name=\"&a;\"/>";
    const std::string bytes(reinterpret_cast<const char*>(wide.data()), wide.size() * 2);
    EXPECT_EQ(errorKey([&] { readProjectXml(bytes); }), "refi.xml_doctype");
}

TEST(RefiHostile, ElementsOutOfPlaceAreIgnoredNotFollowed) {
    // Found by the fuzzer: a selection, coding or code reference outside the element that owns it.
    const refi::Project project = readProjectXml(
        "<Project name=\"x\"><TextSource guid=\"a\"><PlainTextSelection guid=\"b\" startPosition=\"0\" "
        "endPosition=\"1\"><Coding guid=\"c\"><CodeRef targetGUID=\"d\"/></Coding></PlainTextSelection></TextSource>"
        "<Sources><TextSource guid=\"s\"><Coding guid=\"k\"><CodeRef targetGUID=\"d\"/></Coding>"
        "<Description>x<Codes><Code guid=\"e\" name=\"E\" isCodable=\"true\"/></Codes></Description>"
        "</TextSource></Sources><CodeBook><Codes><Code guid=\"f\" name=\"F\" isCodable=\"true\"><Codes>"
        "<Code guid=\"g\" name=\"G\" isCodable=\"true\"/></Codes></Code></Codes></CodeBook></Project>");
    ASSERT_EQ(project.textSources.size(), 1u);
    EXPECT_TRUE(project.textSources[0].selections.empty());
    EXPECT_EQ(project.textSources[0].wholeSourceCodings, 1);
    EXPECT_EQ(project.textSources[0].description, "x");
    ASSERT_EQ(project.codes.size(), 1u);
    EXPECT_TRUE(project.codes[0].children.empty());
}

TEST(RefiHostile, MalformedXmlAndWrongRootAreRefused) {
    EXPECT_EQ(errorKey([] { readProjectXml("<Project name=\"x\"><Users></Project>"); }), "refi.xml_malformed");
    EXPECT_EQ(errorKey([] { readProjectXml(""); }), "refi.xml_malformed");
    EXPECT_EQ(errorKey([] { readProjectXml("<CodeBook/>"); }), "refi.not_project");
    EXPECT_EQ(errorKey([] { readCodebookXml("<Other/>"); }), "refi.not_codebook");
    EXPECT_EQ(errorKey([] {
                  readProjectXml("<Project name=\"x\"><Sources><TextSource guid=\"a\"><PlainTextSelection guid=\"b\" "
                                 "startPosition=\"1x\" endPosition=\"3\"/></TextSource></Sources></Project>");
              }),
              "refi.bad_number");
}

TEST(RefiHostile, PositionsBeyondTheTextOrReversedAreRefused) {
    TempDir dir;
    const auto withSelection = [&](const std::string& start, const std::string& end) {
        const fs::path file = dir.path / ("p" + start + "-" + end + ".qdpx");
        makeZip(file, {{"project.qde",
                        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes><Code guid=\"c\" "
                        "name=\"A\" isCodable=\"true\"/></Codes></CodeBook><Sources><TextSource guid=\"s\" name=\"S\" "
                        "plainTextPath=\"internal://s.txt\"><PlainTextSelection guid=\"x\" startPosition=\"" +
                            start + "\" endPosition=\"" + end +
                            "\"><Coding guid=\"k\"><CodeRef targetGUID=\"c\"/></Coding>"
                            "</PlainTextSelection></TextSource></Sources></Project>"},
                       {"sources/s.txt", "\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80"}});  // 5 code points
        return errorKey([&] { planQdpxImport(ets::Project{}, file); });
    };
    EXPECT_EQ(withSelection("0", "5"), "(no error)");
    // 6 is right in UTF-16 units, as NVivo for Windows counts (the import tells it from the boundaries); 7 is beyond
    // either way.
    EXPECT_EQ(withSelection("0", "6"), "(no error)");
    EXPECT_EQ(withSelection("0", "7"), "refi.bad_selection");
    EXPECT_EQ(withSelection("4", "2"), "refi.bad_selection");
    EXPECT_EQ(withSelection("-1", "2"), "refi.bad_selection");
}

TEST(RefiHostile, ZipSlipEntriesAreRefused) {
    TempDir dir;
    for (const std::string name :
         {"../evil.txt", "sources/../../evil.txt", "/etc/evil", "C:/evil", "sources\\..\\evil"}) {
        const fs::path file = dir.path / "slip.qdpx";
        makeZip(file, {{"project.qde", kMinimalProject}, {name, "x"}});
        EXPECT_EQ(errorKey([&] { QdpxReader reader(file); }), "refi.unsafe_entry") << name;
    }
}

TEST(RefiHostile, ZipBombIsRefused) {
    TempDir dir;
    const fs::path file = dir.path / "bomb.qdpx";
    makeZip(file, {{"project.qde", kMinimalProject}, {"sources/a.txt", std::string(8 * 1024 * 1024, 'a')}});
    EXPECT_EQ(errorKey([&] { QdpxReader reader(file); }), "refi.too_large");  // ratio far above 200
    ArchiveLimits small;
    small.maxTotalBytes = 1024;
    makeZip(file, {{"project.qde", kMinimalProject}, {"sources/a.txt", std::string(2000, 'a')}});
    EXPECT_EQ(errorKey([&] { QdpxReader reader(file, small); }), "refi.too_large");
}

TEST(RefiHostile, TruncatedOrNonZipFilesAreRefused) {
    TempDir dir;
    const fs::path file = dir.path / "whole.qdpx";
    writeQdpxFile(file, exportProject(ets::testing::sampleProject(), {sampleText()}, "test"));
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const fs::path cut = dir.path / "cut.qdpx";
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    EXPECT_EQ(errorKey([&] { QdpxReader reader(cut); }), "refi.bad_zip");
    const fs::path text = dir.path / "text.qdpx";
    std::ofstream(text) << "not a zip";
    EXPECT_EQ(errorKey([&] { QdpxReader reader(text); }), "refi.bad_zip");
    EXPECT_EQ(errorKey([&] { QdpxReader reader(dir.path / "absent.qdpx"); }), "refi.not_found");
    const fs::path empty = dir.path / "noqde.qdpx";
    makeZip(empty, {{"sources/a.txt", "x"}});
    EXPECT_EQ(errorKey([&] { QdpxReader reader(empty); }), "refi.no_project");
}

TEST(RefiHostile, ACorruptedEntryIsRefusedWhenRead) {
    TempDir dir;
    const fs::path file = dir.path / "flip.qdpx";
    makeZip(file, {{"project.qde", kMinimalProject + std::string(4000, ' ')}});
    std::fstream io(file, std::ios::binary | std::ios::in | std::ios::out);
    io.seekp(60);  // inside the compressed data of the first entry
    io.put('\x55');
    io.close();
    EXPECT_NE(errorKey([&] { planQdpxImport(ets::Project{}, file); }), "(no error)");
}

TEST(RefiImport, ThemesAndOrganisationsAreAddedCheckedAndInterviewsRecorded) {
    TempDir dir;
    const fs::path file = dir.path / "export.qdpx";
    writeQdpxFile(file, exportProject(ets::testing::sampleProject(), {sampleText()}, "test"));
    ets::Project target;
    target.themes.push_back({"th-x", "NON-RECOURS AUX DROITS", "", "", ""});  // met by name, whatever its case
    const ImportPlan plan = planQdpxImport(target, file);
    EXPECT_EQ(plan.existingThemes, 1);
    ASSERT_EQ(plan.newThemes.size(), 1u);
    EXPECT_EQ(plan.newThemes[0].parent, "NON-RECOURS AUX DROITS");  // under the existing theme
    addThemesAndOrganisations(target, plan);
    ASSERT_EQ(target.themes.size(), 2u);
    EXPECT_EQ(target.themes[1].parentId, "th-x");
    ASSERT_EQ(target.organisations.size(), 1u);

    InterviewCard card = plan.transcripts.at(0).card;
    card.transcript = "transcripts/maison.odt";
    const std::string id = recordImportedInterview(target, card);
    const Interview* interview = target.findInterview(id);
    ASSERT_NE(interview, nullptr);
    EXPECT_EQ(interview->organisationId, target.organisations[0].id);
    EXPECT_EQ(interview->transcript, "transcripts/maison.odt");

    card.organisation.clear();  // a source no case names: recorded without organisation, not refused
    const Interview* alone = target.findInterview(recordImportedInterview(target, card));
    ASSERT_NE(alone, nullptr);
    EXPECT_TRUE(alone->organisationId.empty());
    EXPECT_NE(alone->id, id);
    EXPECT_NO_THROW(checkProject(target));  // what a save checks first
}

TEST(RefiImport, APlannedTranscriptBecomesATranscriptWithItsTagsCardAndIndex) {
    TempDir dir;
    const fs::path file = dir.path / "export.qdpx";
    writeQdpxFile(file, exportProject(ets::testing::sampleProject(), {sampleText()}, "test"));
    ets::Project target;
    const ImportPlan plan = planQdpxImport(target, file);
    addThemesAndOrganisations(target, plan);
    MemoryTranscript document;
    importTranscript(target, document, plan.transcripts.at(0), "transcripts/maison.odt", "Claire", "Th\xC3\xA8mes");

    EXPECT_EQ(document.text(), kTranscript);
    ASSERT_EQ(document.anchors().size(), 1u);
    EXPECT_EQ(document.anchors()[0].text, "On voit des gens qui \xC2\xAB abandonnent \xC2\xBB");
    const std::vector<TagRecord> records = document.records();
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].coder, "Amina");  // the file's coder; Claire only when the file names none
    EXPECT_EQ(document.comment(records[0].anchor)->text, "Th\xC3\xA8mes : Non-recours aux droits ; Num\xC3\xA9risation "
                                                         "des services\nLien avec la fracture num\xC3\xA9rique.");
    EXPECT_EQ(document.cardProperties().at("ETS.Organisation"), "Maison m\xC3\xA9"
                                                                "dicale du Nord");
    ASSERT_EQ(target.interviews.size(), 1u);
    EXPECT_EQ(document.interviewId(), target.interviews[0].id);
    EXPECT_EQ(target.interviews[0].transcript, "transcripts/maison.odt");
    ASSERT_EQ(target.passages.size(), 1u);
    EXPECT_EQ(target.passages[0].themeIds.size(), 2u);
}

TEST(RefiImport, ATagThatDoesNotHoldTheTextTheFileSelectedStopsTheImport) {
    TempDir dir;
    const fs::path file = dir.path / "export.qdpx";
    writeQdpxFile(file, exportProject(ets::testing::sampleProject(), {sampleText()}, "test"));
    ets::Project target;
    ImportPlan plan = planQdpxImport(target, file);
    addThemesAndOrganisations(target, plan);
    plan.transcripts.at(0).passages.at(0).text = "another text";
    MemoryTranscript document;
    const ets::Project before = target;
    EXPECT_EQ(errorKey([&] { importTranscript(target, document, plan.transcripts[0], "t.odt", "Claire", "T"); }),
              "refi.passages_moved");
    EXPECT_TRUE(target.interviews.empty());  // the caller drops the document; the draft was not touched yet
    EXPECT_TRUE(target.passages.empty());
}

TEST(RefiImport, TheSummarySaysWhatCameInThenWhatWasLeftOut) {
    TempDir dir;
    const fs::path file = dir.path / "export.qdpx";
    writeQdpxFile(file, exportProject(ets::testing::sampleProject(), {sampleText()}, "test"));
    ImportPlan plan = planQdpxImport(ets::Project{}, file);
    const Catalogue texts = Catalogue::fromJsonText(R"({"refi.imported_from": "From {0}:",
        "refi.summary_left_out": "Left out:", "refi.nothing_skipped": "Nothing left out.",
        "refi.summary_themes": "themes {0}/{1}", "refi.summary_organisations": "orgs {0}/{1}",
        "refi.summary_transcripts": "transcripts {0}", "refi.summary_passages": "passages {0}"})");
    const std::string summary = importSummary(plan, "export.qdpx", texts);
    EXPECT_EQ(summary.rfind("From export.qdpx:\n\xE2\x80\xA2 ", 0), 0u) << summary;
    EXPECT_NE(summary.find("\nNothing left out."), std::string::npos) << summary;
    EXPECT_EQ(summary.find("Left out:"), std::string::npos) << summary;

    plan.skipped.push_back({"refi.skipped_pictures", {"2"}});
    const std::string withSkipped = importSummary(plan, "export.qdpx", texts);
    EXPECT_NE(withSkipped.find("\nLeft out:\n\xE2\x80\xA2 refi.skipped_pictures"), std::string::npos) << withSkipped;
    EXPECT_EQ(withSkipped.find("Nothing left out."), std::string::npos) << withSkipped;
}

TEST(RefiWriter, TheExportSummaryCountsWhatWasWrittenAndWhatWasLeftOut) {
    const ets::Project source = ets::testing::sampleProject();
    ExportedProject exported = exportProject(source, {sampleText()}, "test");
    const Catalogue texts = Catalogue::fromJsonText(
        R"({"refi.exported": "{0}: {1} transcripts, {2} passages, {3} themes, {4} organisations", "refi.exported_skipped": "{0} left out"})");
    EXPECT_EQ(exportSummary(source, exported, "p.qdpx", 1, texts),
              "p.qdpx: 1 transcripts, 1 passages, 2 themes, 1 organisations");
    exported.skipped = 3;
    EXPECT_EQ(exportSummary(source, exported, "p.qdpx", 1, texts),
              "p.qdpx: 1 transcripts, 1 passages, 2 themes, 1 organisations\n3 left out");
}
