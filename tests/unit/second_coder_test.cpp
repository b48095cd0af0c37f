// A second coder's copy of a transcript: its name beside the original, how it is found again, and that it carries no
// passage while keeping the text.

#include "core/coding/memory_transcript.hpp"
#include "core/coding/second_coder.hpp"
#include "core/coding/tagging.hpp"
#include "core/text/error.hpp"
#include "temp_folder.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace ets {
namespace {

TEST(SecondCoder, CopyIsNamedAfterTheCoderBesideTheOriginal) {
    const std::filesystem::path folder = uniqueTempFolder("ets-second-coder");
    std::filesystem::create_directories(folder);
    const std::filesystem::path original = folder / "sureau.odt";
    std::ofstream(original) << "x";
    const std::filesystem::path copy = secondCoderCopyPath(original, " Yasmine ");
    EXPECT_EQ(copy, folder / "sureau (Yasmine).odt");
    std::ofstream(copy) << "x";
    EXPECT_EQ(secondCoderCopyPath(original, "Yasmine"), folder / "sureau (Yasmine)-2.odt");
    EXPECT_EQ(secondCoderCopyPath(original, "a/b"), folder / "sureau (a-b).odt");
    std::ofstream(folder / "sureau (Yasmine)-2.odt") << "x";
    std::ofstream(folder / "sureau (notes).docx") << "x";
    std::ofstream(folder / "sureau-2.odt") << "x";
    std::ofstream(folder / "autre (Yasmine).odt") << "x";
    EXPECT_EQ(secondCoderCopies(original),
              (std::vector<std::filesystem::path>{folder / "sureau (Yasmine)-2.odt", folder / "sureau (Yasmine).odt"}));
    EXPECT_FALSE(isSecondCoderCopy(original, folder / "sureau ().odt"));
    EXPECT_FALSE(isSecondCoderCopy(original, folder / "sureau (2).odt"));  // a file manager's copy
    EXPECT_TRUE(isSecondCoderCopy(original, folder / "sureau (Yasmine 2).odt"));
    EXPECT_THROW(secondCoderCopyPath(original, "  "), Error);
    std::filesystem::remove_all(folder);
}

TEST(SecondCoder, CopyCarriesNoPassageAndKeepsTheText) {
    Project project;
    MemoryTranscript copy("Les loyers explosent. On ne trouve plus rien.", "/p/t.odt");
    copy.setCardProperties({{"ETS.InterviewId", "int-1"}});
    const TagRequest request{{"Logement"}, "", "Claire", "2026-11-20", "Thèmes"};
    tagSpan(project, "t.odt", copy, *copy.spanOf("loyers"), request);
    tagSpan(project, "t.odt", copy, *copy.spanOf("plus rien"), request);
    EXPECT_EQ(removeAllPassages(copy), 2);
    EXPECT_TRUE(copy.records().empty());
    EXPECT_TRUE(copy.anchors().empty());
    EXPECT_EQ(copy.plainText().text, "Les loyers explosent. On ne trouve plus rien.");
    EXPECT_EQ(copy.interviewId(), "int-1");
}

TEST(SecondCoder, OtherCodersAreThoseToHide) {
    const std::vector<TagRecord> records = {TagRecord{"a", {}, "", "Claire", ""}, TagRecord{"b", {}, "", "Yasmine", ""},
                                            TagRecord{"c", {}, "", "Claire", ""}, TagRecord{"d", {}, "", "Yasmine", ""},
                                            TagRecord{"e", {}, "", "", ""}};
    EXPECT_EQ(otherCoders(records, "Claire"), (std::vector<std::string>{"Yasmine", ""}));
    EXPECT_EQ(otherCoders(records, "Yasmine"), (std::vector<std::string>{"Claire", ""}));
    EXPECT_THROW(otherCoders(records, " "), Error);
}

}  // namespace
}  // namespace ets
