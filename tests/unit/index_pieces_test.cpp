// The index of passages written from pieces kept between writes (core/project/index_pieces) must be, byte for byte,
// what saveIndex writes whole: held to it over random sequences of passages tagged, untagged, edited, moved and
// removed, with texts that need escaping or replacing.

#include "core/project/index_pieces.hpp"
#include "core/project/project_json.hpp"
#include "core/project/project_store.hpp"

#include <gtest/gtest.h>

#include <random>

namespace ets {
namespace {

std::string wholeIndex(const Project& project) {
    nlohmann::json index = indexJson(project);
    index["version"] = kIndexVersion;
    return index.dump(0, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(IndexPieces, EveryTextIsTheWholeIndexByteForByte) {
    const char* const texts[] = {"", "Les loyers « explosent »", "a\"b\\c", "ligne\nsuivante", "Zoë 😀", "\xff broken"};
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 random(seed);
        const auto pick = [&](std::size_t n) { return n == 0 ? std::size_t{0} : random() % n; };
        Project project;
        IndexPieces pieces;
        EXPECT_EQ(pieces.text(project), wholeIndex(project));  // nothing yet: empty lists
        for (int step = 0; step < 80; ++step) {
            switch (pick(8)) {
            case 0:
            case 1: {
                Passage passage;
                passage.id = newId("pa-");
                passage.transcript = "entretien-" + std::to_string(pick(3)) + ".odt";
                passage.anchor = "ets-" + passage.id;
                passage.themeIds = {"th-" + std::to_string(pick(4))};
                passage.text = texts[pick(6)];
                passage.memo = texts[pick(6)];
                project.passages.insert(project.passages.begin() +
                                            static_cast<std::ptrdiff_t>(pick(project.passages.size() + 1)),
                                        passage);
                break;
            }
            case 2:
                if (!project.passages.empty())
                    project.passages.erase(project.passages.begin() +
                                           static_cast<std::ptrdiff_t>(pick(project.passages.size())));
                break;
            case 3:
                if (!project.passages.empty())
                    project.passages[pick(project.passages.size())].themeIds.push_back("th-9");
                break;
            case 4:
                if (project.passages.size() >= 2)
                    std::swap(project.passages[pick(project.passages.size())],
                              project.passages[pick(project.passages.size())]);
                break;
            case 7:  // one id twice (the checks refuse it): each passage still has its own text
                if (!project.passages.empty()) {
                    Passage twice = project.passages[pick(project.passages.size())];
                    twice.memo = texts[pick(6)];
                    project.passages.push_back(twice);
                }
                break;
            case 5:
                project.transcripts.push_back({"entretien-" + std::to_string(step) + ".odt",
                                               static_cast<std::int64_t>(pick(1000)), pick(1000)});
                break;
            default:
                if (!project.passages.empty())
                    project.passages[pick(project.passages.size())].speaker = texts[pick(6)];
                break;
            }
            ASSERT_EQ(pieces.text(project), wholeIndex(project)) << "seed " << seed << ", step " << step;
        }
    }
}

}  // namespace
}  // namespace ets
