#pragma once
// The extension's own per-user settings (schema extension/Settings.xcs) and the office's UI language.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ets::uno {

struct UserSettings {
    std::string lastProjectFolder;
    std::string coder;
};

UserSettings readUserSettings(const css::uno::Reference<css::uno::XComponentContext>& context);
void writeUserSettings(const css::uno::Reference<css::uno::XComponentContext>& context, const UserSettings& settings);

// The UI locale LibreOffice shows its menus in, e.g. "fr-BE"; empty when unknown.
std::string officeUiLocale(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace ets::uno
