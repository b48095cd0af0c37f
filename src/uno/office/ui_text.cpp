#include "office/ui_text.hpp"

#include "office/extension_files.hpp"
#include "office/log.hpp"
#include "office/strings.hpp"
#include "office/user_settings.hpp"

#include <mutex>
#include <optional>

namespace ets::uno {

const Catalogue& uiCatalogue(const css::uno::Reference<css::uno::XComponentContext>& context) {
    static std::once_flag loaded;
    static std::optional<Catalogue> catalogue;
    std::call_once(loaded, [&] {
        try {
            catalogue = Catalogue::load(extensionFolder() / "strings", catalogueLanguage(officeUiLocale(context)));
        } catch (const std::exception&) {
            // A broken installation still answers, with bare keys rather than nothing.
            catalogue = Catalogue::fromJsonText("{}");
        }
    });
    return *catalogue;
}

const Catalogue& documentCatalogue(const css::uno::Reference<css::uno::XComponentContext>& context) {
    const std::string language = documentLanguage(context);
    if (language == uiCatalogue(context).language())
        return uiCatalogue(context);
    for (const Catalogue& catalogue : shippedCatalogues())
        if (catalogue.language() == language)
            return catalogue;
    return uiCatalogue(context);
}

const std::vector<Catalogue>& shippedCatalogues() {
    static std::once_flag loaded;
    static std::vector<Catalogue> catalogues;
    std::call_once(loaded, [] {
        for (const char* language : {"fr", "en", "nl"}) {
            try {
                catalogues.push_back(Catalogue::load(extensionFolder() / "strings", language));
            } catch (const std::exception& exception) {
                logError("catalogue not loaded", exception.what());
            }
        }
    });
    return catalogues;
}

rtl::OUString uiText(const css::uno::Reference<css::uno::XComponentContext>& context, const char* key,
                     const std::vector<std::string>& args) {
    return toOUString(uiCatalogue(context).text(key, args));
}

rtl::OUString uiText(const css::uno::Reference<css::uno::XComponentContext>& context, const Error& error) {
    return toOUString(uiCatalogue(context).text(error));
}

}  // namespace ets::uno
