// vnd.ets:Guide — the user guide, opened read-only in Writer at the start or at a command's section (Topic).

#include "commands/commands.hpp"

#include "core/text/user_guide.hpp"
#include "office/strings.hpp"
#include "writer/user_guide.hpp"

namespace ets::uno::commands {

CommandOutcome guide(CommandCall& call) {
    const OpenedGuide opened = openGuide(call.context, call.arguments.textOr("Topic", ""));
    if (call.interactive)
        return CommandOutcome::done(rtl::OUString());  // the guide in front of the person is the answer
    return CommandOutcome::dataResult(
        toOUString(guideOpenedJson(opened.file.u8string(), opened.language, opened.topic, opened.heading)));
}

}  // namespace ets::uno::commands
