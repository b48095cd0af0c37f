// libFuzzer target: the .qde reader (and the codebook reader) on arbitrary bytes. Every input must
// end in a project or an ets::Error; a crash, a leak or an address error is a bug.

#include "core/refi/qde_reader.hpp"
#include "core/text/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    try {
        ets::refi::readProjectXml(xml);
    } catch (const ets::Error&) {
    }
    try {
        ets::refi::readCodebookXml(xml);
    } catch (const ets::Error&) {
    }
    return 0;
}
