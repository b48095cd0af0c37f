#include "core/odf/odt_meta.hpp"

#include "core/text/error.hpp"

#include <gtest/gtest.h>

namespace ets {
namespace {

const std::string kOpen = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta>
<meta:generator>LibreOffice/7.4</meta:generator>)";
const std::string kClose = "</office:meta></office:document-meta>";

TEST(OdtMeta, UserPropertiesAsTheOfficesApiGivesThem) {
    const auto properties = odtUserPropertiesFromXml(
        kOpen +
            R"(<meta:user-defined meta:name="ETS.Organisation">AMO Cerf-Volant &amp; co</meta:user-defined>
<meta:user-defined meta:name="ETS.Participants" meta:value-type="string">Directrice; Éducateur</meta:user-defined>
<meta:user-defined meta:name="ETS.Duration" meta:value-type="float">120</meta:user-defined>
<meta:user-defined meta:name="ETS.Recorded" meta:value-type="boolean">true</meta:user-defined>
<meta:user-defined meta:name="ETS.Date" meta:value-type="date">2026-11-05</meta:user-defined>)" +
            kClose,
        "meta.xml");
    EXPECT_EQ(properties.at("ETS.Organisation"), "AMO Cerf-Volant & co");
    EXPECT_EQ(properties.at("ETS.Participants"), "Directrice; Éducateur");
    EXPECT_EQ(properties.at("ETS.Duration"), "120");
    EXPECT_EQ(properties.at("ETS.Recorded"), "true");
    EXPECT_EQ(properties.at("ETS.Date"), "");  // a date is a struct in the API: no text
    EXPECT_EQ(properties.size(), 5u);
}

TEST(OdtMeta, NoPropertiesIsAnEmptyList) {
    EXPECT_TRUE(odtUserPropertiesFromXml(kOpen + kClose, "meta.xml").empty());
}

TEST(OdtMeta, HostileOrBrokenXmlIsRefusedByName) {
    const std::string entities = R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>)"
                                 R"(<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>)";
    for (const std::string& xml : {entities, std::string("<office:document-meta"), std::string()}) {
        try {
            odtUserPropertiesFromXml(xml, "t.odt");
            FAIL() << xml;
        } catch (const Error& error) {
            EXPECT_EQ(error.key(), "odt.unreadable");
        }
    }
    OdtLimits small;
    small.maxContentBytes = 10;
    EXPECT_THROW(odtUserPropertiesFromXml(kOpen + kClose, "t.odt", small), Error);
}

}  // namespace
}  // namespace ets
