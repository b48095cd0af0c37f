#include "dialogs/exchange_file.hpp"

#include "core/text/error.hpp"
#include "office/strings.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>

namespace ets::uno {

namespace fs = std::filesystem;
namespace dialogs = css::ui::dialogs;

fs::path exchangeFile(const css::uno::Reference<css::uno::XComponentContext>& context, bool interactive,
                      const Arguments& arguments, const ExchangeFileRequest& request) {
    fs::path file;
    if (!interactive) {
        const auto given = arguments.text(request.argument);
        if (!given || given->empty())
            throw Error("refi.no_file");
        file = pathFromUserText(toOUString(*given));
    } else {
        auto picker = dialogs::FilePicker::createWithMode(
            context, request.use == FileUse::Save ? dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION
                                                  : dialogs::TemplateDescription::FILEOPEN_SIMPLE);
        if (!request.folder.empty())
            picker->setDisplayDirectory(fileUrlFromPath(request.folder));
        css::uno::Reference<dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
        if (filters.is()) {
            filters->appendFilter(request.filterName,
                                  request.patterns ? rtl::OUString::createFromAscii(request.patterns)
                                                   : "*." + rtl::OUString::createFromAscii(request.extension));
            filters->setCurrentFilter(request.filterName);
        }
        if (picker->execute() != dialogs::ExecutableDialogResults::OK || picker->getSelectedFiles().getLength() == 0)
            return {};
        file = pathFromUserText(picker->getSelectedFiles()[0]);
    }
    if (request.use == FileUse::Save && file.extension().empty())
        file += std::string(".") + request.extension;
    return file;
}

}  // namespace ets::uno
