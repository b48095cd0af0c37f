// The project file's text kept in pieces must be, byte for byte, the dump of the whole JSON: whatever the values
// (nested, empty, escaped, invalid UTF-8) and after any change of one piece.

#include "core/project/file_pieces.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace ets {
namespace {

using nlohmann::json;

std::string dumped(const json& value) { return value.dump(2, ' ', false, json::error_handler_t::replace); }

class RandomJson {
public:
    explicit RandomJson(unsigned seed) : random_(seed) {}

    json value(int depth) {
        switch (pick(depth > 0 ? 9 : 6)) {
        case 0:
            return nullptr;
        case 1:
            return pick(2) == 0;
        case 2:
            return static_cast<int>(pick(2000)) - 1000;
        case 3: {
            const double numbers[] = {0.25, -0.0, 0.0, 1e300, 3.14159, 75.0, -2.5e-7};
            return numbers[pick(7)];
        }
        case 4:
        case 5:
            return text();
        case 6:
            return json::array();
        case 7: {
            json list = json::array();
            for (std::size_t i = 0, n = pick(4); i < n; ++i)
                list.push_back(value(depth - 1));
            return list;
        }
        default:
            return object(depth - 1, 4);
        }
    }

    json object(int depth, std::size_t most) {
        json object = json::object();
        for (std::size_t i = 0, n = pick(most + 1); i < n; ++i)
            object[text()] = value(depth);
        return object;
    }

    std::string text() {
        const char* const parts[] = {
            "id", "name", "Thème",    "«\u00a0x\u00a0»",     "a\"b", "back\\slash", "line\nbreak",
            "\t", "\x01", "\xff\xfe", "organisations/org-1", "",     "Zoë",         "😀"};
        std::string text;
        for (std::size_t i = 0, n = 1 + pick(3); i < n; ++i)
            text += parts[pick(sizeof parts / sizeof *parts)];
        return text;
    }

    std::size_t pick(std::size_t n) { return n == 0 ? 0 : random_() % n; }

private:
    std::mt19937 random_;
};

TEST(FilePieces, TheTextIsTheDumpOfTheWholeObject) {
    for (unsigned seed = 1; seed <= 400; ++seed) {
        RandomJson random(seed);
        const json object = random.object(3, 8);
        EXPECT_EQ(FilePieces::of(object).text(), dumped(object)) << "seed " << seed;
    }
    EXPECT_EQ(FilePieces::of(json::object()).text(), "{}");
}

TEST(FilePieces, EachChangeOfAPieceGivesTheDumpOfTheChangedObject) {
    for (unsigned seed = 1; seed <= 300; ++seed) {
        RandomJson random(seed);
        json object = random.object(2, 6);
        object["revisions"] = random.object(2, 4);
        object["deleted"] = json::array();
        object["hours"] = random.value(0).is_null() ? json::array() : json::array({random.object(1, 3)});
        FilePieces pieces = FilePieces::of(object);
        for (int step = 0; step < 12; ++step) {
            switch (random.pick(6)) {
            case 0: {
                const std::string key = random.text();
                object[key] = random.value(2);
                pieces.setEntry(key, object[key]);
                break;
            }
            case 1: {
                const std::string member = random.text();
                object["revisions"][member] = random.value(2);
                pieces.setMember("revisions", member, object["revisions"][member]);
                break;
            }
            case 2: {
                const std::string member =
                    object["revisions"].empty() ? random.text() : object["revisions"].begin().key();
                object["revisions"].erase(member);
                pieces.eraseMember("revisions", member);
                break;
            }
            case 3:
                object["deleted"].push_back(random.value(2));
                pieces.appendItem("deleted", object["deleted"].back());
                break;
            case 4: {
                // A list rebuilt from its old pieces, reversed, with one item made now.
                std::vector<std::string> items = pieces.takeList("hours");
                json list = json::array();
                std::vector<std::string> reordered;
                for (std::size_t i = items.size(); i-- > 0;) {
                    list.push_back(object["hours"][i]);
                    reordered.push_back(items[i]);
                }
                list.push_back(random.object(2, 3));
                reordered.push_back(FilePieces::itemPiece(list.back()));
                object["hours"] = list;
                pieces.setList("hours", reordered);
                break;
            }
            default: {
                object["hours"] = json::array();
                pieces.setList("hours", {});
                break;
            }
            }
            ASSERT_EQ(pieces.text(), dumped(object)) << "seed " << seed << ", step " << step;
        }
        EXPECT_TRUE(pieces.isList("hours"));
        EXPECT_TRUE(pieces.isObject("revisions"));
    }
}

// The pieces of a changed object made from those of the object before (a merge's file after the file last written):
// the whole dump, whichever values changed, moved, appeared or went, zeros of either sign and integers of either
// signedness included (equal for json's ==, written apart).
TEST(FilePieces, ThePiecesOfAChangedObjectReuseOnlyWhatDumpsAlike) {
    for (unsigned seed = 1; seed <= 300; ++seed) {
        RandomJson random(seed);
        json before = random.object(2, 6);
        before["revisions"] = random.object(2, 4);
        before["hours"] = json::array({random.object(1, 3), 0.0, 1, random.value(1)});
        FilePieces pieces = FilePieces::of(before);
        for (int step = 0; step < 10; ++step) {
            json object = before;
            for (std::size_t n = 1 + random.pick(3); n > 0; --n) {
                switch (random.pick(8)) {
                case 0:
                    object[random.text()] = random.value(2);
                    break;
                case 1:
                    object["revisions"][random.text()] = random.value(2);
                    break;
                case 2:
                    if (!object["revisions"].empty())
                        object["revisions"].erase(object["revisions"].begin());
                    break;
                case 3:
                    object["hours"].push_back(random.value(2));
                    break;
                case 4:
                    if (!object["hours"].empty())
                        object["hours"][random.pick(object["hours"].size())] = random.value(1);
                    break;
                case 5:  // a zero turns negative, an integer unsigned: == sees no change, the text does
                    for (json& item : object["hours"]) {
                        if (item.is_number_float())
                            item = -item.get<double>();
                        else if (item.is_number_integer() && item.get<std::int64_t>() >= 0)
                            item = item.get<std::uint64_t>();
                    }
                    break;
                case 6:
                    if (!object["hours"].empty())
                        object["hours"].erase(object["hours"].begin());
                    break;
                default:
                    if (!object.empty())
                        object.erase(object.begin());
                    break;
                }
            }
            pieces = FilePieces::of(object, before, std::move(pieces));
            ASSERT_EQ(pieces.text(), dumped(object)) << "seed " << seed << ", step " << step;
            before = object;
        }
    }
}

}  // namespace
}  // namespace ets
