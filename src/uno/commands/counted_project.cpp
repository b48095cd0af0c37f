#include "office/progress.hpp"
#include "commands/counted_project.hpp"

#include "calc/spreadsheet.hpp"
#include "writer/project_transcripts.hpp"
#include "office/ui_text.hpp"

#include <algorithm>
#include <set>

namespace ets::uno::commands {

CountedProject countedProject(CommandCall& call, OpenedProject& opened, const char* progressKey)
{
    CountedProject counted;
    {
        Progress progress(call.frame, uiText(call.context, progressKey), 0);
        counted.unreadable = refreshProjectIndex(call.context, opened, [&](std::size_t done, std::size_t total) {
            progress.set(static_cast<sal_Int32>(done), static_cast<sal_Int32>(total));
        });
    }
    counted.project = opened.project;
    const std::set<std::string> skip(counted.unreadable.begin(), counted.unreadable.end());
    std::vector<Passage>& passages = counted.project.passages;
    passages.erase(std::remove_if(passages.begin(), passages.end(),
                                  [&](const Passage& passage) { return skip.count(passage.transcript) > 0; }),
                   passages.end());
    for (Interview& interview : counted.project.interviews)
        if (skip.count(interview.transcript))
            interview.transcript.clear();
    return counted;
}

} // namespace ets::uno::commands
