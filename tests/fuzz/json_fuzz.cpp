// libFuzzer targets for the JSON we read from files and documents people can edit: the project file (built with
// ETS_FUZZ_PROJECT_FILE) and a document's ETS.Tags property (ETS_FUZZ_TAGS). Every input must end in a value or an
// ets::Error; a crash, a stack overflow, a leak or an address error is a bug.

#include "core/coding/tag_record.hpp"
#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
#if defined(ETS_FUZZ_PROJECT_FILE)
    try {
        // As readProjectFile then projectFromFile do, and the save's checks after them.
        const ets::Project project = ets::projectFromJson(ets::parseBoundedJson(text, ets::kProjectFileBounds));
        ets::checkProject(project);
        ets::projectFileJson(project).dump();
    } catch (const ets::JsonRefused&) {
    } catch (const ets::Error&) {
    }
#elif defined(ETS_FUZZ_TAGS)
    try {
        ets::tagsToJson(ets::tagsFromJson(text));
    } catch (const ets::Error&) {
    }
#else
#error "choose the parser: ETS_FUZZ_PROJECT_FILE or ETS_FUZZ_TAGS"
#endif
    return 0;
}
