#include "core/register/people_list.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

std::string errorKey(std::string_view text) {
    try {
        parsePeopleList(text);
    } catch (const Error& error) {
        return error.key();
    }
    return "no error";
}

TEST(PeopleList, OneNameAndRoleALine) {
    const auto people = parsePeopleList("  Martine Dubois = coordinatrice \n\nIlyas=éducateur\r\nNadia\n");
    ASSERT_EQ(people.size(), 3u);
    EXPECT_EQ(people[0].name, "Martine Dubois");
    EXPECT_EQ(people[0].role, "coordinatrice");
    EXPECT_EQ(people[1].name, "Ilyas");
    EXPECT_EQ(people[1].role, "éducateur");
    EXPECT_EQ(people[2].name, "Nadia");  // no role yet: "[personne rencontrée]" in quotes
    EXPECT_EQ(people[2].role, "");
    EXPECT_TRUE(parsePeopleList(" \n \n").empty());
}

TEST(PeopleList, ReadsBackWhatItWrites) {
    const std::vector<PersonName> people = {{"Martine Dubois", "coordinatrice"}, {"Nadia", ""}};
    const auto again = parsePeopleList(formatPeopleList(people));
    ASSERT_EQ(again.size(), 2u);
    EXPECT_EQ(again[0].role, "coordinatrice");
    EXPECT_EQ(again[1].name, "Nadia");
    EXPECT_EQ(formatPeopleList(people), "Martine Dubois = coordinatrice\nNadia\n");
}

TEST(PeopleList, RefusesARoleWithoutNameAndTheSameNameTwice) {
    EXPECT_EQ(errorKey("Ilyas = éducateur\n = coordinatrice"), "people.no_name");
    EXPECT_EQ(errorKey("Élodie = AS\nÉLODIE = assistante"), "people.twice");  // names match whatever their case
    EXPECT_EQ(errorKey("Élodie = AS\nÉlodie Martin = assistante"), "no error");
}

TEST(PeopleList, RefusesAHugeListAndHiddenCharactersInNames) {
    const auto key = [](std::string_view text) {
        try {
            parsePeopleList(text);
        } catch (const Error& error) {
            return error.key();
        }
        return std::string("accepted");
    };
    EXPECT_EQ(key(std::string(kMaxPeopleListBytes + 1, 'a')), "people.too_large");
    EXPECT_EQ(key("Martine\u202EDubois = coordinatrice"), "name.bad_character");
    EXPECT_EQ(key("Martine = coord\x01inatrice"), "name.bad_character");
    EXPECT_EQ(key(std::string(300, 'b') + " = role"), "name.too_long");
    EXPECT_EQ(key("Martine Dubois = coordinatrice\nJonathan"), "accepted");
}

}  // namespace
}  // namespace ets
