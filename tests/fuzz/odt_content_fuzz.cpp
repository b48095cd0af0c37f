// libFuzzer target for the readers of a Writer document's parts without LibreOffice: its content.xml
// (core/odf/odt_paragraphs, and core/odf/odt_body for a closed transcript's text and bookmarks), its meta.xml
// (core/odf/odt_meta) and its styles.xml (core/odf/odt_styles), each input given to all four. Every input must end in
// paragraphs, a body, properties, styles or an ets::Error; a crash, a stack overflow, a leak or an address error is a
// bug.

#include "core/odf/odt_body.hpp"
#include "core/odf/odt_meta.hpp"
#include "core/odf/odt_paragraphs.hpp"
#include "core/odf/odt_styles.hpp"
#include "core/text/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        ets::odtParagraphsFromXml(std::string(reinterpret_cast<const char*>(data), size), "content.xml");
    } catch (const ets::Error&) {
    }
    try {
        const ets::OdtBody body =
            ets::odtBodyFromXml(std::string(reinterpret_cast<const char*>(data), size), "content.xml");
        // Every placed bookmark must lie inside its paragraphs' text: the transcript cuts passages out of them.
        for (const ets::OdtBookmark& bookmark : body.bookmarks)
            if (bookmark.endParagraph >= body.paragraphs.size() || bookmark.startParagraph > bookmark.endParagraph ||
                bookmark.startByte > body.paragraphs[bookmark.startParagraph].size() ||
                bookmark.endByte > body.paragraphs[bookmark.endParagraph].size() ||
                (bookmark.startParagraph == bookmark.endParagraph && bookmark.startByte > bookmark.endByte))
                __builtin_trap();
        if (body.afterTable.size() != body.paragraphs.size())
            __builtin_trap();
    } catch (const ets::Error&) {
    }
    try {
        ets::odtUserPropertiesFromXml(std::string(reinterpret_cast<const char*>(data), size), "meta.xml");
    } catch (const ets::Error&) {
    }
    try {
        ets::OdfStyles::read(std::string(reinterpret_cast<const char*>(data), size));
    } catch (const ets::Error&) {
    }
    return 0;
}
