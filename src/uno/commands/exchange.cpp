#include "commands/exchange.hpp"
#include "dialogs/message_box.hpp"

#include "core/text/error.hpp"
#include "office/ui_text.hpp"
#include "office/strings.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>

namespace ets::uno::commands {

using css::uno::Reference;
using css::uno::UNO_QUERY;
namespace fs = std::filesystem;

fs::path exchangeFile(CommandCall& call, FileUse use, const char* extension, const char* filterKey)
{
    fs::path file;
    if (!call.interactive)
    {
        const auto given = call.arguments.text("File");
        if (!given || given->empty())
            throw Error("refi.no_file");
        file = pathFromUserText(toOUString(*given));
    }
    else
    {
        namespace dialogs = css::ui::dialogs;
        auto picker = dialogs::FilePicker::createWithMode(
            call.context, use == FileUse::Save ? dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION
                                               : dialogs::TemplateDescription::FILEOPEN_SIMPLE);
        if (const OpenedProject* opened = call.project)
            picker->setDisplayDirectory(fileUrlFromPath(opened->folder));
        Reference<dialogs::XFilterManager> filters(picker, UNO_QUERY);
        if (filters.is())
        {
            filters->appendFilter(uiText(call.context, filterKey), "*." + rtl::OUString::createFromAscii(extension));
            filters->setCurrentFilter(uiText(call.context, filterKey));
        }
        if (picker->execute() != dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() == 0)
            return {};
        file = pathFromUserText(picker->getSelectedFiles()[0]);
    }
    if (use == FileUse::Save && file.extension().empty())
        file += std::string(".") + extension;
    return file;
}

CommandOutcome reportDone(CommandCall& call, const rtl::OUString& message)
{
    if (call.interactive)
        showMessage(call.context, call.frame, MessageKind::Info, message);
    return CommandOutcome::done(message);
}

} // namespace ets::uno::commands
