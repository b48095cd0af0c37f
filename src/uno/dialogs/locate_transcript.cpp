#include "dialogs/locate_transcript.hpp"

#include "core/coding/transcript_moves.hpp"
#include "core/project/project_paths.hpp"
#include "core/register/interview_card.hpp"
#include "core/text/error.hpp"
#include "dialogs/message_box.hpp"
#include "office/strings.hpp"
#include "office/ui_text.hpp"
#include "writer/transcript_card.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>

namespace ets::uno {

namespace fs = std::filesystem;
namespace dialogs = css::ui::dialogs;

std::string locateMissingTranscript(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const css::uno::Reference<css::frame::XFrame>& frame, OpenedProject& opened,
                                    const std::string& key) {
    auto picker = dialogs::FilePicker::createWithMode(context, dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(uiText(context, "transcript.locate_title", {key}));
    std::error_code error;
    const fs::path around = transcriptFile(opened.folder, key).parent_path();
    picker->setDisplayDirectory(fileUrlFromPath(fs::is_directory(around, error) ? around : opened.folder));
    if (picker->execute() != dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() == 0)
        return {};
    const fs::path chosen = pathFromUserText(picker->getSelectedFiles()[0]);
    std::string interviewId;
    try {
        const std::map<std::string, std::string> card = readCardPropertiesOfFile(context, chosen);
        if (const auto id = card.find(kInterviewIdProperty); id != card.end())
            interviewId = id->second;
    } catch (const css::uno::Exception&) {
        // Not a document LibreOffice reads: it cannot be the transcript, said below.
    }
    const std::string chosenKey = projectPathOf(opened.folder, chosen);
    Project located = opened.project;
    if (!locateTranscript(located, key, chosenKey, interviewId)) {
        showMessage(context, frame, MessageKind::Error,
                    uiText(context, "transcript.not_that_one", {chosen.u8string(), key}));
        return {};
    }
    changeAndSave(opened, [&](Project& project) { project = std::move(located); });
    opened.movedTranscripts.emplace_back(key, chosenKey);
    return chosenKey;
}

}  // namespace ets::uno
