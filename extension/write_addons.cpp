// Writes the ETS menu of Writer and Calc (Addons.xcu) from the command list (src/uno/app/command_list.hpp) and the
// menu labels of the message catalogues (keys "menu.<Command>"), so that the menu can never list a command the
// extension does not have, nor miss one. Run at build time: write_addons <strings folder> <output file>.

#include "core/text/catalogue.hpp"
#include "uno/app/command_list.hpp"

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using ets::uno::Documents;

struct MenuEntry {
    const char* name;
    Documents documents;
    int position;
};

#define ETS_MENU_ENTRY(name, function, documents, project, arguments, position) {#name, Documents::documents, position},
const MenuEntry kMenu[] = {ETS_COMMAND_LIST(ETS_MENU_ENTRY)};
#undef ETS_MENU_ENTRY

// The catalogue languages and the locale names the office's configuration uses for them.
const std::pair<const char*, const char*> kLanguages[] = {{"fr", "fr"}, {"en", "en-US"}, {"nl", "nl"}};

std::string xmlEscaped(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string context(Documents documents) {
    switch (documents) {
    case Documents::Writer:
        return "com.sun.star.text.TextDocument";
    case Documents::Calc:
        return "com.sun.star.sheet.SpreadsheetDocument";
    case Documents::WriterAndCalc:
        break;
    }
    return "com.sun.star.text.TextDocument,com.sun.star.sheet.SpreadsheetDocument";
}

// Node names sort the menu: "m" and the position on three digits.
std::string nodeName(int position) {
    std::string digits = std::to_string(position);
    return "m" + std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0') + digits;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: write_addons <strings folder> <Addons.xcu to write>\n";
        return 2;
    }
    try {
        std::vector<ets::Catalogue> catalogues;
        for (const auto& [language, locale] : kLanguages)
            catalogues.push_back(ets::Catalogue::load(argv[1], language));
        std::string xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!-- Written at build time by extension/write_addons.cpp from src/uno/app/command_list.hpp: edit those. "
            "-->\n"
            "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
            "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"Addons\" oor:package=\"org.openoffice.Office\">\n"
            "  <node oor:name=\"AddonUI\">\n"
            "    <node oor:name=\"OfficeMenuBar\">\n"
            "      <node oor:name=\"org.etsworkbench.menu\" oor:op=\"replace\">\n"
            "        <prop oor:name=\"Title\" oor:type=\"xs:string\"><value>ETS</value></prop>\n"
            "        <prop oor:name=\"Context\" oor:type=\"xs:string\"><value>" +
            context(Documents::WriterAndCalc) +
            "</value></prop>\n"
            "        <node oor:name=\"Submenu\">\n";
        int group = -1;
        for (const MenuEntry& entry : kMenu) {
            const std::string key = std::string("menu.") + entry.name;
            for (const ets::Catalogue& catalogue : catalogues)
                if (!catalogue.has(key))
                    throw ets::Error("catalogue.invalid", {key + " is missing"});
            if (group >= 0 && entry.position / 100 != group)
                xml += "          <node oor:name=\"" + nodeName(entry.position / 100 * 100 - 5) +
                       "\" oor:op=\"replace\">\n"
                       "            <prop oor:name=\"URL\" "
                       "oor:type=\"xs:string\"><value>private:separator</value></prop>\n"
                       "          </node>\n";
            group = entry.position / 100;
            xml += "          <node oor:name=\"" + nodeName(entry.position) +
                   "\" oor:op=\"replace\">\n"
                   "            <prop oor:name=\"URL\" oor:type=\"xs:string\"><value>vnd.ets:" +
                   entry.name +
                   "</value></prop>\n"
                   "            <prop oor:name=\"Title\" oor:type=\"xs:string\">\n";
            for (std::size_t i = 0; i < std::size(kLanguages); ++i)
                xml += std::string("              <value xml:lang=\"") + kLanguages[i].second + "\">" +
                       xmlEscaped(catalogues[i].text(std::string_view(key))) + "</value>\n";
            xml += "            </prop>\n"
                   "            <prop oor:name=\"Target\" oor:type=\"xs:string\"><value>_self</value></prop>\n"
                   "            <prop oor:name=\"Context\" oor:type=\"xs:string\"><value>" +
                   context(entry.documents) +
                   "</value></prop>\n"
                   "          </node>\n";
        }
        xml += "        </node>\n      </node>\n    </node>\n  </node>\n</oor:component-data>\n";
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        out << xml;
        if (!out.flush())
            throw ets::Error("project.write_failed", {argv[2], "cannot write"});
    } catch (const std::exception& error) {
        std::cerr << "write_addons: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
