// libFuzzer target for the reader of a Writer document's content.xml (core/odf/odt_paragraphs): every input must end in
// paragraphs or an ets::Error; a crash, a stack overflow, a leak or an address error is a bug.

#include "core/odf/odt_paragraphs.hpp"
#include "core/text/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        ets::odtParagraphsFromXml(std::string(reinterpret_cast<const char*>(data), size), "content.xml");
    } catch (const ets::Error&) {
    }
    return 0;
}
