#include "office/extension_files.hpp"

#include "office/strings.hpp"

#include <osl/module.hxx>

namespace ets::uno {

std::filesystem::path extensionFolder() {
    // Asking the library for its own location needs no UNO call and works before any project is open.
    OUString libraryUrl;
    osl::Module::getUrlFromAddress(reinterpret_cast<oslGenericFunction>(&extensionFolder), libraryUrl);
    return pathFromUserText(libraryUrl).parent_path();
}

rtl::OUString extensionFileUrl(const char* relativePath) { return fileUrlFromPath(extensionFolder() / relativePath); }

}  // namespace ets::uno
