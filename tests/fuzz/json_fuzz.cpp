// libFuzzer targets for what we read from files, documents and dialogs people can edit: the project file (built with
// ETS_FUZZ_PROJECT_FILE), a document's ETS.Tags property (ETS_FUZZ_TAGS), the people list typed or pasted into the
// Pseudonyms dialog (ETS_FUZZ_PEOPLE_LIST) and the interview guide's question grid given as JSON
// (ETS_FUZZ_QUESTION_GRID). Every input must end in a value or an ets::Error; a crash, a stack overflow, a leak or an
// address error is a bug.

#include "core/coding/tag_record.hpp"
#include "core/method/method.hpp"
#include "core/project/project_checks.hpp"
#include "core/project/project_json.hpp"
#include "core/register/people_list.hpp"
#include "core/text/bounded_json.hpp"
#include "core/text/error.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

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
#elif defined(ETS_FUZZ_PEOPLE_LIST)
    try {
        // What it reads, it writes back and reads again the same.
        const std::vector<ets::PersonName> people = ets::parsePeopleList(text);
        if (ets::parsePeopleList(ets::formatPeopleList(people)).size() != people.size())
            __builtin_trap();
    } catch (const ets::Error&) {
    }
#elif defined(ETS_FUZZ_QUESTION_GRID)
    try {
        ets::Project project;
        ets::setQuestionGrid(project, ets::parseQuestionGrid(text));
    } catch (const ets::Error&) {
    }
#else
#error "choose the parser: ETS_FUZZ_PROJECT_FILE, ETS_FUZZ_TAGS, ETS_FUZZ_PEOPLE_LIST or ETS_FUZZ_QUESTION_GRID"
#endif
    return 0;
}
